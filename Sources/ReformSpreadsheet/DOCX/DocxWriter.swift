import Foundation

/// Writes a plain .docx (WordprocessingML) — headings, paragraphs and tables — with the zip writer the XLSX writer uses.
/// The parts are the few Word needs: [Content_Types].xml, the package and document relationships, styles (宋体 / SimSun
/// for East Asian text, headings and a bordered table style) and document.xml on A4 portrait.
public enum DocxWriter {
    public enum Block: Sendable, Equatable {
        /// Level 1 is the title (centred), 2 and 3 section headings.
        case heading(String, level: Int)
        case paragraph(String)
        /// The first row is the header, repeated on each page.
        case table([[String]])
    }

    public static func write(_ blocks: [Block], to url: URL, title: String, modified: Date = Date()) throws {
        let zip = try ZipStreamWriter(url: url, modified: modified)
        do {
            try zip.addEntry("[Content_Types].xml", data: Array(contentTypes.utf8))
            try zip.addEntry("_rels/.rels", data: Array(packageRels.utf8))
            try zip.addEntry("docProps/core.xml", data: Array(core(title: title).utf8))
            try zip.addEntry("word/_rels/document.xml.rels", data: Array(documentRels.utf8))
            try zip.addEntry("word/styles.xml", data: Array(styles.utf8))
            try zip.addEntry("word/document.xml", data: Array(document(blocks).utf8))
            try zip.finish()
        } catch {
            zip.abandon()
            throw error
        }
    }

    public static func data(_ blocks: [Block], title: String) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(blocks, to: url, title: title)
        return try Data(contentsOf: url)
    }

    // MARK: Parts

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static func core(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(escape(title))</dc:title><dc:creator>ReformLedger</dc:creator></cp:coreProperties>
        """
    }

    private static let fonts = #"<w:rFonts w:ascii="SimSun" w:hAnsi="SimSun" w:eastAsia="宋体" w:cs="SimSun"/>"#

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts)<w:sz w:val="24"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/>\
        <w:spacing w:before="240" w:after="360"/></w:pPr><w:rPr>\(fonts)<w:b/><w:sz w:val="36"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/>\
        <w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>\(fonts)<w:b/><w:sz w:val="30"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/>\
        <w:spacing w:before="180" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>\(fonts)<w:b/><w:sz w:val="26"/></w:rPr></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar>\
        <w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>\
        <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        </w:tblBorders></w:tblPr></w:style>\
        </w:styles>
        """

    static func document(_ blocks: [Block]) -> String {
        var body = ""
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                let style = level <= 1 ? "Title" : level == 2 ? "Heading1" : "Heading2"
                body += #"<w:p><w:pPr><w:pStyle w:val="\#(style)"/></w:pPr>\#(run(text))</w:p>"#
            case .paragraph(let text):
                body += "<w:p>\(run(text))</w:p>"
            case .table(let rows):
                body += table(rows)
            }
        }
        // A4 portrait (11906 × 16838 twips) with 2.5 cm margins.
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" \
            w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>
            """
    }

    private static func table(_ rows: [[String]]) -> String {
        guard let width = rows.map(\.count).max(), width > 0 else { return "" }
        // The text width of an A4 page with these margins: the first column (a name) takes three tenths when there are
        // more than two, the others share the rest.
        let first = width > 2 ? 9072 * 3 / 10 : 9072 / width
        let other = width > 1 ? (9072 - first) / (width - 1) : first
        let widths = [first] + Array(repeating: other, count: width - 1)
        var xml = #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9072" w:type="dxa"/></w:tblPr><w:tblGrid>"#
        xml += widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            xml += index == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>"
            for i in 0..<width {
                let text = i < row.count ? row[i] : ""
                let bold = index == 0 ? "<w:rPr><w:b/></w:rPr>" : ""
                xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(widths[i])" w:type="dxa"/></w:tcPr><w:p>\#(run(text, properties: bold))</w:p></w:tc>"#
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl><w:p/>"
    }

    /// A run of text; line breaks become w:br.
    private static func run(_ text: String, properties: String = "") -> String {
        let lines = text.components(separatedBy: "\n")
        let inner = lines.map { #"<w:t xml:space="preserve">\#(escape($0))</w:t>"# }.joined(separator: "<w:br/>")
        return "<w:r>\(properties)\(inner)</w:r>"
    }

    /// XML text: the five escapes, and characters XML 1.0 cannot hold dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                if v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
