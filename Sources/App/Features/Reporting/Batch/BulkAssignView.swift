/// The bulk 交办 page (`reporting/bulk_assign.mustache`): the leaves of a plan or field with a unit not yet assigned.
struct BulkAssignView {
    struct Under {
        var id: Int
        var title: String
    }
    struct Unit {
        var name: String
        var role: String
        var assigned: Bool
    }
    struct Row {
        var id: Int
        var number: String
        var title: String
        var units: [Unit]
    }

    var plan: PlanSummaryView
    var under: Under?
    var rows: [Row]
    var hasRows: Bool
    var summary: String
    /// After a submit: how many were assigned and skipped.
    var result: String?
}
