import Foundation

/// The text of a .docx (a zip holding word/document.xml): one line per paragraph (w:p) from its text
/// runs (w:t), tabs (w:tab) and breaks (w:br); a table row becomes one line of tab-separated cells, as a
/// table copied out of Word arrives. Numbering that Word adds by itself (w:numPr) is not in the text and
/// cannot be recovered, so such paragraphs are reported.
public enum DocxText {
    public struct Result: Sendable, Equatable {
        public var text: String
        /// 1-based lines of paragraphs that Word numbers itself (w:numPr, or a numbered style): whether the text
        /// also writes the number out is the caller's question (ReformCore's `OutlineNumber`).
        public var numberedLines: [Int]
    }

    public enum Failure: Error, Equatable, Sendable {
        case notZip
        case noDocument
        case badXML(String)
    }

    /// The parts are inflated under `budget` (`UploadLimits`: each part, all of them, the ratio, the time), so a
    /// zip bomb is stopped at the limit with `UploadLimitExceeded`, not inflated first.
    public static func extract(_ data: Data, budget: UploadBudget = UploadBudget()) throws -> Result {
        // From a file, not from memory: ZIPFoundation's in-memory archive traps on some damaged zips
        // (a range past the end of its buffer), its file-backed one throws.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-\(UUID().uuidString).docx")
        do {
            try data.write(to: url)
        } catch {
            throw Failure.badXML("cannot write a temporary copy")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return try extract(url: url, budget: budget)
    }

    public static func extract(url: URL, budget: UploadBudget = UploadBudget()) throws -> Result {
        let zip: ZipPartReader
        do {
            zip = try ZipPartReader(url: url, budget: budget)
        } catch {
            throw Failure.notZip
        }
        guard zip.contains("word/document.xml") else { throw Failure.noDocument }
        let xml = try read("word/document.xml", from: zip)
        // Numbering can come with a paragraph style ("List Number") rather than the paragraph itself.
        let styles = zip.contains("word/styles.xml") ? try numberedStyles(in: try read("word/styles.xml", from: zip)) : []
        return try text(ofDocumentXML: xml, numberedStyles: styles)
    }

    /// A part's bytes, gathered chunk by chunk as the budget allows (at most `UploadLimits.maxPartBytes`).
    private static func read(_ path: String, from zip: ZipPartReader) throws -> Data {
        var xml = Data()
        do {
            try zip.read(path) { chunk in xml.append(chunk) }
        } catch let exceeded as UploadLimitExceeded {
            throw exceeded
        } catch {
            throw Failure.badXML("\(path): \(error)")
        }
        // Word never writes a document type declaration; one that declares entities could make the parser
        // expand them (a billion laughs), so it is refused.
        if xml.range(of: Data("<!ENTITY".utf8)) != nil { throw Failure.badXML("\(path): declares XML entities") }
        return xml
    }

    /// The ids of paragraph styles that carry automatic numbering (w:style with w:numPr).
    static func numberedStyles(in xml: Data) throws -> Set<String> {
        var reader = StyleReader()
        try parse(xml, part: "word/styles.xml", into: &reader)
        return reader.numbered
    }

    static func text(ofDocumentXML xml: Data, numberedStyles: Set<String> = []) throws -> Result {
        var reader = Reader()
        reader.numberedStyles = numberedStyles
        try parse(xml, part: "word/document.xml", into: &reader)
        return Result(text: reader.lines.joined(separator: "\n"), numberedLines: reader.autoNumbered)
    }

    /// Runs a part through the package's own streaming tokenizer (as the .xlsx reader does). Foundation's
    /// `XMLParser` was used before and traps inside FoundationXML on some damaged parts (found by fuzzing), which
    /// would take the server down with one upload; the tokenizer throws. Errors name the part and the line.
    private static func parse<Handler: XMLEventHandler>(_ xml: Data, part: String, into handler: inout Handler) throws {
        var tokenizer = XMLStreamTokenizer()
        do {
            try tokenizer.feed(xml, into: &handler)
            try tokenizer.finish(&handler)
        } catch let error as XMLTokenizerError {
            switch error {
            case .unexpectedEnd:
                throw Failure.badXML("\(part): the XML ends before its elements are closed")
            case .malformed(let offset, let reason):
                let line = xml.prefix(max(0, min(offset, xml.count))).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                throw Failure.badXML("\(part), line \(line): \(reason)")
            }
        }
    }

    private struct StyleReader: XMLEventHandler {
        var numbered: Set<String> = []
        private var current: String?

        var capturesText: Bool { false }

        mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
            switch name {
            case "style": current = attributes.value(localName: "styleId")
            case "numPr": if let current { numbered.insert(current) }
            default: break
            }
        }

        mutating func endElement(name: String) throws {
            if name == "style" { current = nil }
        }

        mutating func characters(_ text: String) throws {}
    }

    /// Walks the document body. Paragraphs outside tables become lines; inside a table, the paragraphs of a
    /// cell are joined and the cells of a row become one tab-separated line.
    private struct Reader: XMLEventHandler {
        var lines: [String] = []
        var autoNumbered: [Int] = []
        var numberedStyles: Set<String> = []

        private var paragraph = ""
        private var inText = false
        private var hasNumbering = false
        private var tableDepth = 0
        private var cells: [String] = []
        private var cell: [String] = []

        var capturesText: Bool { inText }

        mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
            switch name {
            case "p":
                paragraph = ""
                hasNumbering = false
            case "t":
                inText = true
            case "tab":
                paragraph.append("\t")
            case "br", "cr":
                paragraph.append("\n")
            case "numPr":
                hasNumbering = true
            case "pStyle":
                if let style = attributes.value(localName: "val"), numberedStyles.contains(style) { hasNumbering = true }
            case "tbl":
                tableDepth += 1
            case "tr" where tableDepth == 1:
                cells = []
            case "tc" where tableDepth == 1:
                cell = []
            default:
                break
            }
        }

        mutating func endElement(name: String) throws {
            switch name {
            case "t":
                inText = false
            case "p":
                if tableDepth > 0 {
                    let text = paragraph.replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
                    if !text.isEmpty { cell.append(text) }
                } else {
                    for (offset, line) in paragraph.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        lines.append(String(line))
                        if offset == 0, hasNumbering, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                            autoNumbered.append(lines.count)
                        }
                    }
                }
                paragraph = ""
            case "tc" where tableDepth == 1:
                cells.append(Self.joinCell(cell))
            case "tr" where tableDepth == 1:
                lines.append(cells.joined(separator: "\t"))
            case "tbl":
                tableDepth = max(0, tableDepth - 1)
            default:
                break
            }
        }

        mutating func characters(_ text: String) throws {
            if inText { paragraph.append(text) }
        }

        /// A cell's paragraphs on one line: separated by "；" unless a paragraph already ends a sentence,
        /// which keeps a column of units ("市发改委" over "市财政局") a list the unit reader splits.
        static func joinCell(_ paragraphs: [String]) -> String {
            var text = ""
            for p in paragraphs {
                if let last = text.last, !"。；;，,、：:".contains(last) { text.append("；") }
                text.append(p)
            }
            return text
        }
    }
}
