/// How the office numbers one kind of notice (发文字号): the issuer's code (发文机关代字, e.g. 龙华改办督), the year
/// in hexagonal brackets 〔〕 and the sequence number without padding or 第, then 号 — GB/T 9704-2012's form,
/// `龙华改办督〔2026〕3号`. Bulletins numbered by issue use `〔2026〕第3期` instead.
public struct DocumentNumberPattern: Hashable, Sendable, Codable {
    public static let prefixMaxLength = 20

    public enum Suffix: String, Hashable, Sendable, Codable, CaseIterable {
        /// 〔2026〕3号
        case number
        /// 〔2026〕第3期
        case issue
    }

    public let prefix: String
    public let suffix: Suffix

    /// Nil when the prefix would not read back (see `validate`).
    public init?(prefix: String, suffix: Suffix = .number) {
        guard Self.validate(prefix: prefix) == nil else { return nil }
        self.prefix = FormValue.trimmed(prefix)
        self.suffix = suffix
    }

    /// The configured prefix must be text that cannot be mistaken for the rest of the number: no brackets of any
    /// kind (the year's belong to the pattern), no spaces, no 号 or 期, and not ending in a digit.
    public static func validate(prefix: String) -> ValidationIssue? {
        let text = FormValue.trimmed(prefix)
        if let issue = Check.text(text, field: "prefix", max: prefixMaxLength, required: true) { return issue }
        let forbidden = Set(DocumentNumber.openingBrackets + DocumentNumber.closingBrackets + "号期")
        if text.contains(where: { forbidden.contains($0) || $0.isWhitespace }) || text.last?.isNumber == true {
            return ValidationIssue(field: "prefix", code: .invalidChoice)
        }
        return nil
    }

    /// The number's text: `龙华改办督〔2026〕3号`.
    public func format(year: Int, number: Int) -> String {
        switch suffix {
        case .number: "\(prefix)〔\(year)〕\(number)号"
        case .issue: "\(prefix)〔\(year)〕第\(number)期"
        }
    }
}
