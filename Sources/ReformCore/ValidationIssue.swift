/// One problem with a submitted value. Carries codes, not sentences, because the App layer
/// localises messages and maps `field` to the form's label.
public struct ValidationIssue: Sendable, Equatable, Codable {
    /// The form / JSON key of the value, e.g. "deadline".
    public let field: String
    public let code: ValidationCode
    /// The bound that was broken: maximum length, upper end of a 0-based range, or digit count of a code.
    public let limit: Int?
    /// The rejected value, when the message names it (“2023年2月没有30日”).
    public let value: String?

    public init(field: String, code: ValidationCode, limit: Int? = nil, value: String? = nil) {
        self.field = field
        self.code = code
        self.limit = limit
        self.value = value
    }

    /// The issue with an optional date typed into `field`: nil when blank or a real `YYYY-MM-DD` day.
    public static func date(_ value: String, field: String) -> ValidationIssue? { Check.date(value, field: field) }

    public func message(chinese: Bool, label: String) -> String {
        code.message(chinese: chinese, field: label, limit: limit, value: value)
    }
}
