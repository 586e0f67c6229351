/// Turns a worksheet's XML events into rows, handing each finished row to `onRow` so only one row is ever
/// held. Merged ranges come after the cells in the file, so they are collected as the parse goes. The sheet's cells
/// and the characters of their text are counted against `UploadLimits` as they come.
struct WorksheetHandler: XMLEventHandler {
    /// Returns true to stop reading.
    typealias RowConsumer = (XLSXRow) throws -> Bool

    let part: String
    let sheetName: String
    let sharedStrings: [String]
    let sharedStringLengths: [Int]
    let dateStyles: [Bool]
    let uses1904DateSystem: Bool
    let limits: UploadLimits
    let onRow: RowConsumer
    let collectsRows: Bool

    private(set) var mergedRanges: [CellRange] = []
    private(set) var stopped = false

    private var inSheetData = false
    private var rowNumber = 0
    private var cells: [XLSXCell] = []
    private var inCell = false
    private var cellReference = CellReference(row: 1, columnIndex: 0)
    private var lastColumn = -1
    private var cellType = ""
    private var cellStyle = 0
    private var valueText = ""
    private var formulaText = ""
    private var hasFormula = false
    private var hasValue = false
    private var capture: Capture = .none
    private var inlineString = RichTextAccumulator()
    private var inInlineString = false
    private var hasInlineString = false
    private var cellCount = 0
    private var characterCount = 0

    private enum Capture {
        case none
        case value
        case formula
    }

    init(
        part: String, sheetName: String, sharedStrings: [String], sharedStringLengths: [Int], dateStyles: [Bool],
        uses1904DateSystem: Bool, limits: UploadLimits, collectsRows: Bool = true, onRow: @escaping RowConsumer
    ) {
        self.part = part
        self.sheetName = sheetName
        self.sharedStrings = sharedStrings
        self.sharedStringLengths = sharedStringLengths
        self.dateStyles = dateStyles
        self.uses1904DateSystem = uses1904DateSystem
        self.limits = limits
        self.collectsRows = collectsRows
        self.onRow = onRow
    }

    var capturesText: Bool {
        capture != .none || (inInlineString && inlineString.capturesText)
    }

    mutating func startElement(name: String, attributes: [XMLAttribute]) throws {
        if inInlineString {
            inlineString.start(name, attributes)
            return
        }
        switch name {
        case "sheetData":
            inSheetData = true
        case "row" where inSheetData:
            let declared = attributes.value("r").flatMap { Int($0) }
            rowNumber = declared ?? rowNumber + 1
            guard rowNumber >= 1, rowNumber <= CellReference.maximumRowNumber else {
                throw SpreadsheetError.malformedXML(part: part, offset: 0, reason: "row number \(declared ?? rowNumber) is out of range")
            }
            cells.removeAll(keepingCapacity: true)
            lastColumn = -1
        case "c" where inSheetData && collectsRows:
            inCell = true
            if let reference = attributes.value("r") {
                guard let parsed = CellReference(reference) else {
                    throw SpreadsheetError.invalidCell(part: part, reference: reference, reason: "not a cell reference")
                }
                // The row of the reference wins over the row element's, as Excel reads it.
                cellReference = parsed
            } else {
                cellReference = CellReference(row: max(rowNumber, 1), columnIndex: lastColumn + 1)
            }
            lastColumn = cellReference.columnIndex
            cellType = attributes.value("t") ?? "n"
            cellStyle = attributes.value("s").flatMap { Int($0) } ?? 0
            valueText = ""
            formulaText = ""
            hasFormula = false
            hasValue = false
            hasInlineString = false
        case "v" where inCell:
            capture = .value
            hasValue = true
        case "f" where inCell:
            capture = .formula
            hasFormula = true
        case "is" where inCell:
            inInlineString = true
            hasInlineString = true
            inlineString.reset()
        case "mergeCell":
            if let reference = attributes.value("ref"), let range = CellRange(reference) {
                mergedRanges.append(range)
            }
        default:
            break
        }
    }

