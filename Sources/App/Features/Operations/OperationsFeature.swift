import Hummingbird

/// What runs the server rather than the office's work: health, metrics, static files and the API document.
enum OperationsFeature: Feature {
    static var jobHandlers: [JobHandler] { [FileSweepJob.handler] }

    static func register(_ routes: FeatureRoutes) {
        let services = routes.services
        routes.pages.get("/health") { _, _ in try await HealthController(services: services).health() }
        routes.pages.get("/metrics") { _, context in
            try Access.require(Access.canReadMetrics(try context.requirePrincipal()), "metrics")
            return HealthController(services: services).metrics()
        }
        routes.pages.get("/static/:file") { _, context in try StaticController.file(context.parameters.require("file")) }
        routes.pages.get("/api/openapi.json") { _, _ in try StaticController.openAPI() }
    }
}
