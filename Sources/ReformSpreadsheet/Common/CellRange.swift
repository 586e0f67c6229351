/// A rectangle of cells such as a merged range "A3:A7"; both corners are inclusive.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var start: CellReference
    public var end: CellReference

    /// Orders the corners so `start` is the top-left one whatever order they are given in.
    public init(start: CellReference, end: CellReference) {
        self.start = CellReference(row: min(start.row, end.row), columnIndex: min(start.columnIndex, end.columnIndex))
        self.end = CellReference(row: max(start.row, end.row), columnIndex: max(start.columnIndex, end.columnIndex))
    }

    /// Parses "A3:A7" or a single cell "B2"; nil for anything else.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellReference(parts[0]) else { return nil }
            self.init(start: cell, end: cell)
        case 2:
            guard let first = CellReference(parts[0]), let second = CellReference(parts[1]) else { return nil }
            self.init(start: first, end: second)
        default:
            return nil
        }
    }

    public var rowCount: Int { end.row - start.row + 1 }
    public var columnCount: Int { end.columnIndex - start.columnIndex + 1 }

    public func contains(_ cell: CellReference) -> Bool {
        cell.row >= start.row && cell.row <= end.row
            && cell.columnIndex >= start.columnIndex && cell.columnIndex <= end.columnIndex
    }

    /// "A3:A7", or "B2" for a single cell.
    public var description: String {
        start == end ? start.description : "\(start):\(end)"
    }
}
