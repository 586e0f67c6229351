import ReformCore
import SQLKit

/// A jurisdiction's dashboard: its items and everything below it, counted over leaves (the units of work).
public struct Dashboard: Sendable {
    public struct Count: Sendable, Codable, Equatable {
        public var key: String
        public var count: Int
    }
    public struct UnitOverdue: Sendable, Codable, Equatable {
        public var unitId: Int?
        public var unitName: String?
        public var count: Int
    }
    public struct FieldCompletion: Sendable, Codable, Equatable {
        public var title: String
        public var percent: Double
        public var plans: Int
    }

    public var jurisdiction: JurisdictionRecord
    public var total: Int
    public var byStatus: [Count]
    public var byLight: [Count]
    public var overdueByUnit: [UnitOverdue]
    public var completionByField: [FieldCompletion]
    public var plans: [PlanRecord]
    public var today: LocalDate
    /// Leaves whose owed report is past due (逾期未报).
    public var outdated: Int
    /// Items by the office's current judgement (研判), worst last; items not judged are not counted.
    public var byJudgement: [Count] = []
}

package enum DashboardQuery {
    private struct CountRow: Decodable {
        var status: String
        var light: String
        var n: Int
    }
    private struct UnitRow: Decodable {
        var leadUnitId: Int?
        var n: Int
    }
    private struct FieldRow: Decodable {
        var title: String
        var avgPercent: Double?
        var n: Int
    }

    /// The counts come from the leaf counters (`AddItemTallies`, through its views), brought to `today` first; the fields and the outdated
    /// count from indexes that hold only what they count.
    package static func run(jurisdictionId: Int, today: LocalDate, database: DatabaseService) async throws -> Dashboard {
        let db = database.sql
        let j = try await JurisdictionQueries.require(jurisdictionId, on: db)
        try await ItemTallies.bringUpToDate(today: today, database: database)
        let scope = PathRange.condition(column: "i.jurisdiction_path", prefix: j.path)
        let leaves: SQLQueryString = scope + " AND i.child_count = 0"
        let tallied = PathRange.condition(column: "t.jurisdiction_path", prefix: j.path)
        // Statuses and lights in one pass over the counters (each a sum over a few thousand rows nationwide).
        let counted = try await db.all(
            CountRow.self,
            "SELECT t.status, t.light, SUM(CAST(t.n AS INTEGER)) AS n FROM \(ItemTallies.leafCounts(db)) t WHERE \(tallied) GROUP BY t.status, t.light"
        )
        let byStatus = LifecycleStatus.allCases.map { s in
            Dashboard.Count(key: s.rawValue, count: counted.filter { $0.status == s.rawValue }.reduce(0) { $0 + $1.n })
        }
        let byLight = ["green", "yellow", "red", "none"].map { key in
            Dashboard.Count(key: key, count: counted.filter { $0.light == key }.reduce(0) { $0 + $1.n })
        }
        // Lead unit 0 is the counters' "no lead unit".
        let unitRows = try await db.all(
            UnitRow.self,
            """
            SELECT t.lead_unit_id, SUM(CAST(t.n AS INTEGER)) AS n FROM \(ItemTallies.redCounts(db)) t WHERE \(tallied)
            GROUP BY t.lead_unit_id HAVING SUM(CAST(t.n AS INTEGER)) > 0 ORDER BY n DESC, t.lead_unit_id LIMIT 10
            """
        ).map { UnitRow(leadUnitId: $0.leadUnitId == 0 ? nil : $0.leadUnitId, n: $0.n) }
        let names = Dictionary(
            uniqueKeysWithValues: try await UnitQueries.byIDs(unitRows.compactMap(\.leadUnitId), on: db)
                .map { ($0.id, UnitNames.display(name: $0.name, shortNames: $0.shortNames)) })
        let overdue = unitRows.map { Dashboard.UnitOverdue(unitId: $0.leadUnitId, unitName: $0.leadUnitId.flatMap { names[$0] }, count: $0.n) }
        // Fields of different plans share names (经济体制改革…): grouped by title across the subtree.
        let fieldRows = try await db.all(
            FieldRow.self,
            """
            SELECT i.title, AVG(i.rollup_percent) AS avg_percent, COUNT(*) AS n FROM plan_items i
            WHERE \(scope) AND i.depth = 0
            GROUP BY i.title ORDER BY n DESC, i.title LIMIT 15
            """)
        let fields = fieldRows.map { Dashboard.FieldCompletion(title: $0.title, percent: Rollup.rounded($0.avgPercent ?? 0), plans: $0.n) }
        // Counted on the partial index of report_due, which holds only the items that owe a report.
        let outdated =
            try await db.scalar(
                Int.self, column: "n",
                "SELECT COUNT(*) AS n FROM plan_items i WHERE i.report_due IS NOT NULL AND i.report_due < \(bind: today.iso) AND \(leaves)") ?? 0
        // On the partial index of judgement, which holds only the judged items.
        struct JudgementRow: Decodable {
            var judgement: String
            var n: Int
        }
        let judged = try await db.all(
            JudgementRow.self,
            "SELECT i.judgement, COUNT(*) AS n FROM plan_items i WHERE i.judgement IS NOT NULL AND \(scope) GROUP BY i.judgement")
        let byJudgement = JudgementRating.allCases.map { r in
            Dashboard.Count(key: r.rawValue, count: judged.first { $0.judgement == r.rawValue }?.n ?? 0)
        }
        let total = byStatus.reduce(0) { $0 + $1.count }
        let plans = try await PlanQueries.inSubtree(of: j, limit: 20, on: db)
        return Dashboard(
            jurisdiction: j, total: total, byStatus: byStatus, byLight: byLight, overdueByUnit: overdue,
            completionByField: fields, plans: plans, today: today, outdated: outdated, byJudgement: byJudgement)
    }
}
