import Foundation
import Testing

@testable import ReformSpreadsheet

/// Random and damaged inputs must give an error, never a crash or a hang. Seeds are fixed so any failure
/// replays exactly.
@Suite("Malformed and truncated inputs")
struct MalformedInputTests {
    /// Reads everything a caller could read; returns normally or throws.
    private func readAll(_ data: Data) throws {
        let reader = try XLSXReader(data: data)
        for sheet in reader.sheets {
            _ = try reader.table(for: sheet)
        }
    }

    private func readAllCSV(_ data: Data) throws {
        _ = try CSVReader(data: data).table(name: "fuzz.csv")
    }

    @Test("random bytes are not a workbook", arguments: 1...3)
    func randomBytes(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let count = Int.random(in: 0...4096, using: &generator)
            var bytes = generator.bytes(count)
            // Half the inputs start like a zip so they reach the zip reader, not only the first check.
            if bytes.count >= 4 && Bool.random(using: &generator) { bytes.replaceSubrange(0..<4, with: [0x50, 0x4B, 0x03, 0x04]) }
            #expect(throws: SpreadsheetError.self) { try readAll(Data(bytes)) }
        }
    }

    @Test("every truncation of a real workbook is refused cleanly", arguments: ["wps-like.xlsx", "openpyxl-ledger.xlsx"])
    func truncations(fixture: String) throws {
        let data = try Data(contentsOf: TestSupport.fixture(fixture))
        for length in stride(from: 0, to: data.count, by: 7) {
            #expect(throws: SpreadsheetError.self) { try readAll(data.prefix(length)) }
        }
    }

    @Test("flipped bytes in a real workbook give an error or a result, never a crash", arguments: 1...2)
    func flippedBytes(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let original = try [UInt8](Data(contentsOf: TestSupport.fixture("wps-like.xlsx")))
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            do {
                try readAll(Data(bytes))
            } catch let error as SpreadsheetError {
                #expect(!error.description.isEmpty)
            } catch {
                Issue.record("an error that is not a SpreadsheetError: \(error)")
            }
        }
    }

    @Test("random bytes and truncated CSV give records or an error", arguments: 1...3)
    func csv(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array("序号,领域;\"\t\r\n改革 a\"\"".utf8) + [0xD6, 0xD0, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF]
        for _ in 0..<300 {
            let count = Int.random(in: 0...512, using: &generator)
            let bytes =
                Bool.random(using: &generator)
                ? generator.bytes(count)
                : (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            do {
                try readAllCSV(Data(bytes))
            } catch let error as SpreadsheetError {
                #expect(!error.description.isEmpty)
            } catch {
                Issue.record("an error that is not a SpreadsheetError: \(error)")
            }
        }
        let csv = Data("序号,领域,备注\r\n1,经济,\"多行\r\n备注\"\r\n2,\"含\"\"引号\"\"\",x\r\n".utf8)
        for length in 0...csv.count {
            do {
                _ = try CSVReader(data: csv.prefix(length)).table(name: "cut.csv")
            } catch let error as SpreadsheetError {
                #expect(error == .unterminatedQuote(line: 2) || error == .unterminatedQuote(line: 4))
            }
        }
    }
}
