/// One attribute of a start tag. The name keeps its prefix ("r:id", "xml:space") because SpreadsheetML
/// attributes are told apart by it; values have their entities decoded.
struct XMLAttribute: Sendable {
    var name: String
    var value: String
}

extension Array where Element == XMLAttribute {
    /// The value of the first attribute with that exact name.
    func value(_ name: String) -> String? {
        for attribute in self where attribute.name == name { return attribute.value }
        return nil
    }

    /// The value of the first attribute whose name, without prefix, is `localName` ("r:id" matches "id").
    func value(localName: String) -> String? {
        for attribute in self {
            if attribute.name == localName { return attribute.value }
            if let colon = attribute.name.lastIndex(of: ":"), attribute.name[attribute.name.index(after: colon)...] == localName {
                return attribute.value
            }
        }
        return nil
    }
}
