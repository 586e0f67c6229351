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
    var byBatch: [Group]
    var byArea: [Group]
    var days: [LocalDate]
    var series: [LandingCount]

    /// At most this many points on the chart (ten years of month ends).
    static let maxPoints = 120

    static func load(
        _ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, asOf: LocalDate, on sql: any SQLDatabase
    ) async throws -> AuthorizationCounts {
        let rows = try await AuthorizationQueries.tallyRows(f, scope: scope, jurisdictionPath: jurisdictionPath, on: sql)
        let batches = Dictionary(uniqueKeysWithValues: try await AuthorizationQueries.batches(scope: nil, on: sql).map { ($0.id, $0) })
        var batchOf: [Int: Int] = [:]
        var areaOf: [Int: String] = [:]
        let changes: [LandingChange] = rows.compactMap { r in
            batchOf[r.itemId] = r.batchId
            areaOf[r.itemId] = r.area
            guard let s = LandingStatus(rawValue: r.status), let d = LocalDate(iso: r.effectiveOn) else { return nil }
            return LandingChange(itemId: r.itemId, status: s, effectiveOn: d, sequence: r.id)
        }
        let (all, perBatch) = LandingTally.count(changes, asOf: asOf, key: { batchOf[$0] })
        let perArea = LandingTally.count(changes, asOf: asOf, key: { areaOf[$0] }).groups
        func order(_ id: Int) -> (String, Int) { (batches[id]?.jurisdictionPath ?? "", batches[id]?.ordinal ?? 0) }
        let byBatch = perBatch.keys.sorted { order($0) < order($1) }.map { id in
            Group(key: String(id), label: batches[id].map { b in b.jurisdictionName + " · " + b.title } ?? String(id), count: perBatch[id]!)
        }
        let areaOrder = AuthorizationAreas.standard
        func rank(_ area: String) -> (Int, String) { (areaOrder.firstIndex(of: area) ?? areaOrder.count, area) }
        let byArea = perArea.keys.sorted { rank($0) < rank($1) }.map { Group(key: $0, label: $0, count: perArea[$0]!) }
        let first = changes.map(\.effectiveOn).min() ?? asOf
        let days = Array(LandingTally.monthEnds(from: min(first, asOf), to: asOf).suffix(maxPoints))
        return AuthorizationCounts(
            asOf: asOf, all: all, byBatch: byBatch, byArea: byArea, days: days, series: LandingTally.series(changes, at: days))
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
    static func load(jurisdictionId: Int, path: String, today: LocalDate, _ l: Language, on sql: any SQLDatabase) async throws -> Self {
        var f = AuthorizationFilter()
        f.jurisdiction = jurisdictionId
        let c = try await AuthorizationCounts.load(f, scope: nil, jurisdictionPath: path, asOf: today, on: sql)
        let link = "/authorizations?jurisdiction=\(jurisdictionId)"
        return AuthorizationDashboardView(
            hasAny: c.all.total > 0, summary: AuthorizationCounts.sentence(c.all, l),
            byBatch: c.byBatch.map { g in
                .init(
                    label: g.label, link: link + "&batch=" + g.key, total: g.count.total, landed: g.count.landed, progressing: g.count.progressing,
                    notLanded: g.count.notLanded, sentence: AuthorizationCounts.sentence(g.count, l))
            },
            chart: c.all.total > 0 ? c.chart(l) : "", link: link)
    }
}
