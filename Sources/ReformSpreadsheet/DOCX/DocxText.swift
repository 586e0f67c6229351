import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

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
        let reader = StyleReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else { throw Failure.badXML("word/styles.xml, line \(parser.lineNumber)") }
        return reader.numbered
    }

    private final class StyleReader: NSObject, XMLParserDelegate {
        var numbered: Set<String> = []
        private var current: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch Reader.local(elementName) {
            case "style": current = Reader.attribute("styleId", in: attributes)
            case "numPr": if let current { numbered.insert(current) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if Reader.local(elementName) == "style" { current = nil }
        }
    }

    static func text(ofDocumentXML xml: Data, numberedStyles: Set<String> = []) throws -> Result {
        let reader = Reader()
        reader.numberedStyles = numberedStyles
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            let line = parser.lineNumber
            throw Failure.badXML("word/document.xml, line \(line): \(parser.parserError.map { "\($0)" } ?? "malformed XML")")
        }
        return Result(text: reader.lines.joined(separator: "\n"), numberedLines: reader.autoNumbered)
    }

    /// Walks the document body. Paragraphs outside tables become lines; inside a table, the paragraphs of a
    /// cell are joined and the cells of a row become one tab-separated line.
    private final class Reader: NSObject, XMLParserDelegate {
        var lines: [String] = []
        var autoNumbered: [Int] = []
        var numberedStyles: Set<String> = []

        private var paragraph = ""
        private var inText = false
        private var hasNumbering = false
        private var tableDepth = 0
        private var cells: [String] = []
        private var cell: [String] = []

        static func local(_ name: String) -> Substring {
            name.split(separator: ":").last ?? Substring(name)
        }

        /// An attribute by its local name, whatever its prefix (w:val).
        static func attribute(_ name: String, in attributes: [String: String]) -> String? {
            attributes.first { local($0.key) == Substring(name) }?.value
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch Self.local(elementName) {
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
                if let style = Self.attribute("val", in: attributes), numberedStyles.contains(style) { hasNumbering = true }
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

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            switch Self.local(elementName) {
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
                tableDepth -= 1
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { paragraph.append(string) }
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
