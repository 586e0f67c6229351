import ReformCharts
import ReformCore
import SQLKit

/// The counts an office reports — "X of N formally landed, Y progressing" — over the register's filter, by batch and by
/// area, as of any day, taken from the status history; and the same counts at each month's end for the chart.
struct AuthorizationCounts: Sendable {
    struct Group: Sendable {
        var key: String
        var label: String
        var count: LandingCount
    }

    var asOf: LocalDate
    var all: LandingCount
    /// The batches counted, in the register's order: every one with an item counted, or only the first of them when the
    /// caller gave a limit (`batchCount` says how many there are).
    var byBatch: [Group]
    var batchCount: Int
    var byArea: [Group]
    var days: [LocalDate]
    var series: [LandingCount]

    /// At most this many batches are listed with their counts (a national register has thousands; a filter narrows it).
    static let batchRowsShown = 50

    /// The line under the batches listed when some are not, else "".
    func moreBatches(_ l: Language) -> String {
        batchCount > Self.batchRowsShown ? L10n.fill("authorization.counts.moreBatches", l, String(batchCount - Self.batchRowsShown)) : ""
    }

    /// At most this many points on the chart (ten years of month ends).
    static let maxPoints = 120

    /// The counts as of `asOf` over the filter (its status and page aside), with the chart's series when asked. Computed in
    /// the database: as of today from each item's current status, as of an earlier day from the one change of each item
    /// that was in force that day (`superseded_on`, migration 0035), by area from the counters by month the database keeps
    /// (`AuthorizationMonthTallies`, migration 0039) when they hold the filter; the series from those counters, or for a
    /// filter they do not hold from a histogram of its changes by the months they took effect and were superseded. Both are
    /// kept in `cache` under the register's stamp.
    ///
    /// With a `batchLimit` (a page lists `batchRowsShown` batches) a past day's counts are taken by batch for the first
    /// batches up to the limit only: the batches with an item in force that day are those whose first change took effect by then
    /// (from its first change on an item always has one change in force), and each batch's first day is kept per filter.
    static func load(
        _ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, asOf: LocalDate, today: LocalDate, series: Bool = true,
        batchLimit: Int? = nil, cache: RegisterCache? = nil, on sql: any SQLDatabase
    ) async throws -> AuthorizationCounts {
        var unfiltered = f
        unfiltered.status = nil
        unfiltered.asOf = nil
        let key = [unfiltered.query(includeAsOf: false), scope ?? "*", jurisdictionPath ?? "*"].joined(separator: "|")
        let current = asOf >= today
        let limit = current ? nil : batchLimit
        let counts = try await cache.value("authorizations", key: "counts|\(asOf.iso)|\(current)|\(limit ?? 0)|" + key, on: sql) {
            // Every batch's place in the register's order and its label, read once for all readers while the register holds
            // still (sorting 2,500 batches by their records' fields cost 20 ms a view).
            let batches = try await cache.value("authorizations", key: "batchOrder", on: sql) {
                BatchOrder(
                    try await sql.all(
                        AuthorizationBatchRecord.self,
                        "SELECT \(AuthorizationQueries.batchColumns) FROM authorization_batches b JOIN jurisdictions j ON j.id = b.jurisdiction_id"
                    ))
            }
            var only: (ids: [Int], count: Int)?
            if let limit {
                let first = try await cache.value("authorizations", key: "first|" + key, on: sql) {
                    try await firstDays(unfiltered, scope: scope, jurisdictionPath: jurisdictionPath, on: sql)
                }
                let ids = first.filter { $0.value <= asOf.iso }.map(\.key).sorted { batches.order($0) < batches.order($1) }
                only = (Array(ids.prefix(limit)), ids.count)
            }
            try await AuthorizationMonthTallies.fold(on: sql)
            return try await tally(
                unfiltered, scope: scope, jurisdictionPath: jurisdictionPath, asOf: asOf, current: current, batches: batches, only: only, on: sql)
        }
        var result = counts
        if series {
            result = try await cache.value("authorizations", key: "chart|\(asOf.iso)|\(current)|\(limit ?? 0)|" + key, on: sql) {
                let months = try await cache.value("authorizations", key: "months|" + key, on: sql) {
                    try await AuthorizationMonthTallies.fold(on: sql)
                    return try await monthRows(unfiltered, scope: scope, jurisdictionPath: jurisdictionPath, on: sql)
                }
                var charted = counts
                charted.chartSeries(months)
                return charted
            }
        }
        // Today's counts are taken for every batch (the API and the page's total read them too) and cut here.
        if let batchLimit, result.byBatch.count > batchLimit { result.byBatch = Array(result.byBatch.prefix(batchLimit)) }
        return result
    }

