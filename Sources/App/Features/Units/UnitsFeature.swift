import Hummingbird

/// Units (责任单位) of each jurisdiction, pages and API.
enum UnitsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let units = UnitPages(services: routes.services)
        routes.pages.get("/units") { request, context in try await units.units(request, context) }
        routes.pages.get("/units/new") { request, context in try await units.unitForm(request, context) }
        routes.pages.post("/units") { request, context in try await units.unitSave(request, context) }
        routes.pages.get("/units/:id/edit") { request, context in try await units.unitForm(request, context) }
        routes.pages.post("/units/:id") { request, context in try await units.unitSave(request, context) }
        UnitsAPI(services: routes.services).register(on: routes.api)
    }
}
