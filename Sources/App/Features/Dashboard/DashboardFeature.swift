import Hummingbird

/// The start page and each jurisdiction's dashboard (工作台), page and API.
enum DashboardFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let dashboard = DashboardPages(services: routes.services)
        routes.pages.get("/") { request, context in try await dashboard.home(request, context) }
        routes.pages.get("/dashboard/:id") { request, context in try await dashboard.dashboard(request, context) }
        DashboardAPI(services: routes.services).register(on: routes.api)
    }
}
