/// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an
/// apostrophe, not empty, not "History" (Excel reserves it), and unique ignoring case. A file that breaks them
/// makes Excel report the workbook as damaged, so names from data (one sheet per 领域) are cleaned first.
public enum SheetName {
    public static let maximumLength = 31

    /// A name that Excel accepts: forbidden characters become "_", control characters are dropped, the result
    /// is cut to 31 characters (counted in UTF-16, as Excel counts) and "Sheet" stands in for an empty name.
    public static func sanitized(_ name: String) -> String {
        var cleaned = ""
        for character in name {
            if "[]:*?/\\".contains(character) {
                cleaned.append("_")
            } else if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && $0.value != 0xFFFE && $0.value != 0xFFFF }) {
                cleaned.append(character)
            }
        }
        cleaned = cleaned.trimmingCharacters(in: " '")
        cleaned = truncated(cleaned, toUTF16Length: maximumLength).trimmingCharacters(in: " '")
        if cleaned.isEmpty { return "Sheet" }
        if cleaned.lowercased() == "history" { return "History_" }
        return cleaned
    }

    /// `sanitized(name)`, made unique against `existing` (compared ignoring case) by appending " (2)", " (3)" …
    /// within the 31 characters.
    public static func unique(_ name: String, existing: [String]) -> String {
        let base = sanitized(name)
        let taken = Set(existing.map { $0.lowercased() })
        if !taken.contains(base.lowercased()) { return base }
        var counter = 2
        while true {
            let suffix = " (\(counter))"
            let candidate = truncated(base, toUTF16Length: maximumLength - suffix.utf16.count) + suffix
            if !taken.contains(candidate.lowercased()) { return candidate }
            counter += 1
        }
    }

    static func truncated(_ text: String, toUTF16Length limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var result = ""
        var length = 0
        for character in text {
            let characterLength = character.utf16.count
            if length + characterLength > limit { break }
            result.append(character)
            length += characterLength
        }
        return result
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
