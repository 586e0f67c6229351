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
}

package enum DashboardQuery {
    private struct StatusRow: Decodable {
        var status: String
        var n: Int
    }
    private struct LightRow: Decodable {
        var red: Int?
        var yellow: Int?
        var green: Int?
        var none: Int?
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

    package static func run(jurisdictionId: Int, today: LocalDate, on db: any SQLDatabase) async throws -> Dashboard {
        let j = try await JurisdictionQueries.require(jurisdictionId, on: db)
        let scope = PathRange.condition(column: "i.jurisdiction_path", prefix: j.path)
        let leaves: SQLQueryString = scope + " AND i.child_count = 0"
        let statusRows = try await db.all(StatusRow.self, "SELECT i.status, COUNT(*) AS n FROM plan_items i WHERE \(leaves) GROUP BY i.status")
        let byStatus = LifecycleStatus.allCases.map { s in
            Dashboard.Count(key: s.rawValue, count: statusRows.first { $0.status == s.rawValue }?.n ?? 0)
        }
        let light = try await db.first(
            LightRow.self,
            """
            SELECT SUM(CASE WHEN \(LedgerQuery.lightCondition(.red, today: today)) THEN 1 ELSE 0 END) AS red,
                   SUM(CASE WHEN \(LedgerQuery.lightCondition(.yellow, today: today)) THEN 1 ELSE 0 END) AS yellow,
                   SUM(CASE WHEN \(LedgerQuery.lightCondition(.green, today: today)) THEN 1 ELSE 0 END) AS green,
                   SUM(CASE WHEN \(LedgerQuery.lightCondition(.none, today: today)) THEN 1 ELSE 0 END) AS none
            FROM plan_items i WHERE \(leaves)
            """)
        let byLight = [
            Dashboard.Count(key: "green", count: light?.green ?? 0), Dashboard.Count(key: "yellow", count: light?.yellow ?? 0),
            Dashboard.Count(key: "red", count: light?.red ?? 0), Dashboard.Count(key: "none", count: light?.none ?? 0)
        ]
        let unitRows = try await db.all(
            UnitRow.self,
            """
            SELECT i.lead_unit_id, COUNT(*) AS n FROM plan_items i
            WHERE \(leaves) AND \(LedgerQuery.lightCondition(.red, today: today))
            GROUP BY i.lead_unit_id ORDER BY n DESC, i.lead_unit_id LIMIT 10
            """)
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
        let total = byStatus.reduce(0) { $0 + $1.count }
        let plans = try await PlanQueries.inSubtree(of: j, limit: 20, on: db)
        return Dashboard(
            jurisdiction: j, total: total, byStatus: byStatus, byLight: byLight, overdueByUnit: overdue,
            completionByField: fields, plans: plans, today: today, outdated: outdated)
    }
}
