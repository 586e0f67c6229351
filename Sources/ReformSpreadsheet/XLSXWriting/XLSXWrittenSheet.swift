/// What the writer remembers of a finished sheet to write workbook.xml: its name, its XML file and the
/// ranges that need defined names.
struct XLSXWrittenSheet {
    var name: String
    var columnCount: Int
    var rowCount: Int
    var hasHeader: Bool
    var autoFilter: Bool
    var file: BufferedFileWriter
}
