/// A document number read back from text (文号), e.g. `龙华改办督〔2026〕3号`. Reading is lenient about what
/// people type instead of 〔〕 (square, lenticular, round brackets, full-width or not), full-width digits, 第 and
/// leading zeros; `text` always writes the correct form.
public struct DocumentNumber: Hashable, Sendable {
    static let openingBrackets = "〔[【(［（〖﹝"
    static let closingBrackets = "〕]】)］）〗﹞"

    public let pattern: DocumentNumberPattern
    public let year: Int
    public let number: Int

    public init?(pattern: DocumentNumberPattern, year: Int, number: Int) {
        guard (1900...9999).contains(year), number >= 1 else { return nil }
        self.pattern = pattern
        self.year = year
        self.number = number
    }

    public var text: String { pattern.format(year: year, number: number) }

    public init?(parsing raw: String) {
        let text = Self.normalizingDigits(FormValue.trimmed(raw))
        guard let open = text.firstIndex(where: { Self.openingBrackets.contains($0) }) else { return nil }
        let afterOpen = text.index(after: open)
        guard let close = text[afterOpen...].firstIndex(where: { Self.closingBrackets.contains($0) }) else { return nil }
        let yearText = text[afterOpen..<close]
        guard yearText.count == 4, FormValue.isDigits(yearText), let year = Int(yearText) else { return nil }
        var rest = text[text.index(after: close)...]
        let suffix: DocumentNumberPattern.Suffix
        if rest.hasSuffix("期") {
            suffix = .issue
        } else if rest.hasSuffix("号") {
            suffix = .number
        } else {
            return nil
        }
        rest = rest.dropLast()
        if rest.hasPrefix("第") { rest = rest.dropFirst() }
        guard !rest.isEmpty, rest.count <= 6, FormValue.isDigits(rest), let number = Int(rest),
            let pattern = DocumentNumberPattern(prefix: String(text[..<open]), suffix: suffix)
        else { return nil }
        self.init(pattern: pattern, year: year, number: number)
    }

    /// Full-width digits (０-９) as ASCII; nothing else changes, so 〔〕 and 第 stay.
    private static func normalizingDigits(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { (0xFF10...0xFF19).contains($0.value) ? Unicode.Scalar($0.value - 0xFEE0)! : $0 }))
    }
}
