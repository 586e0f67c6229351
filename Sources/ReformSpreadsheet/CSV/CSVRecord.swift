/// One record of a CSV file.
public struct CSVRecord: Sendable, Hashable {
    /// The row as a spreadsheet would number it: the header is row 1, and blank lines count.
    public var row: Int
    /// The physical line the record starts on (a quoted field with line breaks spans several).
    public var line: Int
    public var fields: [String]

    public init(row: Int, line: Int, fields: [String]) {
        self.row = row
        self.line = line
        self.fields = fields
    }
}
