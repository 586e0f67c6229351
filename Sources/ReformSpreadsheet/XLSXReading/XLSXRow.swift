/// One row of a sheet with the cells that hold values, in column order.
public struct XLSXRow: Sendable, Hashable {
    /// The row number as Excel shows it (one-based).
    public var number: Int
    public var cells: [XLSXCell]

    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in that zero-based column, if it holds a value.
    public func cell(columnIndex: Int) -> XLSXCell? {
        cells.first { $0.columnIndex == columnIndex }
    }

    /// The row as text, `[0]` being column A, with "" for the gaps; as long as the last cell.
    public var texts: [String] {
        guard let last = cells.last else { return [] }
        var result = Array(repeating: "", count: last.columnIndex + 1)
        for cell in cells { result[cell.columnIndex] = cell.value.text }
        return result
    }
}
