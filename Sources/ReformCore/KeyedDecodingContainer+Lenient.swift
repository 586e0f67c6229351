/// Drafts decode from both JSON and HTML forms, where a value may be missing, null, a number
/// or a string. Decoding never fails on such a value: `validate()` reports it instead.
extension KeyedDecodingContainer {
    /// Strings as given, numbers as their text, missing or null as "".
    func lenientString(forKey key: Key) -> String {
        if let text = try? decodeIfPresent(String.self, forKey: key) { return text }
        if let number = try? decodeIfPresent(Int.self, forKey: key) { return String(number) }
        if let number = try? decodeIfPresent(Double.self, forKey: key) { return String(number) }
        return ""
    }

    /// A record id as a number or numeric text; anything else counts as not chosen.
    func lenientID(forKey key: Key) -> Int? {
        if let id = try? decodeIfPresent(Int.self, forKey: key) { return id }
        return FormValue.integer(lenientString(forKey: key))
    }

    /// Ids as a JSON array of numbers or strings, or one text such as "3,5".
    func lenientIDs(forKey key: Key) -> [Int] {
        if let ids = try? decodeIfPresent([Int].self, forKey: key) { return ids }
        if let texts = try? decodeIfPresent([String].self, forKey: key) { return texts.compactMap(FormValue.integer) }
        return UnitDraft.splitNames(lenientString(forKey: key)).compactMap(FormValue.integer)
    }
}
