import Foundation

/// Writes an xlsx workbook row by row with flat memory, for ledgers of any size (Excel's limit is
/// 1,048,576 rows per sheet).
///
/// The zip is written as the rows arrive, to a hidden partial file beside the destination: each sheet's XML goes
/// through a fixed 1 MiB buffer to a deflate thread (`ZipBackgroundWriter`, a bounded queue of chunks, zlib level 3),
/// so memory stays flat and the compression takes a second core. `finish()` adds the small parts and the zip's
/// central directory and moves the file into place, so a failed export never leaves half a file at the destination. Sheets are written one after another: `addSheet` ends the
/// previous one, so a caller writing one sheet per 领域 groups its rows by 领域 first.
///
/// Usage:
/// ```swift
/// let writer = try XLSXWriter(destination: url)
/// try writer.addSheet(name: "经济体制改革", columns: [ColumnSpec("序号", width: 6), ColumnSpec("改革任务", width: 40, wrapsText: true)])
/// try writer.appendRow([.integer(1), .text("深化国资国企改革")])
/// try writer.finish()
/// ```
///
/// The writer is safe to share between tasks (a lock guards its state), though rows of one workbook are
/// naturally written by one task.
public final class XLSXWriter: @unchecked Sendable {
    public let destination: URL

    private let lock = NSLock()
    private let title: String?
    private let creator: String
    private let zip: ZipBackgroundWriter
    private let partialURL: URL
    private var sheets: [XLSXWrittenSheet] = []
    private var current: XLSXWrittenSheet?
    private var currentWrapsColumn: [Bool] = []
    private var currentColumnWidths: [Double] = []
    private var finished = false

    /// - Parameters:
    ///   - destination: Where the .xlsx goes; an existing file there is replaced when `finish()` succeeds.
    ///   - title: The document title shown in the file's properties.
    ///   - creator: The author shown in the file's properties.
    public init(destination: URL, title: String? = nil, creator: String = "ReformLedger") throws {
        self.destination = destination
        self.title = title
        self.creator = creator
        partialURL = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        let stream: ZipStreamWriter
        do {
            stream = try ZipStreamWriter(url: partialURL)
        } catch {
            throw SpreadsheetError.io(path: partialURL.path, reason: "cannot create the file")
        }
        zip = ZipBackgroundWriter(zip: stream)
    }

    deinit {
        if !finished {
            zip.abandon()
            try? FileManager.default.removeItem(at: partialURL)
        }
    }

    /// Starts a new sheet (ending the previous one) and writes its header row when `columns` is not empty.
    /// - Parameters:
    ///   - name: Cleaned by `SheetName.unique` (31 characters, no []:*?/\, unique ignoring case).
    ///   - columns: Header titles and widths; the header is bold on a light fill with borders, wrapped and centred.
    ///   - freezeHeader: Keeps the header row in view while scrolling.
    ///   - autoFilter: Puts filter buttons on the header row.
    /// - Returns: The name the sheet got.
    @discardableResult
    public func addSheet(name: String, columns: [ColumnSpec], freezeHeader: Bool = true, autoFilter: Bool = true) throws -> String {
        try lock.withLock {
            try addSheetLocked(name: name, columns: columns, freezeHeader: freezeHeader, autoFilter: autoFilter)
        }
    }

    private func addSheetLocked(name: String, columns: [ColumnSpec], freezeHeader: Bool, autoFilter: Bool) throws -> String {
        try checkOpen()
        guard columns.count <= ColumnName.maximumColumnCount else {
            throw SpreadsheetError.writerMisuse("a sheet has at most \(ColumnName.maximumColumnCount) columns")
        }
        try endCurrentSheet()
        let sheetName = SheetName.unique(name, existing: sheets.map(\.name))
        let index = sheets.count + 1
        try zip.enqueue(.begin("xl/worksheets/sheet\(index).xml"))
        let zip = self.zip
        let file = BufferedFileWriter(label: "xl/worksheets/sheet\(index).xml") { buffer in
            let chunk = buffer
            buffer = zip.takeBuffer(capacity: BufferedFileWriter.capacity + 64 * 1024)
            try zip.enqueue(.data(chunk))
        }
        var sheet = XLSXWrittenSheet(
            name: sheetName, columnCount: columns.count, rowCount: 0,
            hasHeader: !columns.isEmpty, autoFilter: autoFilter && !columns.isEmpty, file: file)
        writeSheetStart(file, columns: columns, isFirst: index == 1, freezeHeader: freezeHeader && !columns.isEmpty)
        currentWrapsColumn = columns.map(\.wrapsText)
        currentColumnWidths = columns.map { $0.width.isFinite ? min(max($0.width, 0), 255) : 12 }
        if !columns.isEmpty {
            sheet.rowCount = 1
            writeRow(file, rowNumber: 1, columns.map { .text($0.title) }, header: true)
        }
        try file.flushIfFull()
        current = sheet
        return sheetName
    }

