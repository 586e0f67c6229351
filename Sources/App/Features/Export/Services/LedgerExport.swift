import Foundation
import ReformCore
import ReformSpreadsheet
import SQLKit

/// Exports a filtered ledger view, every row of it, as XLSX or CSV with flat memory: rows come from
/// `LedgerExportQuery` in keyset-paged batches and go straight to a streaming writer. The server, the
/// `reform export` command and `reform export-bench` all run through here.
public struct LedgerExport: Sendable {
    /// One sheet per field stops here: a workbook of thousands of sheets is no use to anyone.
    public static let maxFieldSheets = 500

    let db: any SQLDatabase
    let filter: LedgerFilter
    let options: LedgerExportOptions
    let today: LocalDate
    /// Called after each batch of rows with the number written so far (a job's progress bar; a cancelled job throws
    /// from it, which stops the export).
    var progress: (@Sendable (Int) async throws -> Void)?

    public init(db: any SQLDatabase, filter: LedgerFilter, options: LedgerExportOptions, today: LocalDate) {
        self.db = db
        self.filter = filter
        self.options = options
        self.today = today
    }

    /// Writes the workbook or CSV file to `url` (replaced when done; an XLSX appears only once complete).
    /// Returns the number of ledger rows written.
    @discardableResult
    public func write(to url: URL) async throws -> Int {
        switch options.format {
        case .xlsx:
            let writer = try XLSXWriter(destination: url, title: L10n.t("ledger.title", options.language))
            let rows = try await rows(
                sheet: { name, columns in try writer.addSheet(name: name, columns: columns) },
                row: { try writer.appendRow($0) })
            try writer.finish()
            return rows
        case .csv:
            let writer = try CSVWriter(url: url, neutralizesFormulas: true)
            do {
                let rows = try await rows(
                    sheet: { _, columns in try writer.writeRow(columns.map(\.title)) },
                    row: { try writer.writeRow($0.map(LedgerExportColumns.csvText)) })
                try writer.finish()
                return rows
            } catch {
                try? writer.finish()
                try? FileManager.default.removeItem(at: url)
                throw error
            }
        }
    }

    /// CSV as chunks of about `chunkSize` bytes for a response body: the byte order mark, the header and
    /// the rows, each chunk handed to `emit` (which applies the client's back-pressure) as it fills.
    @discardableResult
    public func streamCSV(chunkSize: Int = 64 * 1024, emit: ([UInt8]) async throws -> Void) async throws -> Int {
        precondition(options.format == .csv, "streamCSV writes CSV")
        // Spreadsheets run a cell starting with = + - @ as a formula: such text is prefixed with an apostrophe.
        let encoder = CSVRowEncoder(neutralizesFormulas: true)
        var buffer = CSVRowEncoder.byteOrderMark
        buffer.reserveCapacity(chunkSize + 16 * 1024)
        let rows = try await rows(
            sheet: { _, columns in encoder.append(columns.map(\.title), to: &buffer) },
            row: { cells in
                encoder.append(cells.map(LedgerExportColumns.csvText), to: &buffer)
                if buffer.count >= chunkSize {
                    try await emit(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            })
        if !buffer.isEmpty { try await emit(buffer) }
        return rows
    }

    /// Checks what can fail before the first byte is sent (an unknown jurisdiction, too many field
    /// sheets), so that a streamed response can still answer with an error status.
    public func validate() async throws {
        _ = try await LedgerQuery.conditions(filter, today: today, on: db)
        if options.perField { _ = try await fieldSheets() }
    }

    // MARK: - Rows

    /// Feeds `sheet` (a sheet's name and columns) and `row` (its cells) in order; CSV has one header.
    private func rows(
        sheet: (String, [ColumnSpec]) async throws -> Void,
        row: ([CellValue]) async throws -> Void
    ) async throws -> Int {
        let l = options.language
        let columns = LedgerExportColumns.specs(l)
        let sheets: [(name: String, filter: LedgerFilter)]
        if options.perField && options.format == .xlsx {
            sheets = try await fieldSheets()
        } else {
            sheets = [(L10n.t("export.sheet", l), filter)]
        }
        var total = 0
        var written = 0
        for (index, s) in sheets.enumerated() {
            if options.format == .xlsx || index == 0 { try await sheet(s.name, columns) }
            var query = LedgerExportQuery(filter: s.filter, today: today)
            query.batchSize = options.batchSize
            let before = total
            total += try await query.forEachBatch(on: db) { batch, participants in
                for r in batch {
                    try await row(LedgerExportColumns.cells(r, participants: participants[r.id] ?? [], l, datesAsText: options.format == .csv))
                }
                if let progress {
                    written += batch.count
                    try await progress(before + written)
                }
            }
            written = 0
        }
        return total
    }

    /// One sheet per field the view's rows fall under, each reading the view narrowed to that field; a view
    /// with no rows still gets its one (empty) sheet with the header.
    private func fieldSheets() async throws -> [(name: String, filter: LedgerFilter)] {
        let fields = try await LedgerExportQuery(filter: filter, today: today).fields(on: db)
        guard fields.count <= Self.maxFieldSheets else {
            throw AppError.unprocessable(
                code: "too_many_sheets",
                message: String(
                    format: L10n.t("export.tooManySheets", options.language), fields.count, Self.maxFieldSheets))
        }
        guard !fields.isEmpty else { return [(L10n.t("export.sheet", options.language), filter)] }
        return fields.map { field in
            var narrowed = filter
            narrowed.fieldId = field.id
            return (field.title, narrowed)
        }
    }
}

extension LedgerExport {
    /// For `reform export`: the ledger page's URL parameters plus `format` and `per_field`, read by the
    /// same parsers as the pages, written to `url`. Returns the number of rows.
    public static func write(params: [String: [String]], language: Language, to url: URL, services: AppServices) async throws -> Int {
        let filter = try LedgerFilter.parse(params)
        let options = try LedgerExportOptions.parse(params, format: nil, language: language)
        return try await LedgerExport(db: services.database.sql, filter: filter, options: options, today: services.clock.today).write(to: url)
    }

    /// A command-line sentence for an export's error.
    public static func describe(_ error: any Error) -> String {
        switch error as? AppError {
        case .badRequest(let parameter, let message)?: "\(parameter): \(message)"
        case .notFound(let entity, let id)?: "no \(entity) \(id)"
        case .unprocessable(_, let message)?: message
        default: "\(error)"
        }
    }
}
