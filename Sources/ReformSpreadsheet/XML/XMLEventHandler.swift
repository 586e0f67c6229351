/// Receives the events of `XMLStreamTokenizer`. Element names come without their namespace prefix, because
/// some writers prefix SpreadsheetML elements ("x:row") and strict OOXML uses other namespace URIs; the
/// local names are the same in all of them.
protocol XMLEventHandler {
    /// Whether text is wanted now. The tokenizer skips text cheaply when this is false, which is most of a
    /// sheet (indentation, unused elements).
    var capturesText: Bool { get }
    mutating func startElement(name: String, attributes: [XMLAttribute]) throws
    mutating func endElement(name: String) throws
    /// Text captured since the last tag; may arrive in several pieces for one element (around comments).
    mutating func characters(_ text: String) throws
}
