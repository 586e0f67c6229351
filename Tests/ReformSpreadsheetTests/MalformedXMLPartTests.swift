import Foundation
import Testing

@testable import ReformSpreadsheet

/// Byte flips in a zip mostly break the deflate stream and stop at the checksum, so the XML handlers are
/// fuzzed here directly: real parts, mutated and cut (seeded), through the same tokenizer and handlers the
/// reader uses. Each run must end in a result or an error, never a crash or a hang.
@Suite("Malformed XML parts")
struct MalformedXMLPartTests {
    private static func part(_ path: String, of fixture: String) throws -> [UInt8] {
        try [UInt8](ZipInspector.data(of: path, in: TestSupport.fixture(fixture)))
    }

    private static func mutate(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        let interesting = Array("<>/\"'&;=:x#".utf8) + [0x00, 0x0D, 0xFF, 0xE4]
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            let index = Int.random(in: 0..<result.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: result[index] = interesting.randomElement(using: &generator)!
            case 1: result[index] = UInt8.random(in: 0...255, using: &generator)
            case 2: result.remove(at: index)
            default: result.insert(interesting.randomElement(using: &generator)!, at: index)
            }
        }
        if Bool.random(using: &generator) { result = Array(result.prefix(Int.random(in: 0...result.count, using: &generator))) }
        return result
    }

    /// Feeds bytes in random chunk sizes; returns normally or throws.
    private static func run<Handler: XMLEventHandler>(_ bytes: [UInt8], _ handler: inout Handler, using generator: inout SeededGenerator) throws {
        var tokenizer = XMLStreamTokenizer()
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + Int.random(in: 1...512, using: &generator))
            try tokenizer.feed(bytes: Array(bytes[offset..<end]), into: &handler)
            offset = end
        }
        try tokenizer.finish(&handler)
    }

    @Test("mutated worksheets give rows or an error", arguments: [("wps-like.xlsx", UInt64(11)), ("libreoffice-ledger.xlsx", UInt64(12))])
    func worksheets(fixture: String, seed: UInt64) throws {
        // given
        let original = try Self.part("xl/worksheets/sheet1.xml", of: fixture)
        var generator = SeededGenerator(seed: seed)
        var outcomes = (rows: 0, errors: 0)
        for _ in 0..<400 {
            let bytes = Self.mutate(original, using: &generator)
            var rows = 0
            var handler = WorksheetHandler(
                part: "xl/worksheets/sheet1.xml", sheetName: "Sheet1", sharedStrings: ["a", "b", "c"], sharedStringLengths: [1, 1, 1],
                dateStyles: [false, true], uses1904DateSystem: false, limits: .standard
            ) { _ in
                rows += 1
                return false
            }
            // when
            do {
                try Self.run(bytes, &handler, using: &generator)
                outcomes.rows += 1
            } catch is XMLTokenizerError {
                outcomes.errors += 1
            } catch is SpreadsheetError {
                outcomes.errors += 1
            }
        }
        // then: both kinds of outcome happen, so the mutations reach past the first check
        #expect(outcomes.errors > 0)
        #expect(outcomes.rows + outcomes.errors == 400)
    }

    @Test("mutated shared strings, styles, workbook and relationships give a result or an error")
    func smallParts() throws {
        var generator = SeededGenerator(seed: 21)
        let strings = try Self.part("xl/sharedStrings.xml", of: "wps-like.xlsx")
        let styles = try Self.part("xl/styles.xml", of: "wps-like.xlsx")
        let workbook = try Self.part("xl/workbook.xml", of: "wps-like.xlsx")
        let relationships = try Self.part("xl/_rels/workbook.xml.rels", of: "wps-like.xlsx")
        for _ in 0..<300 {
            var stringsHandler = SharedStringsHandler()
            var stylesHandler = StylesHandler()
            var workbookHandler = WorkbookHandler()
            var relationshipsHandler = RelationshipsHandler()
            try? Self.run(Self.mutate(strings, using: &generator), &stringsHandler, using: &generator)
            try? Self.run(Self.mutate(styles, using: &generator), &stylesHandler, using: &generator)
            try? Self.run(Self.mutate(workbook, using: &generator), &workbookHandler, using: &generator)
            try? Self.run(Self.mutate(relationships, using: &generator), &relationshipsHandler, using: &generator)
            _ = stylesHandler.dateStyles
        }
        // Reaching here without a trap is the check; the unmutated parts still parse to what they hold.
        var handler = SharedStringsHandler()
        try Self.run(strings, &handler, using: &generator)
        #expect(handler.strings.count == 8)
    }
}
