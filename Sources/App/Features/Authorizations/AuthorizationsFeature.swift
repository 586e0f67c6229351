import Hummingbird

/// The authorization lists register (授权事项清单): batches of authorized items with their landing status and its dated
/// history, the counts an office reports ("X of N formally landed, Y progressing") as of any day, by batch and by area,
/// with a chart of landing over time; filters in the URL, paging, export, import with a dry run, print and the API.
enum AuthorizationsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = AuthorizationPages(services: routes.services)
        routes.pages.get("/authorizations") { request, context in try await pages.register(request, context) }
        routes.pages.get("/authorizations/export.xlsx") { request, context in try await pages.export(request, context, format: "xlsx") }
        routes.pages.get("/authorizations/export.csv") { request, context in try await pages.export(request, context, format: "csv") }
        routes.pages.post("/authorizations/batches") { request, context in try await pages.createBatch(request, context) }
        routes.pages.get("/authorizations/batches/:id/import") { request, context in try await pages.importForm(request, context) }
        routes.pages.post("/authorizations/batches/:id/import") { request, context in try await pages.runImport(request, context) }
        routes.pages.get("/authorizations/new") { request, context in try await pages.newForm(request, context) }
        routes.pages.post("/authorizations/items") { request, context in try await pages.create(request, context) }
        routes.pages.get("/authorizations/items/:id") { request, context in try await pages.item(request, context) }
        routes.pages.get("/authorizations/items/:id/edit") { request, context in try await pages.editForm(request, context) }
        routes.pages.post("/authorizations/items/:id") { request, context in try await pages.update(request, context) }
        routes.pages.post("/authorizations/items/:id/status") { request, context in try await pages.recordStatus(request, context) }
        routes.pages.post("/authorizations/items/:id/evidence") { request, context in try await pages.addEvidence(request, context) }
        routes.pages.get("/authorization-evidence/:id") { request, context in try await pages.evidence(request, context) }
        routes.pages.post("/authorizations/items/:id/delete") { request, context in try await pages.delete(request, context) }
        AuthorizationsAPI(services: routes.services).register(on: routes.api)
    }

    static var storedFileReferences: [StoredFileReference] {
        [.column(table: "authorization_evidence", column: "storage_key")]
    }
}