    /// Each batch's place in the register's order (its jurisdiction's path, then its ordinal) and its label.
    struct BatchOrder: Sendable {
        var rank: [Int: Int] = [:]
        var label: [Int: String] = [:]

        init(_ records: [AuthorizationBatchRecord]) {
            let sorted = records.sorted { ($0.jurisdictionPath, $0.ordinal, $0.id) < ($1.jurisdictionPath, $1.ordinal, $1.id) }
            for (n, b) in sorted.enumerated() {
                rank[b.id] = n
                label[b.id] = b.jurisdictionName + " · " + b.title
            }
        }

        func order(_ id: Int) -> (Int, Int) { (rank[id] ?? Int.max, id) }
    }

    struct FirstDayRow: Decodable, Sendable {
        var batchId: Int
        var first: String
    }

    /// The day each batch's first change under the filter took effect (the filter's place on the changes alone, else
    /// through the items).
    private static func firstDays(_ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) async throws
        -> [Int: String]
    {
        let rows = try await sql.all(
            FirstDayRow.self,
            """
            SELECT c.batch_id, MIN(c.effective_on) AS first FROM authorization_status_changes c
            WHERE \(f.changeConditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql)) GROUP BY c.batch_id
            """)
        return Dictionary(rows.map { ($0.batchId, $0.first) }, uniquingKeysWith: min)
    }

    /// Items (or, as of a past day, the changes in force) of one area in one status.
    struct AreaRow: Decodable, Sendable {
        var area: String?
        var status: String
        var n: Int
    }

