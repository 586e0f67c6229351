import Foundation
import ReformCore

/// The ranking page, its print page and its exports share these readings of a result.
struct RankingText {
    let result: RankingResult
    let jurisdiction: JurisdictionRecord
    let plan: PlanRecord?
    let language: Language

    static func componentName(_ c: RankingComponent, _ l: Language) -> String { L10n.t("rank.component." + c.rawValue, l) }

    var formula: String {
        RankingScore.formula(result.weights.weights, scoreName: L10n.t("rank.score", language)) { Self.componentName($0, language) }
    }

    /// "2026年度权重第3版（2026-11-02起施行）", or the defaults.
    var weightsSource: String {
        guard let s = result.weights.source else { return L10n.t("rank.weights.defaultsInUse", language) }
        let scope =
            s.scopeKind == "plan"
            ? L10n.fill("rank.scope.plan", language, plan?.title ?? "#\(s.scopeRef)") : L10n.fill("rank.scope.year", language, String(s.scopeRef))
        return L10n.fill("rank.weights.source", language, scope, String(s.version), L10n.date(s.effectiveFrom, language))
    }

    /// "龙华区 · 截至 2026年11月30日" (and the plan).
    var heading: String { heading(isoDate: false) }

    /// The heading with the day as YYYY-MM-DD, as the exports write it for the assessment file.
    func heading(isoDate: Bool) -> String {
        var text = jurisdiction.name + " · " + L10n.fill("rank.asOfText", language, isoDate ? result.asOf.iso : L10n.date(result.asOf, language))
        if let plan { text += " · " + plan.title }
        return text
    }

    static func number(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        if a % 100 == 0 { return sign + String(a / 100) }
        return sign + String(format: "%d.%02d", a / 100, a % 100).replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression)
    }

    /// A component's raw value as shown: the rate with its fraction of reports, else the count.
    static func raw(_ u: UnitRanking, _ c: RankingComponent) -> String {
        guard let line = u.component(c) else { return "" }
        if c.isRate { return u.reportsDue == 0 ? "—" : number(line.raw) + "% (\(u.reportsOnTime)/\(u.reportsDue))" }
        return number(line.raw)
    }
}

/// The ranking page (`ranking/ranking`) and its print page (`ranking/print`).
struct RankingView {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }
    struct Cell {
        var raw: String
        var points: String
    }
    struct Row {
        var rank: Int
        var tied: Bool
        var unitId: Int
        var unitName: String
        var cells: [Cell]
        var score: String
        var reviewDays: String
    }
    struct Column {
        var name: String
        var weight: String
    }

    var jurisdictionId: Int
    var jurisdictionName: String
    var heading: String
    var asOf: String
    var today: String
    var plans: [Option]
    var hasPlans: Bool
    var formula: String
    var weightsSource: String
    var columns: [Column]
    var rows: [Row]
    var hasRows: Bool
    /// The page shows `perPage` units at a time (a province ranks over a thousand); print and exports show all.
    var paged: Bool
    var hasPrev: Bool
    var hasNext: Bool
    var prevURL: String
    var nextURL: String
    var pageText: String
    var query: String
    var canConfigure: Bool
    var settingsURL: String
    var printedAt: String
}

extension RankingView {
    static let perPage = 100

    /// `page` is 1-based (beyond the last page shows the last); nil shows every unit (the print page).
    init(
        _ r: RankingRequest, result: RankingResult, page: Int?, plans: [PlanRecord], canConfigure: Bool, printedAt: String, today: LocalDate,
        _ l: Language
    ) {
        let text = RankingText(result: result, jurisdiction: r.jurisdiction, plan: r.plan, language: l)
        let lastPage = max(1, (result.units.count + Self.perPage - 1) / Self.perPage)
        let current = page.map { min(max(1, $0), lastPage) }
        let shown = current.map { result.units.dropFirst(($0 - 1) * Self.perPage).prefix(Self.perPage) } ?? result.units[...]
        let base = "/jurisdictions/\(r.jurisdiction.id)/ranking" + r.query + "&page="
        self.init(
            jurisdictionId: r.jurisdiction.id, jurisdictionName: r.jurisdiction.name, heading: text.heading, asOf: r.asOf.iso, today: today.iso,
            plans: plans.map { .init(value: String($0.id), label: $0.title, selected: $0.id == r.plan?.id) }, hasPlans: !plans.isEmpty,
            formula: text.formula, weightsSource: text.weightsSource,
            columns: RankingComponent.allCases.map {
                .init(name: RankingText.componentName($0, l), weight: ($0.sign > 0 ? "+" : "−") + RankingWeights.text(result.weights.weights[$0]))
            },
            rows: shown.map { u in
                .init(
                    rank: u.rank, tied: u.tied, unitId: u.unitId, unitName: u.unitName,
                    cells: RankingComponent.allCases.map { c in
                        .init(raw: RankingText.raw(u, c), points: RankingText.number(u.component(c)?.points ?? 0))
                    },
                    score: RankingText.number(u.score), reviewDays: u.averageReviewDays.map { String(format: "%.1f", $0) } ?? "—")
            },
            hasRows: !result.units.isEmpty, paged: lastPage > 1 && current != nil, hasPrev: (current ?? 1) > 1,
            hasNext: (current ?? lastPage) < lastPage, prevURL: base + String((current ?? 1) - 1), nextURL: base + String((current ?? 1) + 1),
            pageText: L10n.fill("rank.page", l, String(current ?? 1), String(lastPage), String(result.units.count)), query: r.query,
            canConfigure: canConfigure,
            settingsURL: "/jurisdictions/\(r.jurisdiction.id)/ranking/weights" + (r.plan.map { "?plan=\($0.id)" } ?? "?year=\(r.asOf.year)"),
            printedAt: printedAt)
    }
}
