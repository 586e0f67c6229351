import ReformCore

/// The shared form page (`form.mustache`): a heading, what is wrong with the form, its fields and its buttons.
struct FormPageView {
    struct Hidden {
        var name: String
        var value: String
    }

    var heading: String
    var subheading: String?
    var action: String
    var version: Int
    var hidden: [Hidden]
    var fields: [FormFieldView]
    var issues: [String]
    var hasIssues: Bool
    var cancelURL: String

    init(
        heading: String, subheading: String? = nil, action: String, version: Int, hidden: [Hidden] = [], fields: [FormField],
        issues: [ValidationIssue], cancelURL: String, language l: Language
    ) {
        self.heading = heading
        self.subheading = subheading
        self.action = action
        self.version = version
        self.hidden = hidden
        self.fields = fields.views(l, issues: issues)
        self.issues = issues.map { L10n.issue($0, l) }
        hasIssues = !issues.isEmpty
        self.cancelURL = cancelURL
    }
}
