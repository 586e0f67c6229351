import Hummingbird

/// Jurisdictions (行政区划): the government tree, pages and API.
enum JurisdictionsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let jurisdictions = JurisdictionPages(services: routes.services)
        routes.pages.get("/jurisdictions") { request, context in try await jurisdictions.jurisdictions(request, context) }
        routes.pages.get("/jurisdictions/new") { request, context in try await jurisdictions.jurisdictionForm(request, context) }
        routes.pages.post("/jurisdictions") { request, context in try await jurisdictions.jurisdictionSave(request, context) }
        routes.pages.get("/jurisdictions/:id/edit") { request, context in try await jurisdictions.jurisdictionForm(request, context) }
        routes.pages.post("/jurisdictions/:id") { request, context in try await jurisdictions.jurisdictionSave(request, context) }
        JurisdictionsAPI(services: routes.services).register(on: routes.api)
    }
}
