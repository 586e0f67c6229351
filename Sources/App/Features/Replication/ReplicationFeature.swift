import Hummingbird

/// The replication library (可复制推广经验): experiences published in numbered batches with what they came from, the
/// jurisdictions that adopted them, and where each has spread, drawn on the jurisdiction tree; filters in the URL, paging,
/// export, import with a dry run, print and the API.
enum ReplicationFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = ReplicationPages(services: routes.services)
        routes.pages.get("/replication") { request, context in try await pages.library(request, context) }
        routes.pages.post("/replication") { request, context in try await pages.create(request, context) }
        routes.pages.get("/replication/export.xlsx") { request, context in try await pages.export(request, context, format: "xlsx") }
        routes.pages.get("/replication/export.csv") { request, context in try await pages.export(request, context, format: "csv") }
        routes.pages.get("/replication/import") { request, context in try await pages.importForm(request, context) }
        routes.pages.post("/replication/import") { request, context in try await pages.runImport(request, context) }
        routes.pages.get("/replication/:id") { request, context in try await pages.experience(request, context) }
        routes.pages.post("/replication/:id") { request, context in try await pages.update(request, context) }
        routes.pages.post("/replication/:id/adoptions") { request, context in try await pages.adopt(request, context) }
        routes.pages.post("/replication/:id/delete") { request, context in try await pages.delete(request, context) }
        routes.pages.post("/replication/adoptions/:id/delete") { request, context in try await pages.deleteAdoption(request, context) }
        ReplicationAPI(services: routes.services).register(on: routes.api)
    }
}
