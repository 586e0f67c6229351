import ReformCore
import SQLKit

/// Reads the landing counters by month that the database keeps (`AddAuthorizationMonthTallies`): the counts by area and
/// status as of any day, and the chart's months, for a filter on place and area (its status, day and page aside).
enum AuthorizationMonthTallies {
    /// Whether the counters hold the filter: they are kept by place and area, not by batch, flag or phrase.
    static func hold(_ f: AuthorizationFilter) -> Bool { f.batch == nil && f.lawChange == nil && f.mode == nil && f.q == nil }

    /// The counters to read: on PostgreSQL the view that adds the deltas not yet folded.
    private static func source(_ sql: any SQLDatabase) -> SQLQueryString {
        sql.isPostgres ? "authorization_month_counts" : "authorization_month_tallies"
    }

    /// The counters' rows for the filter's place and area (`t`): the whole register's under `*`; a subtree of the first or
    /// second level (a country, a province) under its roll-up `~path`; a deeper one by its range of paths.
    private static func conditions(_ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?) -> SQLQueryString {
        var c: SQLQueryString
        switch (scope, jurisdictionPath) {
        case (nil, nil): c = "t.jurisdiction_path = '*'"
        case (let s?, let j?) where !j.hasPrefix(s) && !s.hasPrefix(j):
            // Two subtrees apart: nothing (both ranges, as the other counts take them).
            c = PathRange.condition(column: "t.jurisdiction_path", prefix: s)
            c = c + " AND " + PathRange.condition(column: "t.jurisdiction_path", prefix: j)
        default:
            // The narrower of the two.
            let path = [scope, jurisdictionPath].compactMap { $0 }.max { $0.count < $1.count }!
            c =
                path.split(separator: "/").count <= 2
                ? "t.jurisdiction_path = \(bind: "~" + path)" : PathRange.condition(column: "t.jurisdiction_path", prefix: path)
        }
        if let area = f.area { c = c + " AND t.area = \(bind: area)" }
        return c
    }

    /// The counts by area and status as of `day`: the counters of the months before the day's month (what was in force at
    /// the end of the month before), plus the changes that took effect and less those superseded from the month's first
    /// day to the day itself.
    static func byArea(
        _ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, asOf day: LocalDate, on sql: any SQLDatabase
    ) async throws -> [AuthorizationCounts.AreaRow] {
        let month = String(day.iso.prefix(7))
        let first = month + "-01"
        let changes: SQLQueryString =
            "c.jurisdiction_path IS NOT NULL AND \(f.changeConditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql))"
        return try await sql.all(
            AuthorizationCounts.AreaRow.self,
            """
            SELECT area, status, CAST(SUM(n) AS BIGINT) AS n FROM (
              SELECT t.area AS area, t.status AS status, SUM(t.n) AS n FROM \(source(sql)) t
              WHERE \(conditions(f, scope: scope, jurisdictionPath: jurisdictionPath)) AND t.month < \(bind: month) GROUP BY t.area, t.status
              UNION ALL SELECT COALESCE(c.area, ''), c.status, COUNT(*) FROM authorization_status_changes c
              WHERE \(changes) AND c.effective_on >= \(bind: first) AND c.effective_on <= \(bind: day.iso) GROUP BY c.area, c.status
              UNION ALL SELECT COALESCE(c.area, ''), c.status, -COUNT(*) FROM authorization_status_changes c
              WHERE \(changes) AND c.superseded_on >= \(bind: first) AND c.superseded_on <= \(bind: day.iso) GROUP BY c.area, c.status) x
            GROUP BY area, status HAVING SUM(n) <> 0
            """)
    }

    /// The chart's months: per status and month, what took effect less what was superseded (`AuthorizationCounts.chartSeries`
    /// reads them as running sums).
    static func months(
        _ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase
    ) async throws -> [AuthorizationCounts.MonthRow] {
        try await sql.all(
            AuthorizationCounts.MonthRow.self,
            """
            SELECT t.status AS status, t.month AS effective_month, CAST(NULL AS TEXT) AS superseded_month, CAST(SUM(t.n) AS BIGINT) AS n FROM \(source(sql)) t
            WHERE \(conditions(f, scope: scope, jurisdictionPath: jurisdictionPath)) GROUP BY t.status, t.month HAVING SUM(t.n) <> 0
            """)
    }

    /// The advisory lock under which one reader at a time folds the deltas (PostgreSQL).
    static let foldLock = 7_207_013

    private struct One: Decodable { var one: Int }

    /// PostgreSQL: moves the committed deltas into the counters, when there are any and no other reader is doing it; one
    /// statement, so what it deletes is what it adds, and no reader waits.
    static func fold(on sql: any SQLDatabase) async throws {
        guard sql.isPostgres, try await sql.first(One.self, "SELECT 1 AS one FROM authorization_month_deltas LIMIT 1") != nil else { return }
        try await sql.raw(
            """
            WITH l AS (SELECT pg_try_advisory_xact_lock(\(bind: foldLock)) AS got),
            d AS (DELETE FROM authorization_month_deltas WHERE (SELECT got FROM l) RETURNING jurisdiction_path, area, status, month, n)
            INSERT INTO authorization_month_tallies (jurisdiction_path, area, status, month, n)
            SELECT jurisdiction_path, area, status, month, SUM(n) FROM d GROUP BY jurisdiction_path, area, status, month
            ON CONFLICT (jurisdiction_path, area, status, month) DO UPDATE SET n = authorization_month_tallies.n + excluded.n
            """
        ).run()
    }
}
