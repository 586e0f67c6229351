/// One cell that holds a value. Cells that carry only a style are not reported.
public struct XLSXCell: Sendable, Hashable {
    public var reference: CellReference
    public var value: XLSXCellValue
    /// The formula text without "=", when the cell has one; `value` is its cached result.
    public var formula: String?
    /// The index into styles.xml's cellXfs (0 when the cell has no style).
    public var styleIndex: Int

    public init(reference: CellReference, value: XLSXCellValue, formula: String? = nil, styleIndex: Int = 0) {
        self.reference = reference
        self.value = value
        self.formula = formula
        self.styleIndex = styleIndex
    }

    /// Zero-based column index (A = 0).
    public var columnIndex: Int { reference.columnIndex }
    /// "A", "B", … "AA".
    public var columnLetters: String { reference.columnLetters }
}
