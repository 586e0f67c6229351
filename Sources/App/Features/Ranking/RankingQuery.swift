import Foundation
import ReformCore
import SQLKit

/// 动态排名: the units of a jurisdiction's subtree scored by `RankingScore`, as of the end of a day, from dated facts only
/// (deadlines that passed before the day; submissions, decisions, findings, closures and records dated on or before it),
/// so the same day gives the same ranking later. Ranked: the units with work assigned by the day, and any unit with a
/// counted finding, rectification, matter or record in the subtree.
enum RankingQuery {
    private struct AssignmentRow: Decodable {
        var unitId: Int
        var unitName: String
        var firstReportDue: String?
        var schedule: String?
    }
    private struct CountRow: Decodable {
        var unitId: Int
        var n: Int
    }
    private struct RectificationRow: Decodable {
        var unitId: Int
        var onTime: Int
        var overdue: Int
    }
    private struct RecordRow: Decodable {
        var unitId: Int
        var commendations: Int
        var accountability: Int
    }
    private struct ReviewRow: Decodable {
        var unitId: Int
        var submittedAt: String
        var reviewedAt: String
    }
    private struct NameRow: Decodable {
        var id: Int
        var name: String
    }

    /// The ranking as of `asOf` (a plan's items only, when `planId` is given), weighed with the weights in force that day.
    static func run(
        jurisdictionId: Int, jurisdictionPath: String, asOf: LocalDate, planId: Int? = nil, clock: AppClock, database: DatabaseService
    ) async throws -> RankingResult {
        let weights = try await RankingWeightQueries.resolve(jurisdictionId: jurisdictionId, planId: planId, asOf: asOf, on: database.sql)
        let facts = try await facts(jurisdictionPath: jurisdictionPath, asOf: asOf, planId: planId, clock: clock, database: database)
        let ranked = RankingScore.rank(facts.map(\.facts), weights: weights.weights)
        let reviewDays = Dictionary(facts.map { ($0.facts.unitId, $0.reviewDays) }, uniquingKeysWith: { a, _ in a })
        let units = ranked.map { r in
            UnitRanking(
                unitId: r.facts.unitId, unitName: r.facts.unitName, reportsDue: r.facts.reportsDue,
                reportsOnTime: min(r.facts.reportsOnTime, r.facts.reportsDue),
                onTimeRate: r.facts.onTimeRate, overdueItems: r.facts.counts[.overdueItems] ?? 0,
                averageReviewDays: reviewDays[r.facts.unitId] ?? nil,
                components: RankingComponent.allCases.map { c in
                    .init(component: c.rawValue, raw: r.facts.raw(c), weight: weights.weights[c], points: r.points(c))
                },
                score: r.total, rank: r.rank, tied: r.tied)
        }
        return RankingResult(asOf: asOf, planId: planId, weights: weights, units: units)
    }

