import Hummingbird

struct ExportAPI: APIHandlers {
    let services: AppServices

    /// GET /api/v1/ledger/export?format=xlsx|csv&per_field=…&<the ledger's filters>: the whole filtered
    /// view as a file, with the same parameter checks as GET /api/v1/ledger (paging is ignored).
    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/ledger/export") { request, context in
            // Scoped like the ledger: an export never holds a row its reader could not see on the page.
            let filter = try await AccessGuard(context, sql: sql).scoped(try ledgerFilter(request))
            let options = try LedgerExportOptions.parse(request.queryMultiMap, format: nil, language: context.language)
            return try await LedgerExportResponse.make(
                LedgerExport(db: sql, filter: filter, options: options, today: services.clock.today), on: sql, logger: context.logger)
        }
    }
}
