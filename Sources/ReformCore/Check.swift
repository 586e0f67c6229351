/// The checks drafts share; each gives at most one issue for its field. Lengths count Unicode scalars, as the OpenAPI
/// document's maxLength (JSON Schema) does: a limit is the same on the form, in the API and in the document.
enum Check {
    static func text(_ value: String, field: String, max: Int, required: Bool = false) -> ValidationIssue? {
        let text = FormValue.trimmed(value)
        if text.isEmpty { return required ? ValidationIssue(field: field, code: .required) : nil }
        return text.unicodeScalars.count > max ? ValidationIssue(field: field, code: .tooLong, limit: max) : nil
    }

    static func required(_ id: Int?, field: String) -> ValidationIssue? {
        id == nil ? ValidationIssue(field: field, code: .required) : nil
    }

    /// An optional date: blank is fine, anything else must be `YYYY-MM-DD` and a day its month has.
    static func date(_ value: String, field: String) -> ValidationIssue? {
        if FormValue.trimmed(value).isEmpty || FormValue.date(value) != nil { return nil }
        if FormValue.dateParts(value) != nil { return ValidationIssue(field: field, code: .noSuchDay, value: FormValue.trimmed(value)) }
        return ValidationIssue(field: field, code: .invalidDate)
    }

    /// Reported on the later date, the one a user would correct.
    static func order(start: LocalDate?, end: LocalDate?, field: String) -> ValidationIssue? {
        guard let start, let end, end < start else { return nil }
        return ValidationIssue(field: field, code: .dateOrder)
    }

    /// An optional number within `0...limit`, read by `parse`.
    static func number(_ value: String, field: String, limit: Int, parse: (String) -> Double?) -> ValidationIssue? {
        guard !FormValue.trimmed(value).isEmpty else { return nil }
        guard let number = parse(value) else { return ValidationIssue(field: field, code: .invalidNumber) }
        return (0...Double(limit)).contains(number) ? nil : ValidationIssue(field: field, code: .outOfRange, limit: limit)
    }

    static func choice(_ value: String, field: String, isValid: (String) -> Bool) -> ValidationIssue? {
        let text = FormValue.trimmed(value)
        if text.isEmpty { return ValidationIssue(field: field, code: .required) }
        return isValid(text) ? nil : ValidationIssue(field: field, code: .invalidChoice)
    }
}