    /// The counts as of a day, by batch and by area (the chart aside): as of today over the items; as of an earlier day
    /// over the changes in force that day, on the changes alone (their copies of batch, area and jurisdiction, migration
    /// 0037; the items' other conditions select changes by item id), or by area from the counters by month. The counts per
    /// batch and status come as one text, and a row per area and status. (One GROUP BY batch, area and status scans once
    /// but returns a row per cell — 19,000 at national scale — and reading those rows cost several times the scan.)
    private static func tally(
        _ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, asOf: LocalDate, current: Bool,
        batches: BatchOrder, only: (ids: [Int], count: Int)? = nil, on sql: any SQLDatabase
    ) async throws -> AuthorizationCounts {
        let inForce: SQLQueryString = "c.effective_on <= \(bind: asOf.iso) AND (c.superseded_on IS NULL OR c.superseded_on > \(bind: asOf.iso))"
        let (place, status) = current ? ("i", "i.status") : ("c", "c.status")
        let source: SQLQueryString =
            current
            ? "FROM authorization_items i WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql))"
            : "FROM authorization_status_changes c WHERE \(f.changeConditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql)) AND \(inForce)"
        // A row per batch and status (the order of the counting indexes, migration 0038, so no sort), joined into one text
        // ("id:status:n;…") by the database: reading 12,000 rows cost more than the scan that made them.
        let entry = "CAST(batch_id AS TEXT) || ':' || status || ':' || CAST(n AS TEXT)"
        let joined = sql.isPostgres ? "string_agg(\(entry), ';')" : "group_concat(\(entry), ';')"
        var text: String?
        var cells: [AreaRow]?
        var perBatch: [Int: LandingCount] = [:]
        if current, f.q != nil {
            // A phrase's items are read one by one through the trigram index's ids: once for both groupings, a row per batch,
            // area and status joined into one text (an area is free text, so its fields are parted by control characters).
            (perBatch, cells) = try await phraseCells(source, on: sql)
        } else if only?.ids.isEmpty != true {
            let batchSource = only.map { source + " AND \(unsafeRaw: place).batch_id IN (\(binds: $0.ids))" } ?? source
            text = try await sql.scalar(
                String.self, column: "v",
                """
                SELECT \(unsafeRaw: joined) AS v FROM (
                  SELECT \(unsafeRaw: place).batch_id AS batch_id, \(unsafeRaw: status) AS status, COUNT(*) AS n \(batchSource)
                  GROUP BY \(unsafeRaw: place).batch_id, \(unsafeRaw: status)) t
                """)
        }
        for part in JoinedText.records(text, separator: ";") {
            let fields = JoinedText.split(part, on: ":", maxSplits: 2)
            guard fields.count == 3, let id = Int(fields[0]), let s = LandingStatus(rawValue: String(fields[1])), let n = Int(fields[2]) else {
                continue
            }
            perBatch[id, default: LandingCount()].total += n
            perBatch[id, default: LandingCount()].byStatus[s, default: 0] += n
        }
        var all = LandingCount()
        var perArea: [String: LandingCount] = [:]
        // As of a past day the counts by area come from the counters by month when they hold the filter (a few thousand
        // rows, not every change in force that day).
        let areaRows: [AreaRow]
        if let cells {
            areaRows = cells
        } else if !current && AuthorizationMonthTallies.hold(f) {
            areaRows = try await AuthorizationMonthTallies.byArea(f, scope: scope, jurisdictionPath: jurisdictionPath, asOf: asOf, on: sql)
        } else {
            areaRows = try await sql.all(
                AreaRow.self,
                "SELECT \(unsafeRaw: place).area AS area, \(unsafeRaw: status) AS status, COUNT(*) AS n \(source) GROUP BY \(unsafeRaw: place).area, \(unsafeRaw: status)"
            )
        }
        for r in areaRows {
            guard let s = LandingStatus(rawValue: r.status) else { continue }
            all.total += r.n
            all.byStatus[s, default: 0] += r.n
            perArea[r.area ?? "", default: LandingCount()].total += r.n
            perArea[r.area ?? "", default: LandingCount()].byStatus[s, default: 0] += r.n
        }
        let byBatch = perBatch.keys.sorted { batches.order($0) < batches.order($1) }.map { id in
            Group(key: String(id), label: batches.label[id] ?? String(id), count: perBatch[id]!)
        }
        let areaOrder = AuthorizationAreas.standard
        func rank(_ area: String) -> (Int, String) { (areaOrder.firstIndex(of: area) ?? areaOrder.count, area) }
        let byArea = perArea.keys.sorted { rank($0) < rank($1) }.map { Group(key: $0, label: $0, count: perArea[$0]!) }
        return AuthorizationCounts(
            asOf: asOf, all: all, byBatch: byBatch, batchCount: only?.count ?? byBatch.count, byArea: byArea, days: [], series: [])
    }

