import Foundation
import Hummingbird

/// The first run without the demo: /setup creates the first administrator with the setup code from the server's log,
/// and /start is the administrator's checklist (jurisdictions → units → users → import) until the office has a plan.
enum SetupFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = SetupPages(services: routes.services)
        routes.pages.get("/setup") { request, context in try await pages.form(request, context) }
        routes.pages.post("/setup") { request, context in try await pages.create(request, context) }
        routes.pages.get("/start") { request, context in try await pages.checklist(request, context) }
    }
}

extension AppServices {
    package var setup: SetupService { SetupService(database: database, clock: clock, users: users) }
}
