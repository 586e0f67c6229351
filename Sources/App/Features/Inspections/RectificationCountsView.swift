import ReformCore
import SQLKit

/// The dashboard's section on inspection rectification: open and closed rectifications by lead unit and by problem
/// category, each linking to the rectification ledger filtered the same way.
struct RectificationCountsView {
    struct Line {
        var label: String
        var open: Int
        var closed: Int
        var link: String
    }
    var byUnit: [Line]
    var byCategory: [Line]
    var hasAny: Bool

    static func load(jurisdictionId: Int, path: String, _ l: Language, on sql: any SQLDatabase) async throws -> RectificationCountsView {
        let units = try await RectificationLedgerQuery.countsByUnit(under: path, limit: 10, on: sql)
        let categories = try await RectificationLedgerQuery.countsByCategory(under: path, on: sql)
        let base = "/rectifications?jurisdiction=\(jurisdictionId)"
        return RectificationCountsView(
            byUnit: units.map { .init(label: $0.label, open: $0.open, closed: $0.closed, link: base + "&unit=" + $0.key) },
            byCategory: categories.map {
                .init(label: L10n.t("findingCategory." + $0.key, l), open: $0.open, closed: $0.closed, link: base + "&category=" + $0.key)
            },
            hasAny: !units.isEmpty)
    }
}