    /// Today's counts of a phrase's items (`source` over `i`) by batch, area and status in one pass: the counts by batch as
    /// `tally` reads them ("id:status:n;…") and the rows by area and status.
    private static func phraseCells(_ source: SQLQueryString, on sql: any SQLDatabase) async throws -> ([Int: LandingCount], [AreaRow]) {
        let (unit, record) = sql.isPostgres ? ("chr(31)", "chr(30)") : ("char(31)", "char(30)")
        let cell = "CAST(batch_id AS TEXT) || \(unit) || status || \(unit) || CAST(n AS TEXT) || \(unit) || area"
        let joined = sql.isPostgres ? "string_agg(\(cell), \(record))" : "group_concat(\(cell), \(record))"
        let text = try await sql.scalar(
            String.self, column: "v",
            """
            SELECT \(unsafeRaw: joined) AS v FROM (
              SELECT i.batch_id AS batch_id, i.area AS area, i.status AS status, COUNT(*) AS n \(source) GROUP BY i.batch_id, i.area, i.status) t
            """)
        var byBatch: [Int: LandingCount] = [:]
        var byArea: [String: [LandingStatus: Int]] = [:]
        for part in JoinedText.records(text, separator: "\u{1E}") {
            let fields = JoinedText.split(part, on: "\u{1F}", maxSplits: 3)
            guard fields.count == 4, let id = Int(fields[0]), let s = LandingStatus(rawValue: String(fields[1])), let n = Int(fields[2]) else {
                continue
            }
            byBatch[id, default: LandingCount()].total += n
            byBatch[id, default: LandingCount()].byStatus[s, default: 0] += n
            byArea[String(fields[3]), default: [:]][s, default: 0] += n
        }
        let areaRows = byArea.flatMap { area, counts in counts.map { AreaRow(area: area, status: $0.key.rawValue, n: $0.value) } }
        return (byBatch, areaRows)
    }

    /// The changes of the filter's items by status, the month each took effect and the month it was superseded (none for an
    /// item's latest): enough to count the items at every month's end.
    struct MonthRow: Decodable, Sendable {
        var status: String
        var effectiveMonth: String
        var supersededMonth: String?
        var n: Int
    }

    /// The chart's months: from the counters by month when they hold the filter, else from the filter's changes.
    private static func monthRows(
        _ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase
    ) async throws -> [MonthRow] {
        if AuthorizationMonthTallies.hold(f) {
            return try await AuthorizationMonthTallies.months(f, scope: scope, jurisdictionPath: jurisdictionPath, on: sql)
        }
        let source: SQLQueryString = "WHERE \(f.changeConditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql))"
        if f.q != nil {
            // A phrase's changes come one by one by item id: each as a short text in one, counted here (grouping them in
            // the database sorted them all, twice the time of reading them).
            let entry = "c.status || ',' || substr(c.effective_on, 1, 7) || ',' || COALESCE(substr(c.superseded_on, 1, 7), '')"
            let joined = sql.isPostgres ? "string_agg(\(entry), ';')" : "group_concat(\(entry), ';')"
            let text = try await sql.scalar(
                String.self, column: "v", "SELECT \(unsafeRaw: joined) AS v FROM authorization_status_changes c \(source)")
            var counted: [Substring: Int] = [:]
            for part in JoinedText.records(text, separator: ";") { counted[part, default: 0] += 1 }
            return counted.compactMap { key, n in
                let f = JoinedText.split(key, on: ",")
                guard f.count == 3 else { return nil }
                return MonthRow(status: String(f[0]), effectiveMonth: String(f[1]), supersededMonth: f[2].isEmpty ? nil : String(f[2]), n: n)
            }
        }
        return try await sql.all(
            MonthRow.self,
            """
            SELECT c.status, substr(c.effective_on, 1, 7) AS effective_month, substr(c.superseded_on, 1, 7) AS superseded_month, COUNT(*) AS n
            FROM authorization_status_changes c \(source)
            GROUP BY c.status, substr(c.effective_on, 1, 7), substr(c.superseded_on, 1, 7)
            """)
    }

