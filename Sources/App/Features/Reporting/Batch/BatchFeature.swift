import Hummingbird

/// Batch work on the reporting loop (issue 11): 交办 of a whole plan or field in one submit, 签收 of several
/// assignments together, and deadline amendments for several items at once. The single steps stay in `ReportingFeature`
/// and `ItemsFeature`; these do the same, audited the same way, for many records in one transaction.
enum BatchFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = BatchPages(services: routes.services)
        routes.pages.get("/plans/:id/assign") { request, context in try await pages.assignPage(request, context) }
        routes.pages.post("/plans/:id/assign") { request, context in try await pages.assign(request, context) }
        routes.pages.post("/assignments/sign") { request, context in try await pages.sign(request, context) }
        let amend = BatchAmendPages(services: routes.services)
        routes.pages.get("/plans/:id/amend") { request, context in try await amend.amendPage(request, context) }
        routes.pages.post("/plans/:id/amend") { request, context in try await amend.amend(request, context) }
        BatchAPI(services: routes.services).register(on: routes.api)
    }
}
