/// Decides which number formats show dates, so a number in such a cell is read as a date.
enum NumberFormatClassifier {
    /// Built-in format ids that show dates or times. 14–22 are the international ones; 27–36 and 50–58 are
    /// the East Asian built-ins that Chinese Excel and WPS use for 年月日 dates and times (their codes are
    /// not written into styles.xml, so the id is all there is); 45–47 are mm:ss formats.
    private static let builtInDateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    static func isDateFormat(id: Int, code: String?) -> Bool {
        if let code { return isDateFormatCode(code) }
        return builtInDateIDs.contains(id)
    }

    /// A custom code is a date when, outside quoted text, escapes and [..] sections, it has a y, m, d, h or s
    /// ("yyyy\"年\"m\"月\"d\"日\"", "yyyy/mm/dd hh:mm"). Elapsed-time formats ("[h]:mm") are durations, not dates.
    static func isDateFormatCode(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var bracket = ""
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if character == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    if bracket == "h" || bracket == "hh" || bracket == "m" || bracket == "mm" || bracket == "s" || bracket == "ss" {
                        return false
                    }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[":
                inBracket = true
                bracket = ""
            case "y", "m", "d", "h", "s":
                return true
            default: break
            }
        }
        return false
    }
}