    mutating func endElement(name: String) throws {
        if inInlineString {
            if name == "is" { inInlineString = false } else { inlineString.end(name) }
            return
        }
        switch name {
        case "v", "f":
            capture = .none
        case "c" where inCell:
            inCell = false
            let value = try cellValue()
            if value != .empty || hasFormula {
                // Cells that hold something are what a reader builds; empty ones cost only their bytes (`maxPartBytes`).
                cellCount += 1
                if cellCount > limits.maxCellsPerSheet { throw UploadLimitExceeded.cells(sheet: sheetName, limit: limits.maxCellsPerSheet) }
                cells.append(
                    XLSXCell(
                        reference: cellReference, value: value,
                        formula: hasFormula ? formulaText : nil, styleIndex: cellStyle))
            }
        case "row" where inSheetData:
            guard !cells.isEmpty else { return }
            // Writers emit cells in column order, but a hand-made file may not; rows are promised sorted.
            if !isSorted(cells) { cells.sort { $0.reference < $1.reference } }
            if try onRow(XLSXRow(number: rowNumber, cells: cells)) {
                stopped = true
                throw StopReading()
            }
            cells.removeAll(keepingCapacity: true)
        case "sheetData":
            inSheetData = false
        default:
            break
        }
    }

    mutating func characters(_ text: String) throws {
        try count(text.unicodeScalars.count)
        switch capture {
        case .value: valueText += text
        case .formula: formulaText += text
        case .none: inlineString.characters(text)
        }
    }

    private mutating func count(_ characters: Int) throws {
        characterCount += characters
        if characterCount > limits.maxCharactersPerSheet {
            throw UploadLimitExceeded.characters(sheet: sheetName, limit: limits.maxCharactersPerSheet)
        }
    }

    private mutating func cellValue() throws -> XLSXCellValue {
        switch cellType {
        case "s":
            guard hasValue else { return .empty }
            guard let index = Int(valueText.trimmingXMLSpace), index >= 0, index < sharedStrings.count else {
                throw SpreadsheetError.invalidCell(
                    part: part, reference: cellReference.description,
                    reason: "shared string index \(valueText) is not in the shared string table (\(sharedStrings.count) strings)")
            }
            // A shared string is text of every cell that names it: one long string named a million times is a
            // sheet of a million long cells to whoever reads the rows.
            if index < sharedStringLengths.count { try count(sharedStringLengths[index]) }
            return .sharedString(sharedStrings[index])
        case "inlineStr":
            if hasInlineString { return .inlineString(inlineString.finishedText) }
            return hasValue ? .inlineString(ExcelTextEscapes.decode(valueText)) : .empty
        case "str":
            return hasValue ? .formulaString(ExcelTextEscapes.decode(valueText)) : .empty
        case "b":
            guard hasValue else { return .empty }
            let trimmed = valueText.trimmingXMLSpace
            return .boolean(trimmed == "1" || trimmed.lowercased() == "true")
        case "e":
            return hasValue ? .error(valueText.trimmingXMLSpace) : .empty
        case "d":
            // ISO 8601 dates (strict OOXML and a few writers); kept as text if they do not parse.
            guard hasValue else { return .empty }
            let trimmed = valueText.trimmingXMLSpace
            return Self.isoDate(trimmed).map(XLSXCellValue.date) ?? .formulaString(trimmed)
        default:
            guard hasValue else { return .empty }
            let trimmed = valueText.trimmingXMLSpace
            if trimmed.isEmpty { return .empty }
            guard let number = Double(trimmed) else {
                throw SpreadsheetError.invalidCell(
                    part: part, reference: cellReference.description,
                    reason: "\"\(trimmed.prefix(40))\" is not a number")
            }
            if cellStyle >= 0, cellStyle < dateStyles.count, dateStyles[cellStyle],
                let date = SpreadsheetDate(excelSerial: number, uses1904DateSystem: uses1904DateSystem)
            {
                return .date(date)
            }
            return .number(number)
        }
    }

    private func isSorted(_ cells: [XLSXCell]) -> Bool {
        var previous = -1
        for cell in cells {
            if cell.columnIndex <= previous { return false }
            previous = cell.columnIndex
        }
        return true
    }

    /// "2025-06-30" or "2025-06-30T14:05:00" (a zone suffix or fraction is ignored).
    static func isoDate(_ text: String) -> SpreadsheetDate? {
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard digits.count >= 3, (1...12).contains(digits[1]), (1...31).contains(digits[2]) else { return nil }
        let time = digits.count >= 6 ? (digits[3], digits[4], digits[5]) : (0, 0, 0)
        guard time.0 < 24, time.1 < 60, time.2 < 61 else { return nil }
        return SpreadsheetDate(year: digits[0], month: digits[1], day: digits[2], hour: time.0, minute: time.1, second: time.2)
    }
}
