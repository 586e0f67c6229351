import Foundation
import Testing

@testable import ReformSpreadsheet

@Suite("The text of a .docx's document part")
struct DocxTextTests {
    private static func document(_ body: String) -> Data {
        Data(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>").utf8)
    }

    @Test("paragraphs become lines; a table row becomes one line of tab-separated cells")
    func paragraphsAndTables() throws {
        let xml = Self.document(
            "<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">推进 </w:t></w:r>"
                + "<w:r><w:tab/><w:t>改革</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>市发改委</w:t></w:r></w:p><w:p><w:r><w:t>市财政局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
        let result = try DocxText.text(ofDocumentXML: xml)
        #expect(result.text == "一、总体要求\n推进 \t改革\n1\t市发改委；市财政局")
        #expect(result.numberedLines == [2])
    }

    @Test("a numbered paragraph style counts as Word's own numbering")
    func numberedStyle() throws {
        let styles = Data(
            ("<w:styles xmlns:w=\"w\"><w:style w:styleId=\"ListNumber\"><w:pPr><w:numPr/></w:pPr></w:style>"
                + "<w:style w:styleId=\"Normal\"/></w:styles>").utf8)
        let numbered = try DocxText.numberedStyles(in: styles)
        #expect(numbered == ["ListNumber"])
        let xml = Self.document("<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/></w:pPr><w:r><w:t>任务</w:t></w:r></w:p>")
        #expect(try DocxText.text(ofDocumentXML: xml, numberedStyles: numbered).numberedLines == [1])
    }

    /// Found by fuzzing (Fuzz/corpus/docx/docx-crash-…): bytes that are not UTF-8 inside a tag's name made
    /// Foundation's XMLParser trap, which would stop the server on one upload. Now it is read or refused, never a crash.
    @Test("bytes that are not UTF-8 inside a tag are read or refused, not a crash")
    func invalidUTF8InATag() {
        var xml = Self.document("<w:p><w:r><w:t>正文</w:t></w:r></w:p><w:sectPr><w:sid")
        xml.append(contentsOf: [0xE8, 0x64, 0xB5, 0x65, 0x90, 0x52, 0x88])
        xml.append(contentsOf: Array("12240\" w:h=\"1\"/></w:sectPr></w:body></w:document>".utf8))
        do {
            let result = try DocxText.text(ofDocumentXML: xml)
            #expect(result.text.hasPrefix("正文"))
        } catch let failure as DocxText.Failure {
            guard case .badXML(let detail) = failure else {
                Issue.record("unexpected failure \(failure)")
                return
            }
            #expect(detail.hasPrefix("word/document.xml"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// Line 1 is the XML declaration, so the stray </w:r> is on line 4.
    @Test("malformed XML is refused with the part and the line")
    func malformedNamesTheLine() {
        let xml = Self.document("<w:p>\n<w:r>\n<w:t>文字</w:r></w:p>")
        #expect(throws: DocxText.Failure.badXML("word/document.xml, line 4: </w:r> closes <w:t>")) {
            try DocxText.text(ofDocumentXML: xml)
        }
    }
}
