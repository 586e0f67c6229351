/// One row of a table as text. `cells[0]` is column A; a row is as long as its last non-empty cell.
public struct TableRow: Sendable, Hashable {
    /// The row number as a spreadsheet shows it (for CSV, the record's position counting the header as row 1).
    public var number: Int
    /// For CSV, the physical line the record starts on (records with line breaks in quotes span several lines).
    public var line: Int?
    public var cells: [String]

    public init(number: Int, line: Int? = nil, cells: [String]) {
        self.number = number
        self.line = line
        self.cells = cells
    }

    /// The cell's text, or "" past the end of the row, so callers need no bounds checks.
    public subscript(columnIndex: Int) -> String {
        columnIndex >= 0 && columnIndex < cells.count ? cells[columnIndex] : ""
    }

    /// True when every cell is empty or only whitespace: such rows are usually skipped by importers.
    public var isBlank: Bool {
        cells.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}
