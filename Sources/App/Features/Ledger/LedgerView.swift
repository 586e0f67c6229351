/// What the ledger page shows (`ledger.mustache`): one row per item of the view, and the filters as the reader set
/// them. Templates read stored properties only; a section shows for any string, "" included, so flags are Bools.
/// The rows and the long selects' options are built in Swift (`rowsHTML`, `HTMLText.options`), the rest by the template.
struct LedgerView {
    struct Row {
        var id: Int
        var seq: Int
        var number: String
        var field: String
        var task: String
        var measure: String
        var isMeasure: Bool
        var isField: Bool
        var lead: String
        var leadFull: String
        var participants: String
        var leader: String
        var person: String
        var handler: String
        var deadline: String
        var deadlineChanged: Bool
        var originalDeadline: String
        var delayCount: Int
        var expected: String
        var policies: String
        var remarks: String
        var status: String
        var statusKey: String
        var own: String
        var derived: String
        var hasDerived: Bool
        var percentValue: Double
        var light: String
        var lightName: String
        var isDemo: Bool
        var isOutdated: Bool
        var reportDue: String
        /// The office's current judgement (研判): its label and `JudgementRating` raw value; "" when not judged.
        var judgement: String = ""
        var judgementKey: String = ""
        var hasJudgement = false
    }

    /// A choice in a select or a set of boxes.
    struct Choice {
        var value: String
        var label: String
        var selected: Bool
    }
    struct Box {
        var value: String
        var label: String
        var checked: Bool
    }
    struct PerPage {
        var value: Int
        var selected: Bool
    }

    /// The rows' `<tbody>` markup (`rowsHTML(_:language:)`).
    var rowsHTML: String
    var hasRows: Bool
    var totalText: String
    var q: String
    var outdated: Bool
    var dueFrom: String
    var dueTo: String
    var jurisdictionId: String
    /// The plan, field and unit filters' options (`HTMLText.options`).
    var planOptionsHTML: String
    var fieldOptionsHTML: String
    var hasFields: Bool
    var unitOptionsHTML: String
    var roles: [Choice]
    var statuses: [Box]
    var lights: [Box]
    var judgements: [Box]
    var scopes: [Choice]
    var sorts: [Choice]
    var perPages: [PerPage]
    var page: Int
    var pageText: String
    var hasPrev: Bool
    var hasNext: Bool
    var prevURL: String
    var nextURL: String
    var resetURL: String
    var exportXlsxURL: String
    var exportCsvURL: String
    var exportPerFieldURL: String
    /// A view of at least `LedgerExportJob.rowThreshold` rows offers its export as a background job too.
    var offerExportJob = false
    var exportJobQuery = ""
}
