import ReformCore

/// One input of a form as the `form_fields` partial draws it, with its error beside it.
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

    func render(_ l: Language, issues: [ValidationIssue]) -> [String: Any] {
        let errors = issues.filter { $0.field == name }.map { L10n.issue($0, l) }
        var d: [String: Any] = [
            "name": name, "label": L10n.field(name, l), "value": value, "required": required,
            "error": errors.joined(separator: "；"), "hasError": !errors.isEmpty, "hint": hint ?? "", "hasHint": hint != nil,
            "wide": wide, "is_" + Self.shownKind(kind, value: value).rawValue: true, "id": "f-" + name
        ]
        d["options"] = options.map { ["value": $0.value, "label": $0.label, "selected": selected.contains($0.value) || $0.value == value] }
        return d
    }

    /// A date box drops a value that is not a real `YYYY-MM-DD` day (2023-02-30): such a value is shown in a text box,
    /// so what was typed stays beside the message saying what is wrong with it.
    static func shownKind(_ kind: Kind, value: String) -> Kind {
        kind == .date && !value.isEmpty && LocalDate(iso: value) == nil ? .text : kind
    }
}

extension Array where Element == FormField {
    func render(_ l: Language, issues: [ValidationIssue]) -> [[String: Any]] { map { $0.render(l, issues: issues) } }
}
