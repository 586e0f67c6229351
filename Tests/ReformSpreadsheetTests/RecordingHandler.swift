import Foundation

@testable import ReformSpreadsheet

/// Records tokenizer events as text lines, capturing all text, to compare parses.
struct RecordingHandler: XMLEventHandler {
    var events: [String] = []
    private var pendingText = ""

    var capturesText: Bool { true }

    mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
        flush()
        let attributeText = attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
        events.append("start \(name) [\(attributeText)]")
    }

    mutating func endElement(name: String) throws {
        flush()
        events.append("end \(name)")
    }

    mutating func characters(_ text: String) {
        pendingText += text
    }

    private mutating func flush() {
        let trimmed = pendingText.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty && !(trimmed.allSatisfy { $0 == "\n" }) { events.append("text \(pendingText)") }
        pendingText = ""
    }
}
