/// Reads a .rels part.
struct RelationshipsHandler: XMLEventHandler {
    var relationships: [Relationship] = []

    var capturesText: Bool { false }

    mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
        guard name == "Relationship", let id = attributes.value("Id"), let target = attributes.value("Target") else { return }
        relationships.append(
            Relationship(
                id: id, type: attributes.value("Type") ?? "", target: target,
                isExternal: attributes.value("TargetMode") == "External"))
    }

    mutating func endElement(name: String) throws {}
    mutating func characters(_ text: String) {}
}
