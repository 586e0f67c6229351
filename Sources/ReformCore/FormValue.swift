import Foundation

/// How drafts read raw form and JSON values: surrounding blanks are ignored, an empty value means
/// "not given", and full-width characters typed with a Chinese input method count as ASCII.
enum FormValue {
    static func trimmed(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func date(_ s: String) -> LocalDate? {
        LocalDate(iso: TextNormalizer.halfWidth(trimmed(s)))
    }

    /// Year, month and day of a value written as `YYYY-MM-DD` with a month 1–12 and a day 1–31, whether or not that
    /// month has the day: tells “2023-02-30” (no such day) from “2023/2/3” (not the format).
    static func dateParts(_ s: String) -> (year: Int, month: Int, day: Int)? {
        let parts = TextNormalizer.halfWidth(trimmed(s)).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, parts.allSatisfy({ isDigits($0) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return (y, m, d)
    }

    /// A plain decimal such as "12", "-3" or "12.5". Stricter than `Double(_:)`, which would also
    /// take "1e3", "nan" and "inf".
    static func decimal(_ s: String) -> Double? {
        let text = TextNormalizer.halfWidth(trimmed(s))
        let unsigned = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy(isDigits) else { return nil }
        return Double(text)
    }

    /// A whole number such as "7" or "-2".
    static func integer(_ s: String) -> Int? {
        let text = TextNormalizer.halfWidth(trimmed(s))
        let unsigned = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        guard isDigits(unsigned) else { return nil }
        return Int(text)
    }

    /// Splits a list typed into one field, dropping blanks.
    static func split(_ s: String, separators: Set<Character>) -> [String] {
        s.split(whereSeparator: { separators.contains($0) })
            .map { trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    static func isDigits(_ s: Substring) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
