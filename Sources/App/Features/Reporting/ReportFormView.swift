/// The report form (`reporting/report_form.mustache`), on the item page (a new report) and on a report's page (an edit).
struct ReportFormView {
    struct Indicator {
        var id: Int
        var name: String
        var unit: String
        var baseline: String
        var target: String
        var value: String
    }

    var action: String
    var unitId: Int
    var fields: [FormFieldView]
    var indicators: [Indicator]
    var hasIndicators: Bool
    var errors: [String]
    var hasErrors: Bool
    var evidenceError: String
    /// The report's version when the form edits one.
    var version: Int?
}
