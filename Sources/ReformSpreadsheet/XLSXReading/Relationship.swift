/// One entry of a .rels part.
struct Relationship: Sendable, Hashable {
    var id: String
    var type: String
    var target: String
    var isExternal: Bool

    /// The relationship type's last segment ("worksheet", "sharedStrings"), the same in transitional and
    /// strict OOXML whose type URIs differ.
    var kind: Substring {
        type.split(separator: "/").last ?? ""
    }
}
