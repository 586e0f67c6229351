import Foundation
import Testing

@testable import ReformSpreadsheet

@Suite("CSV reading")
struct CSVReaderTests {
    private static let ledger = "序号,领域,改革任务,备注\r\n1,经济体制改革,\"深化国资国企改革\r\n（第二行）\",\"含\"\"引号\"\"和,逗号\"\r\n2,民主法制,推进基层治理,\r\n"

    @Test("UTF-8 without a byte order mark")
    func utf8() throws {
        // given
        let reader = try CSVReader(data: Data(Self.ledger.utf8))
        // when
        let table = try reader.table(name: "台账.csv")
        // then
        #expect(reader.encoding == .utf8)
        #expect(!reader.hasByteOrderMark)
        #expect(reader.separator == ",")
        #expect(
            table.rows.map(\.cells) == [
                ["序号", "领域", "改革任务", "备注"],
                ["1", "经济体制改革", "深化国资国企改革\n（第二行）", "含\"引号\"和,逗号"],
                ["2", "民主法制", "推进基层治理", ""]
            ])
        #expect(table.rows.map(\.number) == [1, 2, 3])
        #expect(table.rows.map(\.line) == [1, 2, 4])
        #expect(table.raggedRows.isEmpty)
        #expect(table.location(row: table.rows[2], columnIndex: 2).description == "File 台账.csv, row 3 (line 4), column C")
    }

    @Test("UTF-8 with a byte order mark, as Excel's \"CSV UTF-8\" saves it")
    func utf8WithBOM() throws {
        let reader = try CSVReader(data: Data([0xEF, 0xBB, 0xBF] + Array(Self.ledger.utf8)))
        let table = try reader.table(name: "bom.csv")
        #expect(reader.hasByteOrderMark)
        #expect(reader.encoding == .utf8)
        #expect(table.rows[0].cells.first == "序号")
    }

    @Test("GB18030 as Excel and WPS on Chinese Windows save plain CSV")
    func gb18030() throws {
        // given: the bytes Excel writes in code page 936 (GBK ⊂ GB18030), including a 4-byte GB18030 character
        let text = Self.ledger + "3,𠀀生僻字,€符号,\r\n"
        let encoded = try #require(GB18030Text.encode(text))
        #expect(String(data: encoded, encoding: .utf8) == nil, "the fixture must not be valid UTF-8")
        // when
        let reader = try CSVReader(data: encoded)
        let table = try reader.table(name: "gbk.csv")
        // then
        #expect(reader.encoding == .gb18030)
        #expect(table.rows[1].cells[2] == "深化国资国企改革\n（第二行）")
        #expect(table.rows[3].cells == ["3", "𠀀生僻字", "€符号", ""])
    }

    @Test("GBK bytes written by hand decode to the characters they stand for")
    func gbkBytes() throws {
        // 中文 in GBK is D6 D0 CE C4.
        let table = try CSVReader(data: Data([0xD6, 0xD0, 0x2C, 0xCE, 0xC4, 0x0D, 0x0A])).table(name: "x.csv")
        #expect(table.rows.first?.cells == ["中", "文"])
    }

    @Test(
        "semicolons and tabs are sniffed from the header line, quoted separators aside",
        arguments: [
            ("a;b;\"c,d,e\"\n1;2;3\n", Character(";")), ("a\tb\t\"c,d\"\n1\t2\t3\n", Character("\t")), ("a,b\n1,2\n", Character(",")),
            ("只有一列\n值\n", Character(","))
        ])
    func separators(text: String, expected: Character) throws {
        let reader = try CSVReader(data: Data(text.utf8))
        let table = try reader.table(name: "x.csv")
        #expect(reader.separator == expected)
        #expect(table.raggedRows.isEmpty)
    }

    @Test("Excel's sep= line picks the separator and is not a row")
    func sepHint() throws {
        let reader = try CSVReader(data: Data("sep=;\r\n序号;领域\r\n1;经济\r\n".utf8))
        let table = try reader.table(name: "x.csv")
        #expect(reader.separator == ";")
        #expect(table.rows.map(\.cells) == [["序号", "领域"], ["1", "经济"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test("ragged rows are reported with their row and line; blank lines count but are skipped")
    func ragged() throws {
        let text = "a,b,c\n1,2,3\n\n1,2\n\"x\ny\",2,3,4\n1,2,3"
        let table = try CSVReader(data: Data(text.utf8)).table(name: "x.csv")
        #expect(table.rows.map(\.number) == [1, 2, 4, 5, 6])
        #expect(
            table.raggedRows == [
                RaggedRow(row: 4, line: 4, fieldCount: 2, expectedFieldCount: 3),
                RaggedRow(row: 5, line: 5, fieldCount: 4, expectedFieldCount: 3)
            ])
        #expect(table.rows.last?.line == 7)
    }

    @Test("quotes as Excel reads them: stray quotes inside a field and text after a closing quote are kept")
    func lenientQuotes() throws {
        let table = try CSVReader(data: Data("a,b\n他说\"好\",\"x\"y\n".utf8)).table(name: "x.csv")
        #expect(table.rows[1].cells == ["他说\"好\"", "xy"])
    }

    @Test("an unclosed quote names the line where it opened")
    func unterminated() {
        #expect(throws: SpreadsheetError.unterminatedQuote(line: 2)) {
            try CSVReader(data: Data("a,b\n1,\"never\nclosed".utf8)).table(name: "x.csv")
        }
    }

    @Test("UTF-16 \"Unicode Text\" with tabs")
    func utf16() throws {
        let text = "序号\t领域\r\n1\t经济\r\n"
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian)!)
        let reader = try CSVReader(data: data)
        let table = try reader.table(name: "u.txt")
        #expect(reader.encoding == .utf16)
        #expect(reader.separator == "\t")
        #expect(table.rows.map(\.cells) == [["序号", "领域"], ["1", "经济"]])
    }

    @Test("a file is streamed in chunks: records across chunk boundaries are whole")
    func largeFile() throws {
        // given: more than one 256 KiB chunk, with a multi-line quoted field in every record
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.csv")
        var text = "序号,内容\n"
        for index in 1...20_000 { text += "\(index),\"第\(index)行\n续行，含逗号\"\n" }
        try Data(text.utf8).write(to: url)
        // when
        var count = 0
        var lastLine = 0
        try CSVReader(url: url).forEachRecord { record, _ in
            if record.row > 1 {
                #expect(record.fields == [String(record.row - 1), "第\(record.row - 1)行\n续行，含逗号"])
            }
            count += 1
            lastLine = record.line
        }
        // then
        #expect(count == 20_001)
        #expect(lastLine == 2 + 2 * 19_999)
    }
}