    /// Each ranked unit's raw values, and its mean review days (shown beside the score).
    static func facts(
        jurisdictionPath: String, asOf: LocalDate, planId: Int?, clock: AppClock, database: DatabaseService
    ) async throws -> [(facts: RankingFacts, reviewDays: Double?)] {
        let db = database.sql
        // The end of the day in the offices' zone: facts stamped before it count.
        let end = clock.timestamp(startOf: asOf.adding(days: 1))
        let day = asOf.iso
        let plan: SQLQueryString = planId.map { " AND i.plan_id = \(bind: $0)" } ?? ""
        let scope = PathRange.condition(column: "i.jurisdiction_path", prefix: jurisdictionPath)
        let join = try await joinOrder(scope: scope, on: db)
        let assignments = try await db.all(
            AssignmentRow.self,
            """
            SELECT a.unit_id, u.name AS unit_name, a.first_report_due, r.schedule
            FROM assignments a \(unsafeRaw: join) plan_items i ON i.id = a.item_id JOIN units u ON u.id = a.unit_id
            LEFT JOIN plan_reporting r ON r.plan_id = i.plan_id
            WHERE \(scope)\(plan) AND a.assigned_at < \(bind: end)
            """)
        var names: [Int: String] = [:]
        var due: [Int: Int] = [:]
        for a in assignments {
            names[a.unitId] = a.unitName
            // Periods whose due date passed before the day, from the first one this unit owed.
            if let schedule = a.schedule.flatMap(ReportingSchedule.init(storageText:)), let first = a.firstReportDue.flatMap(LocalDate.init(iso:)) {
                due[a.unitId, default: 0] += schedule.periodsDue(from: first, to: asOf.adding(days: -1)).count
            }
        }
        // Due dates are days in China (UTC+8): a report is on time if first submitted before 16:00 UTC that day.
        let onTime = try await db.all(
            CountRow.self,
            """
            SELECT r.unit_id, COUNT(*) AS n FROM progress_reports r \(unsafeRaw: join) plan_items i ON i.id = r.item_id
            WHERE \(scope)\(plan) AND r.first_submitted_at IS NOT NULL AND r.due_date < \(bind: day)
              AND r.first_submitted_at < (r.due_date || 'T16:00:00.000Z')
            GROUP BY r.unit_id
            """)
        let overdue = try await overdueItems(
            scope: scope, plan: plan, planId: planId, jurisdictionPath: jurisdictionPath, asOf: asOf, end: end, clock: clock, database: database)
        // Each 退回修改 is an audit entry of the report, stamped when it was made.
        let returns = try await db.all(
            CountRow.self,
            """
            SELECT r.unit_id, COUNT(*) AS n FROM progress_reports r \(unsafeRaw: join) plan_items i ON i.id = r.item_id
            JOIN audit_log l ON l.entity_type = 'report' AND l.entity_id = r.id
            WHERE \(scope)\(plan) AND l.action = 'return' AND l.at < \(bind: end)
            GROUP BY r.unit_id
            """)
        // A report keeps only its last decision, so review days cannot be read for a past day: shown for today only.
        var reviews: [ReviewRow] = []
        if asOf >= clock.today {
            reviews = try await db.all(
                ReviewRow.self,
                """
                SELECT r.unit_id, r.submitted_at, r.reviewed_at FROM progress_reports r \(unsafeRaw: join) plan_items i ON i.id = r.item_id
                WHERE \(scope)\(plan) AND r.reviewed_at IS NOT NULL AND r.submitted_at IS NOT NULL
                """)
        }
        // Supervision facts belong to the jurisdiction, not to a plan: counted for a plan's ranking too.
        let inTree = PathRange.condition(column: "j.path", prefix: jurisdictionPath)
        let findings = try await db.all(
            CountRow.self,
            """
            SELECT f.unit_id, COUNT(*) AS n FROM findings f JOIN inspections n ON n.id = f.inspection_id
            JOIN jurisdictions j ON j.id = n.jurisdiction_id
            WHERE \(inTree) AND f.nature = 'problem' AND f.created_at < \(bind: end)
            GROUP BY f.unit_id
            """)
        let rectifications = try await db.all(
            RectificationRow.self,
            """
            SELECT t.lead_unit_id AS unit_id,
              SUM(CASE WHEN t.closed_on IS NOT NULL AND t.closed_on <= \(bind: day) AND t.closed_on <= t.deadline THEN 1 ELSE 0 END) AS on_time,
              SUM(CASE WHEN t.deadline < \(bind: day) AND (t.closed_on IS NULL OR t.closed_on > \(bind: day) OR t.closed_on > t.deadline)
                THEN 1 ELSE 0 END) AS overdue
            FROM rectifications t
            WHERE \(PathRange.condition(column: "t.jurisdiction_path", prefix: jurisdictionPath)) AND t.created_at < \(bind: end)
            GROUP BY t.lead_unit_id
            """)
        // A matter's deadline on the day: the last extension approved by then, else the original one. A matter cancelled
        // by the day is not counted.
        let matters = try await db.all(
            CountRow.self,
            """
            SELECT d.lead_unit_id AS unit_id, COUNT(*) AS n FROM (
              SELECT m.lead_unit_id, m.closed_on,
                COALESCE((SELECT a.new_deadline FROM matter_amendments a WHERE a.matter_id = m.id AND a.changed_at < \(bind: end)
                  ORDER BY a.id DESC LIMIT 1), m.original_deadline) AS due
              FROM matters m
              WHERE \(PathRange.condition(column: "m.jurisdiction_path", prefix: jurisdictionPath)) AND m.opened_on <= \(bind: day)
                AND NOT EXISTS (SELECT 1 FROM matter_steps s WHERE s.matter_id = m.id AND s.action = 'cancel' AND s.at < \(bind: end))
            ) d
            WHERE d.due < \(bind: day) AND (d.closed_on IS NULL OR d.closed_on > \(bind: day) OR d.closed_on > d.due)
            GROUP BY d.lead_unit_id
            """)
        // 容错纠错 excuses the accountability of the same unit for the same source (finding, matter or notice).
        let records = try await db.all(
            RecordRow.self,
            """
            SELECT r.unit_id,
              SUM(CASE WHEN r.kind = 'commendation' THEN 1 ELSE 0 END) AS commendations,
              SUM(CASE WHEN r.kind = 'accountability' AND NOT EXISTS (
                SELECT 1 FROM unit_records x WHERE x.unit_id = r.unit_id AND x.kind = 'fault_tolerance' AND x.source_type = r.source_type
                  AND x.source_id = r.source_id AND x.recorded_on <= \(bind: day)) THEN 1 ELSE 0 END) AS accountability
            FROM unit_records r
            WHERE \(PathRange.condition(column: "r.jurisdiction_path", prefix: jurisdictionPath)) AND r.recorded_on <= \(bind: day)
            GROUP BY r.unit_id
            """)

        var counts: [Int: [RankingComponent: Int]] = [:]
        func add(_ rows: [CountRow], _ c: RankingComponent) {
            for row in rows where row.n > 0 { counts[row.unitId, default: [:]][c, default: 0] += row.n }
        }
        add(overdue, .overdueItems)
        add(returns, .reviewReturns)
        add(findings, .findings)
        add(matters, .mattersOverdue)
        for r in rectifications {
            if r.onTime > 0 { counts[r.unitId, default: [:]][.rectificationsOnTime] = r.onTime }
            if r.overdue > 0 { counts[r.unitId, default: [:]][.rectificationsOverdue] = r.overdue }
        }
        for r in records {
            if r.commendations > 0 { counts[r.unitId, default: [:]][.commendations] = r.commendations }
            if r.accountability > 0 { counts[r.unitId, default: [:]][.accountability] = r.accountability }
        }
        // Units counted without an assignment in the subtree (a finding against a unit, say) are ranked too.
        let unnamed = Set(counts.keys).subtracting(names.keys)
        if !unnamed.isEmpty {
            for u in try await db.all(NameRow.self, "SELECT id, name FROM units WHERE id IN (\(binds: unnamed.sorted()))") { names[u.id] = u.name }
        }
        let onTimeBy = Dictionary(onTime.map { ($0.unitId, $0.n) }, uniquingKeysWith: +)
        var reviewDays: [Int: [Double]] = [:]
        for r in reviews {
            guard let s = Timestamp.date(r.submittedAt), let e = Timestamp.date(r.reviewedAt) else { continue }
            reviewDays[r.unitId, default: []].append(max(0, e.timeIntervalSince(s)) / 86_400)
        }
        return names.keys.sorted().map { unitId in
            let days = reviewDays[unitId]
            return (
                RankingFacts(
                    unitId: unitId, unitName: names[unitId] ?? "", reportsDue: due[unitId] ?? 0, reportsOnTime: onTimeBy[unitId] ?? 0,
                    counts: counts[unitId] ?? [:]),
                days.map { ($0.reduce(0, +) / Double($0.count) * 10).rounded() / 10 }
            )
        }
    }

