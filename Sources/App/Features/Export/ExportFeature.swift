import Hummingbird

/// The ledger view as XLSX or CSV, from the page and the API: downloaded at once, or for a large view written by the
/// job worker (`LedgerExportJob`) and downloaded from the job when done.
enum ExportFeature: Feature {
    static var jobHandlers: [JobHandler] { [LedgerExportJob.handler] }

    static func register(_ routes: FeatureRoutes) {
        let export = ExportPages(services: routes.services)
        routes.pages.get("/ledger/export.xlsx") { request, context in try await export.ledgerExport(request, context, format: .xlsx) }
        routes.pages.get("/ledger/export.csv") { request, context in try await export.ledgerExport(request, context, format: .csv) }
        routes.pages.post("/ledger/export-jobs") { request, context in try await export.startExportJob(request, context) }
        routes.pages.get("/ledger/export-jobs/:id/file") { request, context in try await export.exportJobFile(request, context) }
        ExportAPI(services: routes.services).register(on: routes.api)
    }
}
