/// Reads xl/workbook.xml: the sheets in tab order and the date system.
struct WorkbookHandler: XMLEventHandler {
    struct SheetEntry {
        var name: String
        var relationshipID: String
        var visibility: XLSXSheetVisibility
    }

    var sheets: [SheetEntry] = []
    var uses1904DateSystem = false

    var capturesText: Bool { false }

    mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
        switch name {
        case "sheet":
            guard let sheetName = attributes.value("name") else { return }
            // The id is "r:id" in transitional files; any prefix bound to the relationships namespace works.
            let relationshipID = attributes.value(localName: "id") ?? ""
            let visibility = XLSXSheetVisibility(rawValue: attributes.value("state") ?? "visible") ?? .visible
            sheets.append(SheetEntry(name: sheetName, relationshipID: relationshipID, visibility: visibility))
        case "workbookPr":
            let value = attributes.value("date1904")
            uses1904DateSystem = value == "1" || value == "true"
        default:
            break
        }
    }

    mutating func endElement(name: String) throws {}
    mutating func characters(_ text: String) {}
}
