import Foundation
import Testing

@testable import ReformSpreadsheet

@Suite("xlsx errors name what is wrong")
struct XLSXErrorTests {
    @Test("bytes that are not a zip")
    func notAZip() {
        #expect(throws: SpreadsheetError.notAZipArchive) { try XLSXReader(data: Data("序号,领域\n1,经济".utf8)) }
        #expect(throws: SpreadsheetError.notAZipArchive) { try XLSXReader(data: Data()) }
        #expect(SpreadsheetError.notAZipArchive.description == "The file is not an xlsx workbook: it is not a zip archive.")
    }

    @Test("an old .xls or an encrypted workbook (OLE2) is told apart")
    func legacy() {
        let ole2 = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(throws: SpreadsheetError.legacyOrEncryptedWorkbook) { try XLSXReader(data: ole2) }
    }

    @Test("a file cut short is truncated")
    func truncated() throws {
        let data = try Data(contentsOf: TestSupport.fixture("wps-like.xlsx"))
        #expect(throws: SpreadsheetError.truncatedArchive) { try XLSXReader(data: data.prefix(data.count / 2)) }
    }

    @Test("a missing file is an I/O error naming the path")
    func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/台账.xlsx")
        #expect(throws: SpreadsheetError.io(path: url.path, reason: "no such file")) { try XLSXReader(url: url) }
    }

    @Test("a zip without a workbook, and a Word document, are not xlsx")
    func notXLSX() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try TestSupport.fixture("wps-like.xlsx")
        let plainZip = folder.appendingPathComponent("plain.zip")
        let docx = folder.appendingPathComponent("doc.xlsx")
        var removeAll: [String: Data?] = [:]
        for path in try ZipInspector.entries(of: source) { removeAll[path] = .some(nil) }
        var asZip = removeAll
        asZip["readme.txt"] = Data("hello".utf8)
        var asDocx = removeAll
        asDocx["word/document.xml"] = Data("<w:document xmlns:w=\"w\"/>".utf8)
        try ZipInspector.rewrite(source, to: plainZip, replacing: asZip)
        try ZipInspector.rewrite(source, to: docx, replacing: asDocx)
        // then
        #expect(throws: SpreadsheetError.notAnXLSXWorkbook(.noWorkbookPart)) { try XLSXReader(url: plainZip) }
        #expect(throws: SpreadsheetError.notAnXLSXWorkbook(.wordDocument)) { try XLSXReader(url: docx) }
        // and the import page's Chinese says it in Chinese
        #expect(SpreadsheetError.notAnXLSXWorkbook(.noWorkbookPart).chineseDescription == "该 zip 文件不是 xlsx 工作簿：其中没有工作簿内容（缺少 xl/workbook.xml）。")
        #expect(SpreadsheetError.notAnXLSXWorkbook(.wordDocument).chineseDescription == "该 zip 文件不是 xlsx 工作簿：它是 Word 文档（.docx）。")
    }

    @Test("a sheet cut off mid-XML names its part: unexpected end of file")
    func sheetEndsEarly() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try TestSupport.fixture("wps-like.xlsx")
        let damaged = folder.appendingPathComponent("damaged.xlsx")
        let sheet2 = try ZipInspector.data(of: "xl/worksheets/sheet2.xml", in: source)
        try ZipInspector.rewrite(source, to: damaged, replacing: ["xl/worksheets/sheet2.xml": sheet2.prefix(sheet2.count - 30)])
        let reader = try XLSXReader(url: damaged)
        // when / then
        let error = #expect(throws: SpreadsheetError.self) { try reader.table(named: "说明") }
        #expect(error == .unexpectedEndOfFile(part: "xl/worksheets/sheet2.xml"))
        #expect(error?.description == "xl/worksheets/sheet2.xml: unexpected end of file.")
    }

    @Test("a sheet the workbook lists without a relationship is an error, not an empty sheet")
    func missingRelationship() throws {
        // given: the relationships part without the one for 说明 (rId2)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try TestSupport.fixture("wps-like.xlsx")
        let damaged = folder.appendingPathComponent("no-rel.xlsx")
        let relationships = try ZipInspector.text(of: "xl/_rels/workbook.xml.rels", in: source)
        let withoutSheet2 = relationships.replacingOccurrences(
            of:
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>",
            with: "")
        #expect(withoutSheet2 != relationships)
        try ZipInspector.rewrite(source, to: damaged, replacing: ["xl/_rels/workbook.xml.rels": Data(withoutSheet2.utf8)])
        let reader = try XLSXReader(url: damaged)
        // when / then
        #expect(reader.sheets.map(\.name) == ["领域清单", "说明"])
        #expect(throws: SpreadsheetError.missingPart("the part of sheet 说明 (no relationship in xl/_rels/workbook.xml.rels)")) {
            try reader.table(named: "说明")
        }
        #expect(try reader.table(named: "领域清单").rows.count == 4)
    }

    @Test("a sheet part that is missing, malformed XML, or a bad shared string index")
    func badParts() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try TestSupport.fixture("wps-like.xlsx")
        let missing = folder.appendingPathComponent("missing.xlsx")
        let malformed = folder.appendingPathComponent("malformed.xlsx")
        let badIndex = folder.appendingPathComponent("bad-index.xlsx")
        let removal: [String: Data?] = ["xl/worksheets/sheet2.xml": nil]
        try ZipInspector.rewrite(source, to: missing, replacing: removal)
        try ZipInspector.rewrite(
            source, to: malformed,
            replacing: [
                "xl/worksheets/sheet2.xml": Data("<worksheet><sheetData><row></sheetData></worksheet>".utf8)
            ])
        try ZipInspector.rewrite(
            source, to: badIndex,
            replacing: [
                "xl/worksheets/sheet2.xml": Data(
                    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>".utf8)
            ])
        // then
        #expect(throws: SpreadsheetError.missingPart("xl/worksheets/sheet2.xml")) { try XLSXReader(url: missing).table(named: "说明") }
        let malformedError = #expect(throws: SpreadsheetError.self) { try XLSXReader(url: malformed).table(named: "说明") }
        #expect(malformedError?.description.hasPrefix("xl/worksheets/sheet2.xml: malformed XML at byte") == true)
        let indexError = #expect(throws: SpreadsheetError.self) { try XLSXReader(url: badIndex).table(named: "说明") }
        #expect(
            indexError
                == .invalidCell(
                    part: "xl/worksheets/sheet2.xml", reference: "A1",
                    reason: "shared string index 99 is not in the shared string table (8 strings)"))
    }
}