    /// Appends a row to the current sheet. Values beyond the header's width are written too.
    public func appendRow(_ values: [CellValue]) throws {
        try lock.withLock {
            try checkOpen()
            guard var sheet = current else { throw SpreadsheetError.writerMisuse("appendRow before addSheet") }
            guard sheet.rowCount < CellReference.maximumRowNumber else {
                throw SpreadsheetError.writerMisuse("a sheet holds at most \(CellReference.maximumRowNumber) rows")
            }
            guard values.count <= ColumnName.maximumColumnCount else {
                throw SpreadsheetError.writerMisuse("a row has at most \(ColumnName.maximumColumnCount) columns")
            }
            sheet.rowCount += 1
            writeRow(sheet.file, rowNumber: sheet.rowCount, values, header: false)
            try sheet.file.flushIfFull()
            current = sheet
        }
    }

    /// Ends the last sheet, builds the zip and moves it to `destination`. A workbook needs at least one sheet,
    /// so an empty one named "Sheet1" is added when none was.
    public func finish() throws {
        try lock.withLock {
            try checkOpen()
            if sheets.isEmpty && current == nil {
                _ = try addSheetLocked(name: "Sheet1", columns: [], freezeHeader: false, autoFilter: false)
            }
            do {
                try endCurrentSheet()
                try addParts()
                try zip.finish()
                try moveIntoPlace(partialURL)
                finished = true
            } catch {
                finished = true
                zip.abandon()
                try? FileManager.default.removeItem(at: partialURL)
                throw error
            }
        }
    }

    // MARK: - Sheet XML

    private func checkOpen() throws {
        if finished { throw SpreadsheetError.writerMisuse("the workbook is already finished") }
    }

