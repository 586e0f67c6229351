import Foundation
import Testing

@testable import ReformSpreadsheet

@Suite("CSV writing")
struct CSVWriterTests {
    @Test("UTF-8 with a byte order mark, CRLF, quoting only where needed")
    func format() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.csv")
        let writer = try CSVWriter(url: url)
        // when
        try writer.writeRow(["序号", "领域", "备注"])
        try writer.writeRow(["1", "经济,体制", "含\"引号\"\n换行"])
        try writer.writeRow(["2", " 前导空格", ""])
        try writer.finish()
        // then
        let bytes = try [UInt8](Data(contentsOf: url))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: bytes.dropFirst(3), as: UTF8.self)
                == "序号,领域,备注\r\n1,\"经济,体制\",\"含\"\"引号\"\"\n换行\"\r\n2,\" 前导空格\",\r\n")
    }

    @Test("the row encoder gives the writer's bytes, for streaming rows elsewhere")
    func rowEncoder() throws {
        // given
        let encoder = CSVRowEncoder(neutralizesFormulas: true)
        var bytes: [UInt8] = []
        // when
        encoder.append(["1", "经济,体制", "含\"引号\"\n换行"], to: &bytes)
        encoder.append(["=1+1", " 前导空格", ""], to: &bytes)
        // then
        #expect(String(decoding: bytes, as: UTF8.self) == "1,\"经济,体制\",\"含\"\"引号\"\"\n换行\"\r\n'=1+1,\" 前导空格\",\r\n")
        #expect(CSVRowEncoder.byteOrderMark == [0xEF, 0xBB, 0xBF])
    }

    @Test("what the writer writes, the reader reads back", arguments: [Character(","), Character(";"), Character("\t")])
    func roundTrip(separator: Character) throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("round.csv")
        let rows = [["序号", "改革任务", "备注"], ["1", "a,b;c\td", "\"全\"引号\""], ["2", "多\n行", "&<>"], ["3", "", "末尾"]]
        let writer = try CSVWriter(url: url, separator: separator)
        for row in rows { try writer.writeRow(row) }
        try writer.finish()
        // when
        let reader = try CSVReader(url: url)
        let table = try reader.table(name: "round.csv")
        // then
        #expect(reader.separator == separator)
        #expect(reader.hasByteOrderMark)
        #expect(table.rows.map(\.cells) == rows)
    }

    @Test("formula-looking fields can be neutralised against CSV injection")
    func neutralise() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("safe.csv")
        let writer = try CSVWriter(url: url, neutralizesFormulas: true)
        try writer.writeRow(["=HYPERLINK(\"x\")", "+1", "正常"])
        try writer.finish()
        let table = try CSVReader(url: url).table(name: "safe.csv")
        #expect(table.rows[0].cells == ["'=HYPERLINK(\"x\")", "'+1", "正常"])
    }

    @Test("a writer on a file handle flushes to it and leaves it open")
    func fileHandle() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("handle.csv")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let writer = CSVWriter(fileHandle: handle)
        try writer.writeRow(["a", "b"])
        try writer.finish()
        try handle.write(contentsOf: Data("x,y\r\n".utf8))
        try handle.close()
        #expect(try CSVReader(url: url).table(name: "h.csv").rows.map(\.cells) == [["a", "b"], ["x", "y"]])
    }
}
