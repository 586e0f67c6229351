/// A sheet's `state` in workbook.xml. "veryHidden" sheets can only be shown again with VBA; importers
/// usually skip both hidden kinds, which often hold lookup lists.
public enum XLSXSheetVisibility: String, Sendable, Hashable {
    case visible
    case hidden
    case veryHidden
}
