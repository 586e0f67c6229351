/// Reads xl/styles.xml far enough to know which cell styles (cellXfs) show dates.
struct StylesHandler: XMLEventHandler {
    private var customFormats: [Int: String] = [:]
    private var cellFormatIDs: [Int] = []
    private var inCellXfs = false

    var capturesText: Bool { false }

    mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
        switch name {
        case "numFmt":
            if let id = attributes.value("numFmtId").flatMap({ Int($0) }), let code = attributes.value("formatCode") {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellXfs = true
        case "xf" where inCellXfs:
            cellFormatIDs.append(attributes.value("numFmtId").flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    mutating func endElement(name: String) throws {
        if name == "cellXfs" { inCellXfs = false }
    }

    mutating func characters(_ text: String) {}

    /// For each cell style index, whether it shows a date.
    var dateStyles: [Bool] {
        cellFormatIDs.map { NumberFormatClassifier.isDateFormat(id: $0, code: customFormats[$0]) }
    }
}
