/// A place in a table for error messages: "Sheet 领域清单, row 12, column D".
public struct TableLocation: Sendable, Hashable, CustomStringConvertible {
    public var tableName: String
    public var kind: TableSourceKind
    public var row: Int
    /// The CSV line when it differs from the row (a record with line breaks inside quotes before it).
    public var line: Int?
    /// nil when the location is a whole row.
    public var columnIndex: Int?

    public init(tableName: String, kind: TableSourceKind, row: Int, line: Int? = nil, columnIndex: Int? = nil) {
        self.tableName = tableName
        self.kind = kind
        self.row = row
        self.line = line
        self.columnIndex = columnIndex
    }

    public var columnLetters: String? { columnIndex.map(ColumnName.letters(forIndex:)) }

    public var description: String {
        var text: String
        switch kind {
        case .xlsxSheet: text = "Sheet \(tableName), row \(row)"
        case .csvFile: text = "File \(tableName), row \(row)"
        }
        if let line, line != row { text += " (line \(line))" }
        if let columnLetters { text += ", column \(columnLetters)" }
        return text
    }
}
