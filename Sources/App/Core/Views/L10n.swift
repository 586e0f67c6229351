import Foundation
import ReformCore

/// Every string a person reads, in Chinese (default) and English.
enum L10n {
    static func t(_ key: String, _ language: Language) -> String {
        guard let pair = strings[key] else { return key }
        return language == .zh ? pair.0 : pair.1
    }

    /// The whole table for one language, for templates (`{{t.key}}`).
    static func table(_ language: Language) -> [String: String] {
        language == .zh ? zhTable : enTable
    }

    // Mustache reads "a.b" as a path, so template keys use "_" where the table uses ".".
    private static let zhTable = Dictionary(uniqueKeysWithValues: strings.map { ($0.key.replacingOccurrences(of: ".", with: "_"), $0.value.0) })
    private static let enTable = Dictionary(uniqueKeysWithValues: strings.map { ($0.key.replacingOccurrences(of: ".", with: "_"), $0.value.1) })

    static func status(_ raw: String, _ l: Language) -> String {
        guard let s = LifecycleStatus(rawValue: raw) else { return raw }
        return l == .zh ? s.chineseName : s.englishName
    }

    static func light(_ light: ScheduleLight, _ l: Language) -> String { l == .zh ? light.chineseName : light.englishName }
    static func level(_ raw: String, _ l: Language) -> String {
        guard let level = JurisdictionLevel(rawValue: raw) else { return raw }
        return l == .zh ? level.chineseName : level.englishName
    }
    static func rule(_ raw: String, _ l: Language) -> String {
        guard let r = RollupRule(rawValue: raw) else { return raw }
        return l == .zh ? r.chineseName : r.englishName
    }

    /// The label of a field by its name; a feature whose field name means something else than the shared label
    /// (the import's `target`) passes its scope, and its `<scope>.field.<name>` comes first.
    static func field(_ key: String, _ l: Language, scope: String? = nil) -> String {
        if let scope, let pair = strings[scope + ".field." + key] { return l == .zh ? pair.0 : pair.1 }
        return t("field." + key, l)
    }

    /// A string with "{1}", "{2}" … replaced by the arguments in order.
    static func fill(_ key: String, _ l: Language, _ arguments: String...) -> String {
        var text = t(key, l)
        for (index, argument) in arguments.enumerated() { text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument) }
        return text
    }

    static func issue(_ issue: ValidationIssue, _ l: Language, scope: String? = nil) -> String {
        issue.code.message(chinese: l == .zh, field: field(issue.field, l, scope: scope), limit: issue.limit, value: issue.value)
    }

    /// One style per language on every page: 2026年11月30日 in Chinese, 2026-11-30 in English.
    static func date(_ iso: String?, _ l: Language) -> String {
        guard let iso, let d = LocalDate(iso: iso) else { return "" }
        return date(d, l)
    }

    static func date(_ d: LocalDate, _ l: Language) -> String { l == .zh ? d.chinese : d.iso }

    /// A stored timestamp (UTC) in the server's time zone, in the same style as `date`: 2026年11月30日 10:00, or
    /// 2026-11-30 10:00 in English. Anything that is not a stored timestamp is shown as it is.
    static func time(_ timestamp: String?, _ l: Language, in timeZone: TimeZone) -> String {
        guard let timestamp, let instant = Timestamp.date(timestamp) else { return timestamp ?? "" }
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
        let days = Int((Double(local) / 86_400).rounded(.down))
        let minutes = (local - days * 86_400) / 60
        return date(LocalDate(dayNumber: days), l) + " " + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// An aside in brackets as each language writes it: full-width （…） after Chinese, " (…)" in English.
    static func parenthesised(_ text: String, _ l: Language) -> String { l == .zh ? "（" + text + "）" : " (" + text + ")" }

    static func percent(_ p: Double?) -> String {
        guard let p else { return "—" }
        return (p == p.rounded() ? String(Int(p)) : String(format: "%.1f", p)) + "%"
    }

    /// The strings of the core and of every feature, in one table (problems are reported by `validate`).
    private static let merged = StringTable.merge([("core", CoreStrings.table)] + AppFeatures.stringTables)
    static var strings: [String: (String, String)] { merged.strings }

    /// The message of an `AppError.unprocessable` in the reader's language, looked up by its code (`error.code.<code>`);
    /// the service's own text only for a code without strings (a test keeps every code in the sources covered).
    static func errorMessage(code: String, fallback: String, _ l: Language) -> String {
        guard let pair = strings["error.code." + code] else { return fallback }
        return l == .zh ? pair.0 : pair.1
    }

    /// Fails when a key is defined twice or outside its table's prefixes: called at start-up and by a test.
    static func validate() throws {
        if !merged.problems.isEmpty { throw ConfigError(problems: merged.problems) }
    }
}
