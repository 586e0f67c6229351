import Hummingbird

/// The ledger view as XLSX or CSV, from the page and the API.
enum ExportFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let export = ExportPages(services: routes.services)
        routes.pages.get("/ledger/export.xlsx") { request, context in try await export.ledgerExport(request, context, format: .xlsx) }
        routes.pages.get("/ledger/export.csv") { request, context in try await export.ledgerExport(request, context, format: .csv) }
        ExportAPI(services: routes.services).register(on: routes.api)
    }
}
