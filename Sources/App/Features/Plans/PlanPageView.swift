/// A plan's page (`plans/plan.mustache`): what the plan is and its outline, one row per item.
struct PlanPageView {
    struct Jurisdiction {
        var id: Int
        var name: String
    }
    struct Row {
        var id: Int
        var number: String
        var title: String
        var indent: Int
        var depth: Int
        var levelName: String
        var lead: String
        var own: String
        var derived: String
        var hasDerived: Bool
        var percentValue: Double
        var status: String
        var statusKey: String
        var light: String
        var lightName: String
        var deadline: String
        var delayCount: Int
        var delayed: Bool
        var isBranch: Bool
    }

    var plan: PlanSummaryView
    var planPeriod: String
    var hasPeriod: Bool
    var jurisdiction: Jurisdiction
    var levelNames: String
    var sourceNote: String
    var hasSource: Bool
    var warnDays: Int
    var rows: [Row]
    var hasRows: Bool
    var count: Int
    var canEdit: Bool
}
