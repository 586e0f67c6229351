import Hummingbird

/// The ledger (台账): one filtered, paged view of every item, page and API.
enum LedgerFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let ledger = LedgerPages(services: routes.services)
        routes.pages.get("/ledger") { request, context in try await ledger.ledger(request, context) }
        LedgerAPI(services: routes.services).register(on: routes.api)
    }
}
