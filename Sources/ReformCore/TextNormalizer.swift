/// Text folding for the search column, so a search matches however the text was typed.
public enum TextNormalizer {
    /// Full-width ASCII → half-width, lowercased, every run of whitespace → one space, ends trimmed.
    public static func normalizeForSearch(_ s: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in halfWidth(s).lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(" ") }
            pendingSpace = false
            folded.append(scalar)
        }
        return String(folded)
    }

    /// Full-width ASCII (Ａ, １, ．, －, ％ …) and the ideographic space as their ASCII forms,
    /// as Chinese input methods often produce them.
    static func halfWidth(_ s: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: result.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
