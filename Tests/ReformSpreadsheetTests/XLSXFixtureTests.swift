import Foundation
import Testing

@testable import ReformSpreadsheet

@Suite("xlsx files made by other programs")
struct XLSXFixtureTests {
    @Test("an openpyxl ledger: sheets with visibility, inline strings, dates, percent, booleans, rich text")
    func openpyxlLedger() throws {
        // given
        let reader = try XLSXReader(url: TestSupport.fixture("openpyxl-ledger.xlsx"))
        // when
        let sheet = try reader.sheet(named: "改革台账")
        var rows: [XLSXRow] = []
        let merged = try reader.forEachRow(in: sheet) { row, _ in rows.append(row) }
        // then
        #expect(reader.sheets.map(\.name) == ["改革台账", "下拉选项", "政策文件"])
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden, .visible])
        #expect(reader.sharedStringCount == 0, "openpyxl 3.1 writes strings inline")
        #expect(Set(merged) == Set([CellRange("B2:B4")!, CellRange("B5:B6")!]))
        #expect(rows.count == 6)
        #expect(rows[0].texts == ["序号", "领域", "改革任务", "具体举措", "牵头单位", "完成时限", "进展", "状态", "备注", "富文本"])
        let first = rows[1]
        #expect(first.cell(columnIndex: 1)?.value == .inlineString("经济体制改革"))
        #expect(first.cell(columnIndex: 3)?.value == .inlineString("推进混合所有制改革\n分类推进"))
        #expect(first.cell(columnIndex: 5)?.value == .date(SpreadsheetDate(year: 2025, month: 6, day: 30)))
        #expect(first.cell(columnIndex: 6)?.value == .number(0.35))
        #expect(first.cell(columnIndex: 7)?.value == .boolean(true))
        #expect(first.cell(columnIndex: 8)?.value.text == "  前导空格")
        #expect(first.cell(columnIndex: 9)?.value.text == "加粗普通斜体")
        #expect(rows[2].cell(columnIndex: 5)?.value == .date(SpreadsheetDate(year: 2025, month: 12, day: 31, hour: 17, minute: 30)))
        #expect(rows[2].cell(columnIndex: 3)?.value.text == "“一网通办” & <跨省通办>")
        #expect(rows[3].cell(columnIndex: 3)?.value.text == "含\"引号\"的文本")
        #expect(rows[3].cell(columnIndex: 8)?.value.text == "第一行\n第二行\n第三行")
        #expect(rows[2].cell(columnIndex: 9)?.value == .inlineString("经济体制改革"))
    }

    @Test("the same ledger saved by LibreOffice: a shared string table, its date formats, formulas for booleans")
    func libreOfficeLedger() throws {
        // given
        let reader = try XLSXReader(url: TestSupport.fixture("libreoffice-ledger.xlsx"))
        // when
        let sheet = try reader.sheet(named: "改革台账")
        var rows: [XLSXRow] = []
        let merged = try reader.forEachRow(in: sheet) { row, _ in rows.append(row) }
        let table = try reader.table(for: sheet).fillingMergedRanges()
        // then
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden, .visible])
        #expect(reader.sharedStringCount > 10)
        #expect(Set(merged) == Set([CellRange("B2:B4")!, CellRange("B5:B6")!]))
        let first = rows[1]
        #expect(first.cell(columnIndex: 1)?.value == .sharedString("经济体制改革"))
        #expect(first.cell(columnIndex: 3)?.value == .sharedString("推进混合所有制改革\n分类推进"))
        #expect(first.cell(columnIndex: 5)?.value == .date(SpreadsheetDate(year: 2025, month: 6, day: 30)))
        #expect(first.cell(columnIndex: 6)?.value == .number(0.35))
        #expect(first.cell(columnIndex: 7)?.value == .boolean(true))
        #expect(first.cell(columnIndex: 8)?.value == .sharedString("  前导空格"))
        #expect(first.cell(columnIndex: 9)?.value == .sharedString("加粗普通斜体"))
        #expect(rows[2].cell(columnIndex: 5)?.value == .date(SpreadsheetDate(year: 2025, month: 12, day: 31, hour: 17, minute: 30)))
        #expect(rows[3].cell(columnIndex: 8)?.value == .sharedString("第一行\n第二行\n第三行"))
        #expect(table.rows.map { $0[1] } == ["领域", "经济体制改革", "经济体制改革", "经济体制改革", "民主法制领域改革", "民主法制领域改革"])
        #expect(table.rows.map { $0[5] } == ["完成时限", "2025-06-30", "2025-12-31 17:30:00", "2026-03-31", "2025-09-30", "2025-11-15"])
    }

    @Test("a merged 领域 is carried down to every row it covers")
    func mergedCarryDown() throws {
        // given
        let reader = try XLSXReader(url: TestSupport.fixture("openpyxl-ledger.xlsx"))
        let table = try reader.table(named: "改革台账")
        // when
        let filled = table.fillingMergedRanges()
        // then
        #expect(table.rows.map { $0[1] } == ["领域", "经济体制改革", "", "", "民主法制领域改革", ""])
        #expect(filled.rows.map { $0[1] } == ["领域", "经济体制改革", "经济体制改革", "经济体制改革", "民主法制领域改革", "民主法制领域改革"])
        #expect(filled.location(rowNumber: 4, columnIndex: 1).description == "Sheet 改革台账, row 4, column B")
    }

    @Test("a WPS-like file: prefixed elements, 年月日 and East Asian date formats, rich text with phonetics, formulas' cached values")
    func wpsLike() throws {
        // given
        let reader = try XLSXReader(url: TestSupport.fixture("wps-like.xlsx"))
        // when
        let sheet = try reader.sheet(named: "领域清单")
        var rows: [XLSXRow] = []
        let merged = try reader.forEachRow(in: sheet) { row, _ in rows.append(row) }
        // then
        #expect(reader.sheets.map(\.visibility) == [.visible, .veryHidden])
        #expect(reader.sheets[0].partPath == "xl/worksheets/sheet1.xml")
        #expect(merged == [CellRange("B2:B3")!])
        #expect(rows.map(\.number) == [1, 2, 3, 5])
        #expect(rows[0].texts == ["序号", "领域", "改革任务", "完成时限"])
        let second = rows[1]
        #expect(second.cell(columnIndex: 2)?.value == .sharedString("深化 国资国企 改革"))
        #expect(second.cell(columnIndex: 3)?.value == .date(SpreadsheetDate(year: 2025, month: 6, day: 30)))
        #expect(second.cell(columnIndex: 4)?.value == .number(0.25))
        #expect(second.cell(columnIndex: 5)?.value == .number(3))
        #expect(second.cell(columnIndex: 5)?.formula == "SUM(A2:A3)")
        #expect(second.cell(columnIndex: 6)?.value == .formulaString("经济体制改革-1"))
        #expect(second.cell(columnIndex: 6)?.formula == "B2&\"-\"&A2")
        let third = rows[2]
        #expect(third.cell(columnIndex: 1) == nil)
        #expect(third.cell(columnIndex: 2)?.value == .sharedString("第一行\n第二行"))
        #expect(third.cell(columnIndex: 3)?.value == .date(SpreadsheetDate(year: 2025, month: 8, day: 31, hour: 12)))
        #expect(third.cell(columnIndex: 4)?.value == .number(1.5), "an elapsed-time format is a duration, not a date")
        #expect(third.cell(columnIndex: 5)?.value == .error("#DIV/0!"))
        #expect(third.cell(columnIndex: 6)?.value == .boolean(true))
        #expect(rows[3].texts == ["无引用的单元格", "  保留空格  ", "-12.75"])
        #expect(try reader.table(named: "说明").rows.first?.cells == ["隐藏说明"])
    }

    @Test("reading can stop early, and errors from the caller's closure come through unchanged")
    func stopping() throws {
        // given
        struct CallerError: Error, Equatable {}
        let reader = try XLSXReader(url: TestSupport.fixture("openpyxl-ledger.xlsx"))
        let sheet = try reader.sheet(named: "改革台账")
        // when
        var seen = 0
        let merged = try reader.forEachRow(in: sheet) { _, stop in
            seen += 1
            stop = seen == 2
        }
        // then
        #expect(seen == 2)
        #expect(merged.isEmpty)
        #expect(throws: CallerError()) {
            try reader.forEachRow(in: sheet) { _, _ in throw CallerError() }
        }
        #expect(try reader.mergedRanges(in: sheet).count == 2)
    }

    @Test("an unknown sheet name is reported by name")
    func unknownSheet() throws {
        let reader = try XLSXReader(url: TestSupport.fixture("wps-like.xlsx"))
        #expect(throws: SpreadsheetError.sheetNotFound("不存在")) { try reader.sheet(named: "不存在") }
        #expect(try reader.sheet(named: "领域清单").index == 0)
    }
}
