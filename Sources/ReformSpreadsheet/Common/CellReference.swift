/// One cell's address: a one-based row number as Excel shows it and a zero-based column index.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Excel's last row is 1,048,576; larger numbers are refused when parsing.
    public static let maximumRowNumber = 1_048_576

    public var row: Int
    public var columnIndex: Int

    public init(row: Int, columnIndex: Int) {
        self.row = row
        self.columnIndex = columnIndex
    }

    /// Parses "D12" (or "$D$12"); nil when it is not an A1-style reference.
    public init?(_ text: some StringProtocol) {
        // Parsed in one pass without building arrays: every cell of a sheet being read comes through here.
        var column = 0
        var letters = 0
        var row = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            if byte >= 48 && byte <= 57 {
                row = row * 10 + Int(byte - 48)
                digits += 1
                guard digits <= 7 else { return nil }
            } else if digits == 0 {
                let upper = byte & 0xDF
                guard upper >= 65, upper <= 90, letters < 3 else { return nil }
                column = column * 26 + Int(upper - 64)
                letters += 1
            } else {
                return nil
            }
        }
        guard digits > 0, letters > 0, row >= 1, row <= Self.maximumRowNumber,
            column <= ColumnName.maximumColumnCount
        else { return nil }
        self.init(row: row, columnIndex: column - 1)
    }

    public var columnLetters: String { ColumnName.letters(forIndex: columnIndex) }

    /// "D12".
    public var description: String { "\(columnLetters)\(row)" }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.columnIndex) < (rhs.row, rhs.columnIndex)
    }
}
