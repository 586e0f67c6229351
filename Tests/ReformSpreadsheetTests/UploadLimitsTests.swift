import Foundation
import Testing
import ZIPFoundation

@testable import ReformSpreadsheet

/// Zip bombs and their kin, built in memory: each is stopped at the limit it passes, with the part or sheet named.
@Suite("Upload limits: what a workbook may expand to")
struct UploadLimitsTests {
    static let sheetPart = "xl/worksheets/sheet1.xml"

    /// The issue's file: one inline string of 200 MB in a zip of about 200 KB.
    static func oneHugeCell() throws -> Data {
        try BombZip.workbook(
            sheet: BombZip.Part(
                path: sheetPart, head: #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#, repeated: "a",
                count: 200 * 1024 * 1024, tail: "</t></is></c></row></sheetData></worksheet>"))
    }

    @Test("one cell of 200 MB in a file of a few hundred KB is stopped by the ratio at 100 times its compressed size")
    func oneHugeCellStopped() throws {
        // given
        let data = try Self.oneHugeCell()
        #expect(data.count < 400 * 1024)
        let looks = Looks()
        let budget = UploadBudget { looks.next() > 200 }
        // when / then: stopped about 20 MB in, long before the 800 chunks of 256 KB the cell would take (the clock is
        // looked at once a chunk: a reading past 200 chunks would end with the time limit instead)
        #expect(throws: UploadLimitExceeded.compressionRatio(part: Self.sheetPart, limit: 100)) {
            try XLSXReader(data: data, budget: budget).visibleTables()
        }
    }

    @Test("the same cell, its zip claiming 1 KB, is stopped by the ratio at 100 times its compressed size, not at 200 MB")
    func oneHugeCellLying() throws {
        // given
        let lying = BombZip.declaringSize(1024, in: try Self.oneHugeCell())
        #expect(try Archive(data: lying, accessMode: .read)[Self.sheetPart]?.uncompressedSize == 1024)
        let looks = Looks()
        let budget = UploadBudget { looks.next() > 200 }
        // when / then: stopped by the ratio (about 20 MB in), long before the 800 chunks of 256 KB the cell would take
        // (the clock is looked at once a chunk: a reading past 200 chunks would end with the time limit instead)
        #expect(throws: UploadLimitExceeded.compressionRatio(part: Self.sheetPart, limit: 100)) {
            try XLSXReader(data: lying, budget: budget).visibleTables()
        }
    }

    @Test("a part that lies about its size in the zip's directory is still stopped while it inflates")
    func lyingHeader() throws {
        // given: 20 MB of cells whose headers declare 1 KB
        let honest = try BombZip.workbook(sheet: BombZip.sheet(repeating: #"<c t="inlineStr"><is><t>甲</t></is></c>"#, count: 600_000))
        let lying = BombZip.declaringSize(1024, in: honest)
        #expect(try Archive(data: lying, accessMode: .read)[Self.sheetPart]?.uncompressedSize == 1024)
        let limits = UploadLimits(maxPartBytes: 2 * 1024 * 1024, maxCompressionRatio: 100_000)
        // when / then
        #expect(throws: UploadLimitExceeded.partBytes(part: Self.sheetPart, limit: 2 * 1024 * 1024)) {
            try XLSXReader(data: lying, budget: UploadBudget(limits: limits)).visibleTables()
        }
    }

    @Test("a part past the size limit is stopped at the limit")
    func partTooLarge() throws {
        let data = try BombZip.workbook(sheet: BombZip.sheet(repeating: "<c/>", count: 100_000))
        let limits = UploadLimits(maxPartBytes: 64 * 1024, maxCompressionRatio: 100_000)
        let budget = UploadBudget(limits: limits)
        #expect(throws: UploadLimitExceeded.partBytes(part: Self.sheetPart, limit: 64 * 1024)) {
            try XLSXReader(data: data, budget: budget).visibleTables()
        }
    }

    @Test("the parts together may not pass the total")
    func total() throws {
        // given: a sheet and shared strings of about 300 KB each, a total of 400 KB
        let data = try BombZip.workbook(
            sheet: BombZip.sheet(repeating: #"<c t="s"><v>0</v></c>"#, count: 15_000),
            sharedStrings: BombZip.Part(path: "xl/sharedStrings.xml", head: "<sst><si><t>", repeated: "乙", count: 100_000, tail: "</t></si></sst>"))
        let limits = UploadLimits(maxTotalBytes: 400 * 1024, maxCompressionRatio: 100_000)
        // when / then: the shared strings are read when the workbook opens, the sheet passes the total
        let reader = try XLSXReader(data: data, budget: UploadBudget(limits: limits))
        #expect(throws: UploadLimitExceeded.totalBytes(limit: 400 * 1024)) { try reader.visibleTables() }
    }

    @Test("cells with a value past the limit stop the sheet; empty ones cost only their bytes")
    func cells() throws {
        let data = try BombZip.workbook(sheet: BombZip.sheet(repeating: "<c><v>1</v></c>", count: 1_001))
        let empty = try BombZip.workbook(sheet: BombZip.sheet(repeating: "<c/>", count: 5_000))
        let limits = UploadLimits(maxCellsPerSheet: 1_000)
        #expect(try XLSXReader(data: empty, budget: UploadBudget(limits: limits)).visibleTables().count == 1)
        #expect(throws: UploadLimitExceeded.cells(sheet: "Sheet1", limit: 1_000)) {
            try XLSXReader(data: data, budget: UploadBudget(limits: limits)).visibleTables()
        }
        #expect(try XLSXReader(data: data).visibleTables().count == 1)
    }

    @Test("a long shared string named by many cells counts each time: the sheet's text passes the limit")
    func sharedStringReferences() throws {
        // given: one string of 1,000 characters, named by 100 cells (100,000 characters of text from a tiny file)
        let data = try BombZip.workbook(
            sheet: BombZip.sheet(repeating: #"<c t="s"><v>0</v></c>"#, count: 100),
            sharedStrings: BombZip.Part(path: "xl/sharedStrings.xml", head: "<sst><si><t>", repeated: "丙", count: 1_000, tail: "</t></si></sst>"))
        let limits = UploadLimits(maxCharactersPerSheet: 50_000)
        // when / then
        #expect(throws: UploadLimitExceeded.characters(sheet: "Sheet1", limit: 50_000)) {
            try XLSXReader(data: data, budget: UploadBudget(limits: limits)).visibleTables()
        }
        let table = try XLSXReader(data: data).table(named: "Sheet1")
        #expect(table.rows.first?.cells.count == 100)
    }

    @Test("the shared string table alone may hold no more text than a sheet")
    func sharedStringTable() throws {
        let data = try BombZip.workbook(
            sheet: BombZip.sheet(repeating: "<c/>", count: 1),
            sharedStrings: BombZip.Part(path: "xl/sharedStrings.xml", head: "<sst>", repeated: "<si><t>丁丁丁丁</t></si>", count: 1_000, tail: "</sst>"))
        let limits = UploadLimits(maxCharactersPerSheet: 3_000)
        #expect(throws: UploadLimitExceeded.characters(sheet: "xl/sharedStrings.xml", limit: 3_000)) {
            try XLSXReader(data: data, budget: UploadBudget(limits: limits))
        }
    }

    @Test("reading stops when the caller's time is up")
    func time() throws {
        // given: a deadline that passes on the third look
        let data = try BombZip.workbook(sheet: BombZip.sheet(repeating: "<c/>", count: 10))
        let looks = Looks()
        let budget = UploadBudget(limits: UploadLimits(maxDryRunSeconds: 7)) { looks.next() > 2 }
        // when / then
        #expect(throws: UploadLimitExceeded.time(seconds: 7)) { try XLSXReader(data: data, budget: budget).visibleTables() }
    }

    @Test("a CSV file of commas is millions of empty cells: refused at the limit")
    func csvCells() throws {
        let data = Data(String(repeating: ",", count: 5_000).utf8)
        #expect(throws: UploadLimitExceeded.cells(sheet: "commas.csv", limit: 1_000)) {
            try CSVReader(data: data).table(name: "commas.csv", limits: UploadLimits(maxCellsPerSheet: 1_000))
        }
        #expect(try CSVReader(data: data).table(name: "commas.csv").rows.first?.cells.count == 5_001)
    }

    @Test("the fixtures read within the standard limits, and the messages name the limit")
    func fixturesAndMessages() throws {
        for name in ["wps-like.xlsx"] {
            _ = try XLSXReader(url: try TestSupport.fixture(name), budget: UploadBudget(limits: .standard)).visibleTables()
        }
        #expect(
            UploadLimitExceeded.partBytes(part: Self.sheetPart, limit: 128 * 1024 * 1024).description
                == "xl/worksheets/sheet1.xml expands past the limit of 128 MB per part")
        #expect(UploadLimitExceeded.size(1536 * 1024) == "1.5 MB")
    }
}

/// Counts how often the deadline is looked at.
final class Looks: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func next() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}
