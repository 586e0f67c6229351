import Hummingbird

struct ExportPages: PageHandlers {
    let services: AppServices

    /// GET /ledger/export.xlsx and /ledger/export.csv: the ledger view the page shows (same filter
    /// parameters, same parser), every row of it, as a download.
    func ledgerExport(_ request: Request, _ context: AppRequestContext, format: LedgerExportFormat) async throws -> Response {
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        // Scoped like the ledger page: an export never holds a row its reader could not see there.
        let filter = try await AccessGuard(context, sql: sql).scoped(try LedgerFilter.parse(params))
        let options = try LedgerExportOptions.parse(params, format: format, language: context.language)
        return try await LedgerExportResponse.make(
            LedgerExport(db: sql, filter: filter, options: options, today: services.clock.today), on: sql, logger: context.logger)
    }
}
