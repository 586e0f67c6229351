/// The plan list (`plans/plans.mustache`): each plan's summary and its jurisdiction.
struct PlanListView {
    struct Row {
        var plan: PlanSummaryView
        var jurisdiction: String
    }

    var rows: [Row]
    var hasRows: Bool
    var canCreate: Bool
}
