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
        // A large view written by the job worker: 202 with the job; its file when it has succeeded.
        group.post("/ledger/export-jobs") { request, context in
            let principal = try context.requirePrincipal()
            let params = request.queryMultiMap
            try QueryString.rejectNUL(params)
            // The job keeps the language it was asked in: a value that is neither zh nor en is refused, not guessed.
            if let lang = params["lang"], lang.contains(where: { Language(rawValue: $0) == nil }) {
                throw AppError.badRequest(parameter: "lang", message: "expected zh or en")
            }
            let format = LedgerExportFormat(rawValue: params["format"]?.last ?? "xlsx")
            guard let format else { throw AppError.badRequest(parameter: "format", message: "expected xlsx or csv") }
            let jobId = try await ExportJobs.start(params: params, format: format, principal: principal, context: context, services: services)
            let job = try await JobsAccess.visibleJob(jobId, principal, services)
            return try APIResponse.json(JobsAPI.JobBody(job), status: .accepted, headers: [.location: "/api/v1/jobs/\(jobId)"])
        }
        group.get("/ledger/export-jobs/:id/file") { _, context in
            try await LedgerExportJob.download(try id(context), try context.requirePrincipal(), services)
        }
    }
}
