/// A sheet or a CSV file as rows of text, the one shape the importer reads whatever the format.
/// Row numbers and column letters are kept so every error can point at the cell a person sees.
public struct Table: Sendable, Hashable {
    public var name: String
    public var kind: TableSourceKind
    /// Rows in order; rows that hold nothing are left out, so numbers may skip.
    public var rows: [TableRow]
    /// Merged ranges (xlsx only); the value sits in the top-left cell of each.
    public var mergedRanges: [CellRange]
    /// CSV records whose field count differs from the header's (empty for xlsx).
    public var raggedRows: [RaggedRow]

    public init(
        name: String, kind: TableSourceKind, rows: [TableRow], mergedRanges: [CellRange] = [],
        raggedRows: [RaggedRow] = []
    ) {
        self.name = name
        self.kind = kind
        self.rows = rows
        self.mergedRanges = mergedRanges
        self.raggedRows = raggedRows
    }

    /// The widest row's cell count.
    public var columnCount: Int { rows.reduce(0) { max($0, $1.cells.count) } }

    /// The row with that spreadsheet row number, if it has any content.
    public func row(number: Int) -> TableRow? {
        // Rows are sorted by number, so a binary search keeps lookups cheap on large sheets.
        var low = 0
        var high = rows.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let candidate = rows[middle].number
            if candidate == number { return rows[middle] }
            if candidate < number { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// Where a cell is, worded for people.
    public func location(row: TableRow, columnIndex: Int? = nil) -> TableLocation {
        TableLocation(tableName: name, kind: kind, row: row.number, line: row.line, columnIndex: columnIndex)
    }

    public func location(rowNumber: Int, columnIndex: Int? = nil) -> TableLocation {
        if let row = row(number: rowNumber) { return location(row: row, columnIndex: columnIndex) }
        return TableLocation(tableName: name, kind: kind, row: rowNumber, columnIndex: columnIndex)
    }

    /// A copy where every cell of a merged range holds the range's top-left value. Ledgers merge 领域 or
    /// 牵头单位 down over the rows they cover; after this each row carries its own value.
    public func fillingMergedRanges() -> Table {
        guard !mergedRanges.isEmpty else { return self }
        var copy = self
        var indexByNumber: [Int: Int] = [:]
        for (index, row) in copy.rows.enumerated() { indexByNumber[row.number] = index }
        for range in mergedRanges where range.rowCount * range.columnCount > 1 {
            guard let topIndex = indexByNumber[range.start.row] else { continue }
            let value = copy.rows[topIndex][range.start.columnIndex]
            guard !value.isEmpty else { continue }
            for number in range.start.row...range.end.row {
                let rowIndex: Int
                if let existing = indexByNumber[number] {
                    rowIndex = existing
                } else {
                    // A covered row with no content of its own still belongs to the range: add it in order.
                    let insertAt = copy.rows.firstIndex { $0.number > number } ?? copy.rows.count
                    copy.rows.insert(TableRow(number: number, cells: []), at: insertAt)
                    for (index, row) in copy.rows.enumerated() where index >= insertAt { indexByNumber[row.number] = index }
                    rowIndex = insertAt
                }
                for column in range.start.columnIndex...range.end.columnIndex {
                    var cells = copy.rows[rowIndex].cells
                    if cells.count <= column { cells.append(contentsOf: repeatElement("", count: column + 1 - cells.count)) }
                    cells[column] = value
                    copy.rows[rowIndex].cells = cells
                }
            }
        }
        return copy
    }
}
