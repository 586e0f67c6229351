import Foundation
import Testing

@testable import ReformSpreadsheet

@Suite("xlsx written by XLSXWriter reads back the same")
struct XLSXRoundTripTests {
    static let ledgerColumns = [
        ColumnSpec("序号", width: 6), ColumnSpec("领域", width: 14), ColumnSpec("改革任务", width: 30, wrapsText: true),
        ColumnSpec("完成时限", width: 12), ColumnSpec("进展", width: 8), ColumnSpec("备注", width: 20)
    ]

    @Test("text with Chinese, line breaks, quotes and &<> survives; numbers, dates, percents and booleans keep their types")
    func values() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("台账.xlsx")
        let writer = try XLSXWriter(destination: url, title: "改革台账")
        try writer.addSheet(name: "经济体制改革", columns: Self.ledgerColumns)
        try writer.appendRow([
            .integer(1), .text("经济体制改革"), .text("第一行\n第二行\r\n第三行"), .date(SpreadsheetDate(year: 2025, month: 6, day: 30)),
            .percent(0.35), .text("引号\"和'撇号' & <尖括号> ]]>")
        ])
        try writer.appendRow([
            .number(-12.75), .wrappedText("  前后空格  "), .empty, .dateTime(SpreadsheetDate(year: 2025, month: 12, day: 31, hour: 17, minute: 30)),
            .boolean(true), .text("控制字符\u{0001}\u{0008}\u{001F}已去掉\u{FFFE}")
        ])
        try writer.appendRow([.number(0.1), .number(1e20), .number(.nan), .integer(-42), .boolean(false), .text("")])
        try writer.finish()

        // when
        let reader = try XLSXReader(url: url)
        let sheet = try reader.sheet(named: "经济体制改革")
        var rows: [XLSXRow] = []
        try reader.forEachRow(in: sheet) { row, _ in rows.append(row) }

        // then
        #expect(reader.sheets.map(\.name) == ["经济体制改革"])
        #expect(rows.map(\.number) == [1, 2, 3, 4])
        #expect(rows[0].texts == ["序号", "领域", "改革任务", "完成时限", "进展", "备注"])
        #expect(rows[1].cell(columnIndex: 0)?.value == .number(1))
        #expect(rows[1].cell(columnIndex: 1)?.value == .inlineString("经济体制改革"))
        #expect(rows[1].cell(columnIndex: 2)?.value == .inlineString("第一行\n第二行\n第三行"))
        #expect(rows[1].cell(columnIndex: 3)?.value == .date(SpreadsheetDate(year: 2025, month: 6, day: 30)))
        #expect(rows[1].cell(columnIndex: 4)?.value == .number(0.35))
        #expect(rows[1].cell(columnIndex: 5)?.value == .inlineString("引号\"和'撇号' & <尖括号> ]]>"))
        #expect(rows[2].cell(columnIndex: 0)?.value == .number(-12.75))
        #expect(rows[2].cell(columnIndex: 1)?.value == .inlineString("  前后空格  "))
        #expect(rows[2].cell(columnIndex: 2) == nil)
        #expect(rows[2].cell(columnIndex: 3)?.value == .date(SpreadsheetDate(year: 2025, month: 12, day: 31, hour: 17, minute: 30)))
        #expect(rows[2].cell(columnIndex: 4)?.value == .boolean(true))
        #expect(rows[2].cell(columnIndex: 5)?.value == .inlineString("控制字符已去掉"))
        #expect(rows[3].texts == ["0.1", "1e+20", "", "-42", "FALSE"])
    }

    @Test("several sheets keep their order, and names are cleaned and made unique")
    func sheets() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("multi.xlsx")
        let writer = try XLSXWriter(destination: url)
        let requested = ["经济体制改革", "民主/法制[领域]:改革*?", "经济体制改革", "一个非常非常非常非常非常非常非常非常非常长的领域名称超过三十一个字", "", "History"]
        var given: [String] = []
        for (index, name) in requested.enumerated() {
            given.append(try writer.addSheet(name: name, columns: [ColumnSpec("序号"), ColumnSpec("领域")]))
            try writer.appendRow([.integer(index), .text(name)])
        }
        try writer.finish()

        // when
        let reader = try XLSXReader(url: url)
        let tables = try reader.visibleTables()

        // then
        #expect(given == reader.sheets.map(\.name))
        #expect(given[0] == "经济体制改革")
        #expect(given[1] == "民主_法制_领域__改革__")
        #expect(given[2] == "经济体制改革 (2)")
        #expect(given[3].count == 31)
        #expect(given[4] == "Sheet")
        #expect(given[5] == "History_")
        #expect(tables.count == requested.count)
        for (index, table) in tables.enumerated() {
            #expect(table.rows.count == 2)
            let expected = requested[index].isEmpty ? [String(index)] : [String(index), requested[index]]
            #expect(table.rows[1].cells == expected)
        }
    }

    @Test("a finished writer refuses more rows, and a row needs a sheet")
    func misuse() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try XLSXWriter(destination: folder.appendingPathComponent("x.xlsx"))
        // then
        #expect(throws: SpreadsheetError.self) { try writer.appendRow([.text("x")]) }
        try writer.finish()
        #expect(throws: SpreadsheetError.self) { try writer.addSheet(name: "late", columns: []) }
        // An empty workbook still has one sheet, as Excel requires.
        #expect(try XLSXReader(url: folder.appendingPathComponent("x.xlsx")).sheets.map(\.name) == ["Sheet1"])
    }

    @Test("the workbook has the parts Excel and WPS need, a frozen header, an autoFilter and column widths")
    func parts() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("parts.xlsx")
        let writer = try XLSXWriter(destination: url)
        try writer.addSheet(name: "台账", columns: Self.ledgerColumns)
        for index in 1...9 { try writer.appendRow([.integer(index)]) }
        // 40 CJK characters in a 30-wide wrapping column: about three lines.
        try writer.appendRow([.integer(10), .text("经济"), .text(String(repeating: "深化国资国企改革", count: 5))])
        try writer.finish()

        // when
        let entries = try ZipInspector.entries(of: url)
        let sheetXML = try ZipInspector.text(of: "xl/worksheets/sheet1.xml", in: url)
        let workbookXML = try ZipInspector.text(of: "xl/workbook.xml", in: url)

        // then
        for part in [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"
        ] {
            #expect(entries.contains(part), "missing \(part)")
        }
        #expect(sheetXML.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheetXML.contains("<autoFilter ref=\"A1:F11\"/>"))
        #expect(sheetXML.contains("<row r=\"10\">"))
        #expect(sheetXML.contains("<row r=\"11\" ht=\"48.0\">"), "a wrapped row gets a height LibreOffice can use")
        #expect(sheetXML.contains("<col min=\"3\" max=\"3\" width=\"30.0\" customWidth=\"1\"/>"))
        #expect(sheetXML.contains("<c s=\"1\" t=\"inlineStr\"><is><t>序号</t></is></c>"))
        #expect(!sheetXML.contains("<c r="), "cells are written in order without their optional reference")
        #expect(workbookXML.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'台账'!$A$1:$F$11</definedName>"))
    }

    @Test("a failed export leaves no half file at the destination and the old file stays")
    func atomicReplace() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("old.xlsx")
        try Data("old".utf8).write(to: url)
        // when: a writer that never finishes
        do {
            let writer = try XLSXWriter(destination: url)
            try writer.addSheet(name: "a", columns: [ColumnSpec("x")])
            try writer.appendRow([.text("never written")])
        }
        // then
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["old.xlsx"])
    }
}