    /// The chart's points — each month's end from the first change's month, `asOf` itself last, at most `maxPoints` — and
    /// the counts at each: a change counts at the end of month X when it took effect in X or before and was not
    /// superseded by then; the last point is the exact count as of the day.
    mutating func chartSeries(_ months: [MonthRow]) {
        func index(_ month: String) -> Int? {
            let parts = month.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            return y * 12 + m - 1
        }
        let rows: [(status: LandingStatus, from: Int, to: Int, n: Int)] = months.compactMap { r in
            guard let s = LandingStatus(rawValue: r.status), let from = index(r.effectiveMonth) else { return nil }
            return (s, from, r.supersededMonth.flatMap(index) ?? Int.max, r.n)
        }
        let first = rows.map(\.from).min().flatMap { LocalDate(year: $0 / 12, month: $0 % 12 + 1, day: 1) } ?? asOf
        days = Array(LandingTally.monthEnds(from: min(first, asOf), to: asOf).suffix(Self.maxPoints))
        // Each change adds its count from the month it took effect and takes it away from the month it was superseded
        // (a change superseded by the end of its own month never counts); the points read the running sums, so the work
        // is the rows once and not the rows at every point (20,000 rows × 120 points for a national register).
        var deltas: [Int: [LandingStatus: Int]] = [:]
        for r in rows where r.to > r.from {
            deltas[r.from, default: [:]][r.status, default: 0] += r.n
            if r.to != Int.max { deltas[r.to, default: [:]][r.status, default: 0] -= r.n }
        }
        let months = deltas.keys.sorted()
        var next = 0
        var running: [LandingStatus: Int] = [:]
        series = days.map { day in
            let x = day.year * 12 + day.month - 1
            while next < months.count, months[next] <= x {
                for (s, n) in deltas[months[next]]! { running[s, default: 0] += n }
                next += 1
            }
            if day == asOf { return all }
            var c = LandingCount()
            for (s, n) in running where n != 0 {
                c.total += n
                c.byStatus[s] = n
            }
            return c
        }
    }

    /// "22 of 40 formally landed, 18 progressing".
    static func sentence(_ c: LandingCount, _ l: Language) -> String {
        L10n.fill("authorization.counts.sentence", l, String(c.landed), String(c.total), String(c.progressing))
    }

    /// The chart of landing over time.
    func chart(_ l: Language) -> String {
        LineChart.render(
            xLabels: days.map { l == .zh ? "\($0.year)年\($0.month)月" : String($0.iso.prefix(7)) },
            series: [
                ChartSeries(label: L10n.t("landingStatus.landed", l), values: series.map { Double($0.landed) }, color: "#2e7d32"),
                ChartSeries(label: L10n.t("authorization.counts.progressing", l), values: series.map { Double($0.progressing) }, color: "#1565c0"),
                ChartSeries(label: L10n.t("authorization.counts.total", l), values: series.map { Double($0.total) }, color: "#757575")
            ],
            title: L10n.t("authorization.chart.title", l))
    }
}

extension AuthorizationDashboardView {
    /// The register's counts for a jurisdiction's dashboard: the items received in its subtree, as of today.
    static func load(
        jurisdictionId: Int, path: String, today: LocalDate, _ l: Language, cache: RegisterCache? = nil, on sql: any SQLDatabase
    ) async throws -> Self {
        var f = AuthorizationFilter()
        f.jurisdiction = jurisdictionId
        let c = try await AuthorizationCounts.load(
            f, scope: nil, jurisdictionPath: path, asOf: today, today: today, batchLimit: AuthorizationCounts.batchRowsShown, cache: cache, on: sql)
        let link = "/authorizations?jurisdiction=\(jurisdictionId)"
        return AuthorizationDashboardView(
            hasAny: c.all.total > 0, summary: AuthorizationCounts.sentence(c.all, l),
            byBatch: c.byBatch.prefix(AuthorizationCounts.batchRowsShown).map { g in
                .init(
                    label: g.label, link: link + "&batch=" + g.key, total: g.count.total, landed: g.count.landed, progressing: g.count.progressing,
                    notLanded: g.count.notLanded, sentence: AuthorizationCounts.sentence(g.count, l))
            },
            byBatchMore: c.moreBatches(l), chart: c.all.total > 0 ? c.chart(l) : "", link: link)
    }
}
