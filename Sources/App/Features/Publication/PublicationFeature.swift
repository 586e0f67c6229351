import Hummingbird

/// What the office makes public (改革进展公开, the office's side): plans published or not, the rank of officials named,
/// the words for each status, items held back, dated public updates, authorization batches published. The pages the
/// public reads are `PublicSiteFeature`'s.
enum PublicationFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = PublicationPages(services: routes.services)
        routes.pages.get("/publication") { request, context in try await pages.index(request, context) }
        routes.pages.get("/publication/plans/:id") { request, context in try await pages.plan(request, context) }
        routes.pages.post("/publication/plans/:id") { request, context in try await pages.saveSettings(request, context) }
        routes.pages.post("/publication/items/:id/hold") { request, context in try await pages.hold(request, context) }
        routes.pages.post("/publication/items/:id/release") { request, context in try await pages.release(request, context) }
        routes.pages.post("/publication/plans/:id/updates") { request, context in try await pages.addUpdate(request, context) }
        routes.pages.post("/publication/updates/:id/delete") { request, context in try await pages.deleteUpdate(request, context) }
        routes.pages.post("/publication/authorization-batches/:id") { request, context in try await pages.setBatch(request, context) }
        PublicationAPI(services: routes.services).register(on: routes.api)
    }
}
