import Hummingbird

/// Plans (方案): list, page with the outline tree, form, and API.
enum PlansFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let plans = PlanPages(services: routes.services)
        routes.pages.get("/plans") { request, context in try await plans.plans(request, context) }
        routes.pages.get("/plans/new") { request, context in try await plans.planForm(request, context) }
        routes.pages.post("/plans") { request, context in try await plans.planSave(request, context) }
        routes.pages.get("/plans/:id") { request, context in try await plans.plan(request, context) }
        routes.pages.get("/plans/:id/edit") { request, context in try await plans.planForm(request, context) }
        routes.pages.post("/plans/:id") { request, context in try await plans.planSave(request, context) }
        PlansAPI(services: routes.services).register(on: routes.api)
    }
}
