/// One feature's strings, Chinese and English. Every key starts with one of the table's prefixes, so branches that
/// each add a feature add keys that cannot meet; a key defined twice (in one table or across tables) is an error at
/// start-up (`L10n.validate()`) and in `StringTableTests`, never a silent winner.
struct StringTable: Sendable {
    struct Entry: Sendable {
        let key: String
        let zh: String
        let en: String
    }

    let prefixes: [String]
    let entries: [Entry]

    init(prefixes: [String], entries: [(String, String, String)]) {
        self.prefixes = prefixes
        self.entries = entries.map { Entry(key: $0.0, zh: $0.1, en: $0.2) }
    }

    static let empty = StringTable(prefixes: [], entries: [])

    /// The tables merged into one lookup, with every key defined more than once and every key outside its table's
    /// prefixes named in `problems`.
    static func merge(_ tables: [(owner: String, table: StringTable)]) -> (strings: [String: (String, String)], problems: [String]) {
        var strings: [String: (String, String)] = [:]
        var owners: [String: String] = [:]
        var problems: [String] = []
        for (owner, table) in tables {
            for e in table.entries {
                if !table.prefixes.contains(where: { e.key.hasPrefix($0) }) {
                    problems.append("\(owner): key \(e.key) does not start with one of its prefixes \(table.prefixes)")
                }
                if let first = owners[e.key] {
                    problems.append("key \(e.key) is defined twice: by \(first) and by \(owner)")
                    continue
                }
                owners[e.key] = owner
                strings[e.key] = (e.zh, e.en)
            }
        }
        return (strings, problems)
    }
}
