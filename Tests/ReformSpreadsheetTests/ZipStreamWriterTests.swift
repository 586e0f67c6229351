import Foundation
import Testing
import ZIPFoundation

@testable import ReformSpreadsheet

@Suite("the streaming zip writer behind XLSXWriter")
struct ZipStreamWriterTests {
    /// Bytes that deflate well (XML-like) followed by bytes that do not (a seeded pseudo-random run).
    static func sample(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var row = 0
        while bytes.count < count / 2 {
            bytes.append(contentsOf: Array("<row r=\"\(row)\"><c s=\"2\" t=\"inlineStr\"><is><t>改革任务 \(row)</t></is></c></row>".utf8))
            row += 1
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        while bytes.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        return bytes
    }

    static func write(
        _ entries: [(String, [UInt8])], to url: URL, zip64Threshold: UInt64 = 0xFFFF_FFFF,
        zip64EntryCount: Int = 0xFFFF
    ) throws {
        let zip = try ZipStreamWriter(url: url, zip64Threshold: zip64Threshold, zip64EntryCount: zip64EntryCount)
        for (name, data) in entries {
            try zip.beginEntry(name)
            // In uneven pieces, as a sheet arrives.
            var start = 0
            var step = 1
            while start < data.count {
                let end = min(start + step, data.count)
                try data[start..<end].withUnsafeBytes { try zip.write($0) }
                start = end
                step = step * 3 + 7
            }
            try zip.endEntry()
        }
        try zip.finish()
    }

    /// Python's zipfile: every entry's CRC checked (`testzip`) and its bytes compared with `expected`.
    static func checkWithPython(_ url: URL, expected: [(String, [UInt8])]) throws {
        guard let python = ExternalTool.find("python3") else { return }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var names: [String] = []
        for (index, (name, data)) in expected.enumerated() {
            try Data(data).write(to: folder.appendingPathComponent("\(index)"))
            names.append(name)
        }
        let script = """
            import sys, zipfile, json
            path, folder, names = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
            with zipfile.ZipFile(path) as z:
                bad = z.testzip()
                assert bad is None, "bad CRC in " + str(bad)
                assert z.namelist() == names, z.namelist()
                for i, name in enumerate(names):
                    assert z.read(name) == open(folder + "/" + str(i), "rb").read(), name
            print("ok")
            """
        let namesJSON = String(decoding: try JSONEncoder().encode(names), as: UTF8.self)
        let output = try ExternalTool.run(python, ["-c", script, url.path, folder.path, namesJSON])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("ok"))
    }

    @Test("an empty entry, a small one and one over 64 KiB read back with their CRCs checked (ZIPFoundation and Python)")
    func entriesReadBack() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("t.zip")
        let entries: [(String, [UInt8])] = [
            ("empty.xml", []),
            ("small.xml", Array("<a>改革</a>".utf8)),
            ("xl/worksheets/sheet1.xml", Self.sample(count: 3 * 1024 * 1024 + 17))
        ]

        // when
        try Self.write(entries, to: url)

        // then: ZIPFoundation checks each entry's CRC-32 as it extracts
        #expect(try ZipInspector.entries(of: url) == entries.map(\.0))
        for (name, data) in entries {
            #expect(try ZipInspector.data(of: name, in: url) == Data(data), "\(name)")
        }
        try Self.checkWithPython(url, expected: entries)
    }

    @Test("ZIP64 records (forced by low thresholds) read back in Python")
    func zip64Records() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("t64.zip")
        let entries: [(String, [UInt8])] = [
            ("a.xml", Self.sample(count: 70_000)),
            ("b.xml", []),
            ("c.xml", Array("<c/>".utf8))
        ]

        // when: every size and offset counts as over 4 GiB, and 2 entries as over 65,535
        try Self.write(entries, to: url, zip64Threshold: 0, zip64EntryCount: 2)

        // then
        try Self.checkWithPython(url, expected: entries)
        let bytes = try Data(contentsOf: url)
        #expect(bytes.range(of: Data([0x50, 0x4b, 0x06, 0x06])) != nil, "ZIP64 end of central directory record")
        #expect(bytes.range(of: Data([0x50, 0x4b, 0x06, 0x07])) != nil, "ZIP64 locator")
    }

    @Test("misuse is refused: data with no entry, two entries open, finishing with one open")
    func misuse() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zip = try ZipStreamWriter(url: folder.appendingPathComponent("m.zip"))
        #expect(throws: SpreadsheetError.self) { try zip.write([1, 2, 3]) }
        try zip.beginEntry("a")
        #expect(throws: SpreadsheetError.self) { try zip.beginEntry("b") }
        #expect(throws: SpreadsheetError.self) { try zip.finish() }
        try zip.endEntry()
        try zip.finish()
    }

    @Test("a workbook with an empty sheet and one of several MiB (many chunks through the deflate thread) reads back")
    func workbookThroughTheThread() throws {
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.xlsx")
        let writer = try XLSXWriter(destination: url)
        try writer.addSheet(name: "空", columns: [])
        try writer.addSheet(name: "大", columns: [ColumnSpec("序号"), ColumnSpec("改革任务", width: 30)])
        let rowCount = 60_000
        for row in 1...rowCount {
            try writer.appendRow([.integer(row), .text("深化国资国企改革，第\(row)项")])
        }
        try writer.finish()

        // when
        let reader = try XLSXReader(url: url)
        var emptyRows = 0
        try reader.forEachRow(in: try reader.sheet(named: "空")) { _, _ in emptyRows += 1 }
        var count = 0
        var last: XLSXRow?
        try reader.forEachRow(in: try reader.sheet(named: "大")) { row, _ in
            count += 1
            last = row
        }

        // then
        #expect(reader.sheets.map(\.name) == ["空", "大"])
        #expect(emptyRows == 0)
        #expect(count == rowCount + 1)
        #expect(last?.number == rowCount + 1)
        #expect(last?.cell(columnIndex: 0)?.value == .number(Double(rowCount)))
        #expect(last?.cell(columnIndex: 1)?.value == .inlineString("深化国资国企改革，第\(rowCount)项"))
        #expect(try ZipInspector.data(of: "xl/worksheets/sheet2.xml", in: url).count > 2 * 1024 * 1024)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["big.xlsx"])
    }
}
