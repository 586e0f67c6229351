import Foundation

/// Reads xlsx workbooks from Excel, WPS, LibreOffice and streaming writers.
///
/// Opening reads the small parts once (workbook, relationships, styles, shared strings); rows are then
/// streamed sheet by sheet, so memory is the shared string table plus one row, whatever the sheet's length.
/// The reader is a value: it keeps the source and what it parsed, and opens the zip anew per call, so it can
/// be shared between tasks.
public struct XLSXReader: Sendable {
    /// The sheets in tab order, hidden ones included.
    public let sheets: [XLSXSheetInfo]
    /// Whether the workbook counts dates from 1904 (old Mac Excel) instead of 1900.
    public let uses1904DateSystem: Bool

    private let source: XLSXSource
    private let sharedStrings: [String]
    /// The length in characters of each shared string, counted once: a cell that names one adds it to its sheet's text.
    private let sharedStringLengths: [Int]
    private let dateStyles: [Bool]
    /// What reading this workbook may expand to (`UploadLimits`), shared by every part and sheet read through it.
    private let budget: UploadBudget

    /// Opens the workbook at `url`.
    public init(url: URL, budget: UploadBudget = UploadBudget()) throws {
        try self.init(source: .file(url), budget: budget)
    }

    /// Opens a workbook held in memory, such as an upload. The bytes are copied to a temporary file that
    /// lives as long as the reader.
    public init(data: Data, budget: UploadBudget = UploadBudget()) throws {
        try self.init(source: .temporary(TemporaryFile(data: data, suffix: ".xlsx")), budget: budget)
    }

    private init(source: XLSXSource, budget: UploadBudget) throws {
        self.source = source
        self.budget = budget
        let package = try XLSXPackage(source: source, budget: budget)

        let workbookPath = try Self.workbookPath(in: package)
        var workbook = WorkbookHandler()
        try package.parse(workbookPath, into: &workbook)
        uses1904DateSystem = workbook.uses1904DateSystem

        let relationships = try package.relationships(of: workbookPath)
        var relationshipsByID: [String: Relationship] = [:]
        for relationship in relationships { relationshipsByID[relationship.id] = relationship }

        sheets = workbook.sheets.enumerated().map { index, entry in
            let relationship = relationshipsByID[entry.relationshipID]
            let path = relationship.flatMap { $0.isExternal ? nil : XLSXPackage.resolve($0.target, from: workbookPath) }
            return XLSXSheetInfo(
                name: entry.name, visibility: entry.visibility, index: index, partPath: path,
                isWorksheet: relationship.map { $0.kind == "worksheet" } ?? false)
        }

        let stylesPath = relationships.first { $0.kind == "styles" }
            .map { XLSXPackage.resolve($0.target, from: workbookPath) }
        if let stylesPath, package.contains(stylesPath) {
            var styles = StylesHandler()
            try package.parse(stylesPath, into: &styles)
            dateStyles = styles.dateStyles
        } else {
            dateStyles = []
        }

        let sharedStringsPath = relationships.first { $0.kind == "sharedStrings" }
            .map { XLSXPackage.resolve($0.target, from: workbookPath) }
        if let sharedStringsPath, package.contains(sharedStringsPath) {
            var strings = SharedStringsHandler(part: sharedStringsPath, maxCharacters: budget.limits.maxCharactersPerSheet)
            try package.parse(sharedStringsPath, into: &strings)
            sharedStrings = strings.strings
            sharedStringLengths = strings.lengths
        } else {
            sharedStrings = []
            sharedStringLengths = []
        }
    }

