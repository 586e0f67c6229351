import Foundation
import ReformCore
import SQLKit

/// 动态排名: the units with assigned work in a jurisdiction's subtree, best first: on-time report rate
/// (higher first), then overdue items (fewer first), then average review time.
enum RankingQuery {
    private struct AssignmentRow: Decodable {
        var unitId: Int
        var unitName: String
        var firstReportDue: String?
        var schedule: String?
    }
    private struct OnTimeRow: Decodable {
        var unitId: Int
        var n: Int
    }
    private struct OverdueRow: Decodable {
        var leadUnitId: Int
        var n: Int
    }
    private struct ReviewRow: Decodable {
        var unitId: Int
        var submittedAt: String
        var reviewedAt: String
    }

    /// The ranking as of `today`, the clock's day: the overdue items come from the dashboard's counters
    /// (`ItemTallies`), brought to that day first.
    static func run(jurisdictionPath: String, today: LocalDate, limit: Int = 20, database: DatabaseService) async throws -> [UnitRanking] {
        let db = database.sql
        let scope = PathRange.condition(column: "i.jurisdiction_path", prefix: jurisdictionPath)
        let join = try await joinOrder(scope: scope, on: db)
        let assignments = try await db.all(
            AssignmentRow.self,
            """
            SELECT a.unit_id, u.name AS unit_name, a.first_report_due, r.schedule
            FROM assignments a \(unsafeRaw: join) plan_items i ON i.id = a.item_id JOIN units u ON u.id = a.unit_id
            LEFT JOIN plan_reporting r ON r.plan_id = i.plan_id
            WHERE \(scope)
            """)
        guard !assignments.isEmpty else { return [] }
        var names: [Int: String] = [:]
        var due: [Int: Int] = [:]
        for a in assignments {
            names[a.unitId] = a.unitName
            // Periods whose due date has passed (before today), from the first one this unit owed.
            if let schedule = a.schedule.flatMap(ReportingSchedule.init(storageText:)), let first = a.firstReportDue.flatMap(LocalDate.init(iso:)) {
                due[a.unitId, default: 0] += schedule.periodsDue(from: first, to: today.adding(days: -1)).count
            }
        }
        // Due dates are days in China (UTC+8): a report is on time if first submitted before 16:00 UTC that day.
        let onTime = try await db.all(
            OnTimeRow.self,
            """
            SELECT r.unit_id, COUNT(*) AS n FROM progress_reports r \(unsafeRaw: join) plan_items i ON i.id = r.item_id
            WHERE \(scope) AND r.first_submitted_at IS NOT NULL AND r.due_date < \(bind: today.iso)
              AND r.first_submitted_at < (r.due_date || 'T16:00:00.000Z')
            GROUP BY r.unit_id
            """)
        // Red leaves by lead unit: the counters hold them per jurisdiction (counting the items was 340 ms nationwide).
        try await ItemTallies.bringUpToDate(today: today, database: database)
        let tallied = PathRange.condition(column: "t.jurisdiction_path", prefix: jurisdictionPath)
        // Only the ranked units' counters are summed (a list of up to 500; more, and all of the subtree are).
        let units: SQLQueryString = names.count <= 500 ? " AND t.lead_unit_id IN (\(binds: Array(names.keys)))" : ""
        let overdue = try await db.all(
            OverdueRow.self,
            """
            SELECT t.lead_unit_id, SUM(CAST(t.n AS INTEGER)) AS n FROM \(ItemTallies.redCounts(db)) t
            WHERE \(tallied) AND t.lead_unit_id <> 0\(units) GROUP BY t.lead_unit_id
            """)
        let reviews = try await db.all(
            ReviewRow.self,
            """
            SELECT r.unit_id, r.submitted_at, r.reviewed_at FROM progress_reports r \(unsafeRaw: join) plan_items i ON i.id = r.item_id
            WHERE \(scope) AND r.reviewed_at IS NOT NULL AND r.submitted_at IS NOT NULL
            """)
        let onTimeBy = Dictionary(onTime.map { ($0.unitId, $0.n) }, uniquingKeysWith: +)
        let overdueBy = Dictionary(overdue.map { ($0.leadUnitId, $0.n) }, uniquingKeysWith: +)
        var reviewDays: [Int: [Double]] = [:]
        for r in reviews {
            guard let s = Timestamp.date(r.submittedAt), let e = Timestamp.date(r.reviewedAt) else { continue }
            reviewDays[r.unitId, default: []].append(max(0, e.timeIntervalSince(s)) / 86_400)
        }
        var rows = names.map { unitId, name -> UnitRanking in
            let d = due[unitId] ?? 0
            // A report filed on time for a period not yet closed does not count before its due date passes.
            let t = min(onTimeBy[unitId] ?? 0, d)
            let days = reviewDays[unitId]
            return UnitRanking(
                unitId: unitId, unitName: name, reportsDue: d, reportsOnTime: t,
                onTimeRate: d == 0 ? nil : (Double(t) * 1000 / Double(d)).rounded() / 10,
                overdueItems: overdueBy[unitId] ?? 0,
                averageReviewDays: days.map { ($0.reduce(0, +) / Double($0.count) * 10).rounded() / 10 },
                rank: 0)
        }
        rows.sort { a, b in
            let ra = a.onTimeRate ?? -1, rb = b.onTimeRate ?? -1
            if ra != rb { return ra > rb }
            if a.overdueItems != b.overdueItems { return a.overdueItems < b.overdueItems }
            let da = a.averageReviewDays ?? .infinity, db = b.averageReviewDays ?? .infinity
            if da != db { return da < db }
            return a.unitId < b.unitId
        }
        for index in rows.indices { rows[index].rank = index + 1 }
        return Array(rows.prefix(limit))
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