    private func writeSheetStart(_ file: BufferedFileWriter, columns: [ColumnSpec], isFirst: Bool, freezeHeader: Bool) {
        file.appendRaw(XLSXParts.xmlHeader)
        file.appendRaw("<worksheet xmlns=\"\(XLSXParts.mainNamespace)\" xmlns:r=\"\(XLSXParts.relationshipNamespace)\">")
        file.appendRaw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        file.appendRaw("<sheetViews><sheetView workbookViewId=\"0\"\(isFirst ? " tabSelected=\"1\"" : "")>")
        if freezeHeader {
            file.appendRaw("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            file.appendRaw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
        }
        file.appendRaw("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        if !columns.isEmpty {
            file.appendRaw("<cols>")
            for (index, column) in columns.enumerated() {
                let width = column.width.isFinite ? min(max(column.width, 0), 255) : 12
                file.appendRaw("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
            }
            file.appendRaw("</cols>")
        }
        file.appendRaw("<sheetData>")
    }

    private func writeRow(_ file: BufferedFileWriter, rowNumber: Int, _ values: [CellValue], header: Bool) {
        file.append("<row r=\"")
        file.appendDecimal(rowNumber)
        let lines = wrappedLineCount(values, header: header)
        if lines > 1 {
            file.appendRaw("\" ht=\"\(RowHeightEstimator.height(lines: lines))")
        }
        file.append("\">")
        // Cells carry no `r` reference: they are written in order with none skipped, so a reader counts them
        // (the reference is optional in OOXML; Excel, LibreOffice and openpyxl read it so). A sixth less XML.
        for (column, value) in values.enumerated() {
            switch value {
            case .empty:
                startCell(file, style: XLSXStyleIndex.text)
                file.append("/>")
            case .text(let text), .wrappedText(let text):
                let wraps: Bool
                if case .wrappedText = value { wraps = true } else { wraps = column < currentWrapsColumn.count && currentWrapsColumn[column] }
                let style = header ? XLSXStyleIndex.header : (wraps ? XLSXStyleIndex.wrappedText : XLSXStyleIndex.text)
                startCell(file, style: style)
                if text.isEmpty {
                    file.append("/>")
                    continue
                }
                file.append(" t=\"inlineStr\"><is><t")
                if Self.needsPreserve(text) { file.append(" xml:space=\"preserve\"") }
                file.append(">")
                file.appendEscaped(text)
                file.append("</t></is></c>")
            case .number(let value):
                writeNumber(file, value, rowNumber: rowNumber, style: XLSXStyleIndex.number)
            case .integer(let integer):
                startCell(file, style: XLSXStyleIndex.number)
                file.append("><v>")
                file.appendDecimal(integer)
                file.append("</v></c>")
            case .percent(let fraction):
                writeNumber(file, fraction, rowNumber: rowNumber, style: XLSXStyleIndex.percent)
            case .date(let date):
                writeNumber(file, date.excelSerial(), rowNumber: rowNumber, style: XLSXStyleIndex.date)
            case .dateTime(let date):
                writeNumber(file, date.excelSerial(), rowNumber: rowNumber, style: XLSXStyleIndex.dateTime)
            case .boolean(let flag):
                startCell(file, style: XLSXStyleIndex.text)
                file.append(" t=\"b\"><v>")
                file.append(flag ? UInt8(ascii: "1") : UInt8(ascii: "0"))
                file.append("</v></c>")
            }
        }
        file.append("</row>")
    }

    /// The most lines any wrapping text cell of the row needs; 1 when nothing wraps.
    private func wrappedLineCount(_ values: [CellValue], header: Bool) -> Int {
        var lines = 1
        for (column, value) in values.enumerated() {
            let text: String
            switch value {
            case .wrappedText(let wrapped): text = wrapped
            case .text(let plain) where header || (column < currentWrapsColumn.count && currentWrapsColumn[column]): text = plain
            default: continue
            }
            // Short text fits whatever the width: skip the count for the common case.
            if text.utf8.count < 8 && !text.containsByte(0x0A) { continue }
            let width = column < currentColumnWidths.count ? currentColumnWidths[column] : 8.43
            lines = max(lines, RowHeightEstimator.lineCount(text, columnWidth: width))
        }
        return lines
    }

    private func writeNumber(_ file: BufferedFileWriter, _ value: Double, rowNumber: Int, style: Int) {
        startCell(file, style: style)
        // Excel has no NaN or infinity; such a value is written as an empty cell rather than a broken file.
        guard value.isFinite else {
            file.append("/>")
            return
        }
        file.append("><v>")
        if value == value.rounded(), abs(value) < 1e15 {
            file.appendDecimal(Int(value))
        } else {
            file.appendRaw("\(value)")
        }
        file.append("</v></c>")
    }

    private func startCell(_ file: BufferedFileWriter, style: Int) {
        if style >= 0 && style < Self.cellStarts.count {
            file.append(Self.cellStarts[style])
        } else {
            file.append("<c s=\"")
            file.appendDecimal(style)
            file.append(UInt8(ascii: "\""))
        }
    }

    /// `<c s="0"` … `<c s="15"`, made once.
    private static let cellStarts: [[UInt8]] = (0..<16).map { Array("<c s=\"\($0)\"".utf8) }

    private static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return isSpace(first) || isSpace(last)
    }

    private func endCurrentSheet() throws {
        guard let sheet = current else { return }
        let file = sheet.file
        file.append("</sheetData>")
        if sheet.autoFilter {
            file.appendRaw("<autoFilter ref=\"A1:\(ColumnName.letters(forIndex: sheet.columnCount - 1))\(sheet.rowCount)\"/>")
        }
        file.appendRaw("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        // A3 landscape, fitted to the page width: how offices print a ledger.
        file.appendRaw("<pageSetup paperSize=\"8\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        file.appendRaw("</worksheet>")
        try file.close()
        try zip.enqueue(.end)
        sheets.append(sheet)
        current = nil
    }

    // MARK: - Zip

    /// The workbook's small parts, after the sheets (zip readers go by the central directory, not the order).
    private func addParts() throws {
        let names = sheets.map(\.name)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", XLSXParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", XLSXParts.rootRelationships),
            ("docProps/app.xml", XLSXParts.app(sheetNames: names)),
            ("docProps/core.xml", XLSXParts.core(title: title, creator: creator, created: Date())),
            ("xl/workbook.xml", XLSXParts.workbook(sheets: sheets)),
            ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", XLSXParts.styles)
        ]
        for (path, xml) in parts {
            try zip.enqueue(.whole(path, Array(xml.utf8)))
        }
    }

    private func moveIntoPlace(_ url: URL) throws {
        // rename(2) replaces an existing file atomically when both are on one file system, as here.
        if rename(url.path, destination.path) != 0 {
            throw SpreadsheetError.io(path: destination.path, reason: String(cString: strerror(errno)))
        }
    }
}
