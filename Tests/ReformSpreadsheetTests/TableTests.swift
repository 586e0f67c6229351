import Testing

@testable import ReformSpreadsheet

@Suite("Table")
struct TableTests {
    @Test("merged ranges fill across columns and into rows that had no content")
    func fill() {
        // given: 领域 merged over rows 2–4 (row 3 has nothing else), 牵头单位 merged over C4:D4
        let table = Table(
            name: "台账", kind: .xlsxSheet,
            rows: [
                TableRow(number: 1, cells: ["序号", "领域", "牵头单位", "参与单位"]),
                TableRow(number: 2, cells: ["1", "经济"]),
                TableRow(number: 4, cells: ["3", "", "发改委"])
            ], mergedRanges: [CellRange("B2:B4")!, CellRange("C4:D4")!])
        // when
        let filled = table.fillingMergedRanges()
        // then
        #expect(filled.rows.map(\.number) == [1, 2, 3, 4])
        #expect(filled.rows[2].cells == ["", "经济"])
        #expect(filled.rows[3].cells == ["3", "经济", "发改委", "发改委"])
        #expect(filled.row(number: 3)?[1] == "经济")
        #expect(filled.row(number: 5) == nil)
    }

    @Test("locations read the way a person finds the cell")
    func locations() {
        let sheet = TableLocation(tableName: "领域清单", kind: .xlsxSheet, row: 12, columnIndex: 3)
        let csv = TableLocation(tableName: "台账.csv", kind: .csvFile, row: 12, line: 12, columnIndex: 27)
        let wholeRow = TableLocation(tableName: "领域清单", kind: .xlsxSheet, row: 5)
        #expect(sheet.description == "Sheet 领域清单, row 12, column D")
        #expect(csv.description == "File 台账.csv, row 12, column AB")
        #expect(wholeRow.description == "Sheet 领域清单, row 5")
    }

    @Test("a row reads \"\" past its end and knows when it is blank")
    func rows() {
        let row = TableRow(number: 3, cells: ["a", " ", ""])
        #expect(row[0] == "a")
        #expect(row[10] == "")
        #expect(row[-1] == "")
        #expect(!row.isBlank)
        #expect(TableRow(number: 4, cells: [" ", "\u{3000}", ""]).isBlank)
    }
}
