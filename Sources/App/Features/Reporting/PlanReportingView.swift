/// A plan's reporting settings (`reporting/plan_reporting.mustache`).
struct PlanReportingView {
    var plan: PlanSummaryView
    var fields: [FormFieldView]
    var version: Int
    var errors: [String]
    var hasErrors: Bool
}
