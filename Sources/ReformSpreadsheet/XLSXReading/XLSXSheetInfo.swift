/// A sheet listed in the workbook, in tab order.
public struct XLSXSheetInfo: Sendable, Hashable {
    public var name: String
    public var visibility: XLSXSheetVisibility
    /// Zero-based position in the workbook's tab order.
    public var index: Int
    /// The zip entry of the sheet's XML, such as "xl/worksheets/sheet1.xml"; nil when the workbook names a
    /// relationship it does not have.
    public var partPath: String?
    /// False for chart sheets and dialog sheets, which have no rows.
    public var isWorksheet: Bool

    public init(name: String, visibility: XLSXSheetVisibility, index: Int, partPath: String?, isWorksheet: Bool) {
        self.name = name
        self.visibility = visibility
        self.index = index
        self.partPath = partPath
        self.isWorksheet = isWorksheet
    }
}
