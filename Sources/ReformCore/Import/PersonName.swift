import Foundation

/// People's names as tables write them: a two-character name padded to the width of three with a space or an
/// ideographic space ("王 东", "王　东"), several names side by side.
public enum PersonName {
    /// "王 东" and "王　东" → "王东"; "王东 李明" → "王东、李明"; anything with other words is kept, blanks trimmed.
    public static func normalized(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let tokens = trimmed.split(whereSeparator: \.isWhitespace)
        guard tokens.count > 1, tokens.allSatisfy({ $0.allSatisfy(isNameCharacter) }) else { return trimmed }
        // Single characters are the pieces of one padded name; longer tokens are names of their own.
        var names: [String] = []
        var pending = ""
        for token in tokens {
            if token.count == 1 {
                pending += token
            } else {
                if !pending.isEmpty { names.append(pending) }
                pending = ""
                names.append(String(token))
            }
        }
        if !pending.isEmpty { names.append(pending) }
        return names.joined(separator: "、")
    }

    /// Han characters, and the × and 某 that stand for a name withheld.
    static func isNameCharacter(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || c == "×" || c == "·"
    }
}
