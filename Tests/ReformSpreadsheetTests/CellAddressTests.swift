import Testing

@testable import ReformSpreadsheet

@Suite("Column letters, cell references and ranges")
struct CellAddressTests {
    @Test("column letters run A…Z, AA…AZ, … XFD and back")
    func columnLetters() {
        // given
        let samples: [(Int, String)] = [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")]
        for (index, letters) in samples {
            // when
            let written = ColumnName.letters(forIndex: index)
            let read = ColumnName.index(forLetters: letters)
            // then
            #expect(written == letters)
            #expect(read == index)
        }
        #expect(ColumnName.index(forLetters: "xfd") == 16_383)
        #expect(ColumnName.index(forLetters: "XFE") == nil)
        #expect(ColumnName.index(forLetters: "A1") == nil)
        #expect(ColumnName.index(forLetters: "") == nil)
    }

    @Test("every column index survives letters and back")
    func columnRoundTrip() {
        for index in 0..<ColumnName.maximumColumnCount {
            #expect(ColumnName.index(forLetters: ColumnName.letters(forIndex: index)) == index)
        }
    }

    @Test("cell references parse A1 and $A$1 and refuse anything else")
    func references() {
        // given / when
        let plain = CellReference("D12")
        let absolute = CellReference("$AA$3")
        // then
        #expect(plain == CellReference(row: 12, columnIndex: 3))
        #expect(plain?.description == "D12")
        #expect(absolute == CellReference(row: 3, columnIndex: 26))
        for bad in ["", "12", "D", "D0", "1D", "D12X", "D1048577", "ABCD1"] {
            #expect(CellReference(bad) == nil, "\(bad) should not parse")
        }
    }

    @Test("ranges order their corners and know what they contain")
    func ranges() throws {
        // given
        let range = try #require(CellRange("C7:A3"))
        // then
        #expect(range.description == "A3:C7")
        #expect(range.rowCount == 5)
        #expect(range.columnCount == 3)
        #expect(range.contains(CellReference(row: 5, columnIndex: 1)))
        #expect(!range.contains(CellReference(row: 8, columnIndex: 1)))
        #expect(CellRange("B2")?.description == "B2")
        #expect(CellRange("A1:B2:C3") == nil)
    }
}