    /// Leaves each unit leads that were red on the day: an active leaf (or one finished after the day) created by then,
    /// whose original deadline passed before it. Items keep no completion date, so "finished by the day" reads the last
    /// change of a finished item. For today, and the whole subtree, the dashboard's counters (`ItemTallies`) give the
    /// same count without reading the items (counting them was 340 ms nationwide).
    private static func overdueItems(
        scope: SQLQueryString, plan: SQLQueryString, planId: Int?, jurisdictionPath: String, asOf: LocalDate, end: String, clock: AppClock,
        database: DatabaseService
    ) async throws -> [CountRow] {
        let db = database.sql
        if planId == nil, asOf == clock.today {
            try await ItemTallies.bringUpToDate(today: asOf, database: database)
            let tallied = PathRange.condition(column: "t.jurisdiction_path", prefix: jurisdictionPath)
            return try await db.all(
                CountRow.self,
                """
                SELECT t.lead_unit_id AS unit_id, SUM(CAST(t.n AS INTEGER)) AS n FROM \(ItemTallies.redCounts(db)) t
                WHERE \(tallied) AND t.lead_unit_id <> 0 GROUP BY t.lead_unit_id
                """)
        }
        return try await db.all(
            CountRow.self,
            """
            SELECT i.lead_unit_id AS unit_id, COUNT(*) AS n FROM plan_items i
            WHERE \(scope)\(plan) AND i.child_count = 0 AND i.lead_unit_id IS NOT NULL AND i.original_deadline < \(bind: asOf.iso)
              AND i.created_at < \(bind: end)
              AND NOT (i.status IN ('done', 'suspended') AND i.updated_at < \(bind: end))
            GROUP BY i.lead_unit_id
            """)
    }

    /// How the assignments and reports join the items of the subtree. SQLite, without statistics on paths, starts from the
    /// items of the subtree and looks each up in the other table: right for a district, but nationwide that read a million
    /// items to find a few thousand assignments (170 ms). It starts from the smaller side, counted up to a cap, instead;
    /// PostgreSQL's planner has the statistics to choose.
    private static func joinOrder(scope: SQLQueryString, on db: any SQLDatabase) async throws -> String {
        if db.isPostgres { return "JOIN" }
        let cap = 20_000
        let items =
            try await db.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM (SELECT 1 FROM plan_items i WHERE \(scope) LIMIT \(bind: cap)) c")
            ?? 0
        let assignments =
            try await db.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM (SELECT 1 FROM assignments LIMIT \(bind: cap)) c") ?? 0
        // CROSS JOIN keeps the written order in SQLite: the assignments (or reports) first.
        return assignments < items ? "CROSS JOIN" : "JOIN"
    }
}
