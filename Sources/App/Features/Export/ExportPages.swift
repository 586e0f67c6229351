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

    /// POST /ledger/export-jobs (the ledger page's form for a large view): the view's query and a format; the export is
    /// queued as a job and the answer is the job's page.
    func startExportJob(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let form = try await request.formData()
        let params = QueryString.parse(form.string("query"))
        try QueryString.rejectNUL(params)
        guard let format = LedgerExportFormat(rawValue: form.string("format")) else {
            throw AppError.badRequest(parameter: "format", message: "expected xlsx or csv")
        }
        let jobId = try await ExportJobs.start(params: params, format: format, principal: principal, context: context, services: services)
        return Response(status: .seeOther, headers: [.location: "/jobs/\(jobId)"])
    }

    /// GET /ledger/export-jobs/{id}/file: the finished export, to whoever may see its job.
    func exportJobFile(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await LedgerExportJob.download(try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), services)
    }
}

/// Starting an export job, the same for the page and the API.
enum ExportJobs {
    static func start(
        params: [String: [String]], format: LedgerExportFormat, principal: Principal, context: AppRequestContext, services: AppServices
    ) async throws -> Int {
        let sql = services.database.sql
        // Scoped like the ledger page, now: the job exports the view the reader had when asking.
        let filter = try await AccessGuard(context, sql: sql).scoped(try LedgerFilter.parse(params))
        let options = try LedgerExportOptions.parse(params, format: format, language: context.language)
        try await LedgerExport(db: sql, filter: filter, options: options, today: services.clock.today).validate()
        return try await services.jobs.enqueue(
            kind: LedgerExportJob.kind,
            payload: LedgerExportJob.payload(params: params, scoped: filter, format: format, language: context.language),
            createdBy: principal.userId, maxAttempts: 3)
    }
}
