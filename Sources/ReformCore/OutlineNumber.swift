/// Outline numbers as offices write them in plan documents: 一、 → （一） → 1. → （1） → ①.
public enum OutlineNumber {
    private static let circledOne: UInt32 = 0x2460
    private static let circledCount = 20

    /// The marker for the `index`-th (1-based) item at `depth` (0 = top level).
    /// Past ⑳ there is no common circled form, so the deepest level continues as (21).
    public static func label(depth: Int, index: Int) -> String {
        switch depth {
        case ...0: "\(ChineseNumeral.format(index))、"
        case 1: "（\(ChineseNumeral.format(index))）"
        case 2: "\(index)."
        case 3: "（\(index)）"
        default:
            (1...circledCount).contains(index)
                ? String(Character(Unicode.Scalar(circledOne + UInt32(index - 1))!))
                : "(\(index))"
        }
    }

    /// Recognises a marker at the start of a line (after any indentation):
    /// 一、 / （一） or (一) / 1. or 1． or 1、 / （1） or (1) / ①.
    /// `rest` is the text after the marker without its leading blanks.
    public static func parse(_ text: String) -> (style: OutlineStyle, index: Int, rest: Substring)? {
        let line = text.drop(while: \.isWhitespace)
        guard let first = line.first else { return nil }
        if let index = circledIndex(first) {
            return (.circled, index, rest(line.dropFirst()))
        }
        if openingBrackets.contains(first) {
            let inner = line.dropFirst()
            guard let close = inner.firstIndex(where: closingBrackets.contains) else { return nil }
            let after = rest(inner[inner.index(after: close)...])
            if let index = arabic(inner[..<close]) { return (.parenNumbered, index, after) }
            if let index = chinese(inner[..<close]) { return (.section, index, after) }
            return nil
        }
        let number = line.prefix(while: { !markerEnds.contains($0) })
        guard number.endIndex < line.endIndex else { return nil }
        let marker = line[number.endIndex]
        let after = line[line.index(after: number.endIndex)...]
        if let index = arabic(number) {
            // "1.5亿元" or "2.3" is a figure or a decimal number, not a list marker.
            if let next = after.first, next.isASCII, next.isNumber { return nil }
            return (.numbered, index, rest(after))
        }
        if marker == "、", let index = chinese(number) { return (.chapter, index, rest(after)) }
        return nil
    }

    /// Spreadsheet numbering "1", "1.2", "1.2.3" as its parts; nil for anything else ("1.", "1.a", "0").
    public static func decimal(_ text: String) -> [Int]? {
        let parts = FormValue.trimmed(text).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy(FormValue.isDigits) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers.allSatisfy({ $0 > 0 }) else { return nil }
        return numbers
    }

    private static let openingBrackets: Set<Character> = ["（", "("]
    private static let closingBrackets: Set<Character> = ["）", ")"]
    private static let markerEnds: Set<Character> = ["、", ".", "．"]
    /// Longer runs are years or amounts ("2024、2025年"), not item numbers.
    private static let maxArabicDigits = 3

    private static func rest(_ s: Substring) -> Substring {
        s.drop(while: \.isWhitespace)
    }

    private static func arabic(_ s: Substring) -> Int? {
        let digits = Substring(TextNormalizer.halfWidth(String(s)))
        guard digits.count <= maxArabicDigits, FormValue.isDigits(digits), let index = Int(digits), index > 0 else { return nil }
        return index
    }

    private static func chinese(_ s: Substring) -> Int? {
        guard let index = ChineseNumeral.parse(String(s)), index > 0 else { return nil }
        return index
    }

    private static func circledIndex(_ c: Character) -> Int? {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        let offset = Int(scalar.value) - Int(circledOne)
        return (0..<circledCount).contains(offset) ? offset + 1 : nil
    }
}
