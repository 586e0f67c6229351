/// One problem with a submitted value. Carries codes, not sentences, because the App layer
/// localises messages and maps `field` to the form's label.
public struct ValidationIssue: Sendable, Equatable, Codable {
    /// The form / JSON key of the value, e.g. "deadline".
    public let field: String
    public let code: ValidationCode
    /// The bound that was broken: maximum length, upper end of a 0-based range, or digit count of a code.
    public let limit: Int?

    public init(field: String, code: ValidationCode, limit: Int? = nil) {
        self.field = field
        self.code = code
        self.limit = limit
    }

    public func message(chinese: Bool, label: String) -> String {
        code.message(chinese: chinese, field: label, limit: limit)
    }
}
