/// Reads xl/sharedStrings.xml into an array once, so cells refer to it by index.
struct SharedStringsHandler: XMLEventHandler {
    var strings: [String] = []
    private var item = RichTextAccumulator()
    private var inItem = false

    var capturesText: Bool { inItem && item.capturesText }

    mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
        if name == "sst", let count = attributes.value("uniqueCount").flatMap({ Int($0) }) {
            // A hint only: capped so a lying header cannot make us reserve gigabytes.
            strings.reserveCapacity(min(count, 1_000_000))
        } else if name == "si" {
            inItem = true
            item.reset()
        } else if inItem {
            item.start(name, attributes)
        }
    }

    mutating func endElement(name: String) throws {
        if name == "si" {
            inItem = false
            strings.append(item.finishedText)
        } else if inItem {
            item.end(name)
        }
    }

    mutating func characters(_ text: String) {
        item.characters(text)
    }
}
