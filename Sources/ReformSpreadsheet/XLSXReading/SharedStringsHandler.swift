/// Reads xl/sharedStrings.xml into an array once, so cells refer to it by index. The table as a whole may hold
/// no more text than one sheet may (`UploadLimits.maxCharactersPerSheet`).
struct SharedStringsHandler: XMLEventHandler {
    let part: String
    let maxCharacters: Int
    var strings: [String] = []
    /// Each string's length in characters (Unicode scalars), for the sheets' counts.
    var lengths: [Int] = []
    private var characterCount = 0
    private var item = RichTextAccumulator()
    private var inItem = false

    init(part: String = "xl/sharedStrings.xml", maxCharacters: Int = UploadLimits.standard.maxCharactersPerSheet) {
        self.part = part
        self.maxCharacters = maxCharacters
    }

    var capturesText: Bool { inItem && item.capturesText }

    mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
        if name == "sst", let count = attributes.value("uniqueCount").flatMap({ Int($0) }) {
            // A hint only: capped so a lying header cannot make us reserve gigabytes.
            strings.reserveCapacity(min(count, 1_000_000))
            lengths.reserveCapacity(min(count, 1_000_000))
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
            let text = item.finishedText
            strings.append(text)
            lengths.append(text.unicodeScalars.count)
        } else if inItem {
            item.end(name)
        }
    }

    mutating func characters(_ text: String) throws {
        characterCount += text.unicodeScalars.count
        if characterCount > maxCharacters { throw UploadLimitExceeded.characters(sheet: part, limit: maxCharacters) }
        item.characters(text)
    }
}
