import ReformCore

/// A plan in a list (dashboard, plan list, wall chart print): what it is and how far it has got.
struct PlanSummaryView {
    var id: Int
    var title: String
    var percent: String
    var percentValue: Double
    var isDemo: Bool
    var rule: String
    // Left out when the plan has none: Mustache shows a section for any string, "" included.
    var docNumber: String?
    var issuer: String?
    var issueDate: String?

    init(_ p: PlanRecord, _ l: Language) {
        id = p.id
        title = p.title
        percent = L10n.percent(p.derivedPercent)
        percentValue = p.derivedPercent ?? 0
        isDemo = p.isDemo
        rule = L10n.rule(p.rollupRule, l)
        docNumber = p.docNumber.isEmpty ? nil : p.docNumber
        issuer = p.issuer.isEmpty ? nil : p.issuer
        issueDate = p.issueDate.map { L10n.date($0, l) }
    }
}
