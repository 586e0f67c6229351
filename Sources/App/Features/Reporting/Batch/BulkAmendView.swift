/// The bulk amendment page (`reporting/bulk_amend.mustache`).
struct BulkAmendView {
    struct Row {
        var id: Int
        var version: Int
        var number: String
        var title: String
        /// The outline's indent in pixels.
        var indent: Int
        var deadline: String
        var checked: Bool
    }

    var plan: PlanSummaryView
    var rows: [Row]
    var hasRows: Bool
    var newDeadline: String
    var reason: String
    var approvedBy: String
    var errors: [String]
    var hasErrors: Bool
    var result: String?
}
