import ReformCore

/// One input of a form as the `form` page and the report form draw it, with its error beside it.
struct FormField {
    enum Kind: String { case text, textarea, select, multiselect, date, number, hidden, password }
    var name: String
    var kind: Kind
    var value: String = ""
    var options: [(value: String, label: String)] = []
    var selected: Set<String> = []
    var required = false
    var hint: String? = nil
    var wide = false

    func view(_ l: Language, issues: [ValidationIssue]) -> FormFieldView {
        let errors = issues.filter { $0.field == name }.map { L10n.issue($0, l) }
        let shown = Self.shownKind(kind, value: value)
        return FormFieldView(
            name: name, label: L10n.field(name, l), value: value, required: required, error: errors.joined(separator: "；"),
            hasError: !errors.isEmpty, hint: hint ?? "", hasHint: hint != nil, wide: wide, id: "f-" + name,
            options: options.map { .init(value: $0.value, label: $0.label, selected: selected.contains($0.value) || $0.value == value) },
            isText: shown == .text, isTextarea: shown == .textarea, isSelect: shown == .select, isMultiselect: shown == .multiselect,
            isDate: shown == .date, isNumber: shown == .number, isHidden: shown == .hidden, isPassword: shown == .password)
    }

    /// A date box drops a value that is not a real `YYYY-MM-DD` day (2023-02-30): such a value is shown in a text box,
    /// so what was typed stays beside the message saying what is wrong with it.
    static func shownKind(_ kind: Kind, value: String) -> Kind {
        kind == .date && !value.isEmpty && LocalDate(iso: value) == nil ? .text : kind
    }
}

extension Array where Element == FormField {
    func views(_ l: Language, issues: [ValidationIssue]) -> [FormFieldView] { map { $0.view(l, issues: issues) } }
}

/// What the templates read of one input (`form.mustache`, `reporting/report_form`): one `is…` flag names the kind of
/// input drawn.
struct FormFieldView {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    var name: String
    var label: String
    var value: String
    var required: Bool
    var error: String
    var hasError: Bool
    var hint: String
    var hasHint: Bool
    var wide: Bool
    var id: String
    var options: [Option]
    var isText, isTextarea, isSelect, isMultiselect, isDate, isNumber, isHidden, isPassword: Bool
}
