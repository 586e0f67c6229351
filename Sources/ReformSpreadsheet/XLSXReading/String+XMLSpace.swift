extension String {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF) — not Unicode spaces
    /// such as U+3000, which are content in Chinese text.
    var trimmingXMLSpace: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if !isSpace(first) && !isSpace(last) { return self }
        return String(decoding: utf8.drop(while: isSpace).reversed().drop(while: isSpace).reversed(), as: UTF8.self)
    }
}
