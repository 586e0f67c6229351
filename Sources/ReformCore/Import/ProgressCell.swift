import Foundation

/// Reads a 进展 (progress) cell that is a percentage: "35%", "35.5 %", "35％", and the form a ledger
/// export writes, the own percent with the rolled-up one beside it: "35%（汇总 40%）" / "35% (rolled up 40%)".
/// Anything else (a sentence about the work) is not a percentage and stays text.
public enum ProgressCell {
    public static func ownPercent(_ cell: String) -> Double? {
        let text = TextNormalizer.halfWidth(cell).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let sign = text.firstIndex(of: "%") else { return nil }
        guard let value = Double(text[..<sign].trimmingCharacters(in: .whitespaces)), value.isFinite, (0...100).contains(value) else {
            return nil
        }
        let rest = text[text.index(after: sign)...].trimmingCharacters(in: .whitespaces)
        if rest.isEmpty { return value }
        // Only the export's own note may follow: "(汇总 40%)" or "(rolled up 40%)".
        guard rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
        let note = rest.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        for prefix in ["汇总", "rolled up"] where note.hasPrefix(prefix) {
            let rolled = note.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if rolled.hasSuffix("%"), Double(rolled.dropLast().trimmingCharacters(in: .whitespaces)) != nil { return value }
        }
        return nil
    }
}