    /// The sheet with that name (Excel's sheet names are unique ignoring case, so the match ignores case too).
    public func sheet(named name: String) throws -> XLSXSheetInfo {
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        if let folded = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) { return folded }
        throw SpreadsheetError.sheetNotFound(name)
    }

    /// Streams the rows of a sheet in order, one at a time. Set `stop` to true to end early (then merged
    /// ranges, which come after the rows in the file, are not read). Rows with no value are skipped.
    /// - Returns: The sheet's merged ranges when the whole sheet was read.
    @discardableResult
    public func forEachRow(
        in sheet: XLSXSheetInfo,
        _ body: (_ row: XLSXRow, _ stop: inout Bool) throws -> Void
    ) throws -> [CellRange] {
        let part = try worksheetPart(of: sheet)
        guard let part else { return [] }
        let package = try XLSXPackage(source: source, budget: budget)
        guard package.contains(part) else { throw SpreadsheetError.missingPart(part) }
        return try withoutActuallyEscaping(body) { body in
            var handler = WorksheetHandler(
                part: part, sheetName: sheet.name, sharedStrings: sharedStrings, sharedStringLengths: sharedStringLengths,
                dateStyles: dateStyles, uses1904DateSystem: uses1904DateSystem, limits: budget.limits
            ) { row in
                var stop = false
                do {
                    try body(row, &stop)
                } catch {
                    throw PassThroughError(underlying: error)
                }
                return stop
            }
            do {
                try package.parse(part, into: &handler)
            } catch let error as PassThroughError {
                throw error.underlying
            }
            return handler.mergedRanges
        }
    }

    /// The merged ranges of a sheet, read without building any rows.
    public func mergedRanges(in sheet: XLSXSheetInfo) throws -> [CellRange] {
        guard let part = try worksheetPart(of: sheet) else { return [] }
        let package = try XLSXPackage(source: source, budget: budget)
        var handler = WorksheetHandler(
            part: part, sheetName: sheet.name, sharedStrings: sharedStrings, sharedStringLengths: sharedStringLengths,
            dateStyles: dateStyles, uses1904DateSystem: uses1904DateSystem, limits: budget.limits, collectsRows: false
        ) { _ in false }
        try package.parse(part, into: &handler)
        return handler.mergedRanges
    }

    /// A whole sheet as a `Table` of texts (numbers without ".0", dates as "2025-06-30"), for importers
    /// of ledgers that fit in memory. Use `forEachRow` for very large sheets.
    public func table(for sheet: XLSXSheetInfo) throws -> Table {
        var rows: [TableRow] = []
        let merged = try forEachRow(in: sheet) { row, _ in
            rows.append(TableRow(number: row.number, cells: row.texts))
        }
        return Table(name: sheet.name, kind: .xlsxSheet, rows: rows, mergedRanges: merged)
    }

    /// The sheet with that name as a `Table`.
    public func table(named name: String) throws -> Table {
        try table(for: sheet(named: name))
    }

    /// Every visible worksheet as a `Table`, in tab order.
    public func visibleTables() throws -> [Table] {
        try sheets.filter { $0.isWorksheet && $0.visibility == .visible }.map(table(for:))
    }

    /// The number of distinct strings in the shared string table (for diagnostics and tests).
    public var sharedStringCount: Int { sharedStrings.count }

    /// The sheet's XML part; nil for a chart or dialog sheet, which has no rows. A sheet the workbook lists
    /// without a relationship to its part is an error, not an empty sheet, so data is never silently lost.
    private func worksheetPart(of sheet: XLSXSheetInfo) throws -> String? {
        guard let part = sheet.partPath else {
            throw SpreadsheetError.missingPart("the part of sheet \(sheet.name) (no relationship in xl/_rels/workbook.xml.rels)")
        }
        return sheet.isWorksheet ? part : nil
    }

    private static func workbookPath(in package: XLSXPackage) throws -> String {
        let rootRelationships = try package.relationships(of: "")
        if let office = rootRelationships.first(where: { $0.kind == "officeDocument" }) {
            let path = XLSXPackage.resolve(office.target, from: "")
            if package.contains(path) { return path }
        }
        // Some generators leave _rels/.rels out; Excel still finds the workbook at its usual place.
        if package.contains("xl/workbook.xml") { return "xl/workbook.xml" }
        if package.contains("word/document.xml") {
            throw SpreadsheetError.notAnXLSXWorkbook(.wordDocument)
        }
        if package.contains("ppt/presentation.xml") {
            throw SpreadsheetError.notAnXLSXWorkbook(.presentation)
        }
        if package.contains("content.xml") {
            throw SpreadsheetError.notAnXLSXWorkbook(.openDocument)
        }
        throw SpreadsheetError.notAnXLSXWorkbook(.noWorkbookPart)
    }
}
