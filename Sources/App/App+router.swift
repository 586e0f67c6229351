import Hummingbird

package func buildRouter(_ services: AppServices) -> Router<AppRequestContext> {
    buildRouter(services, features: AppFeatures.all)
}

/// The router of `features`: `AppFeatures.all`, or that and more in a test that adds a feature.
func buildRouter(_ services: AppServices, features: [any Feature.Type]) -> Router<AppRequestContext> {
    let inboxSources = features.flatMap { $0.inboxSources }
    // HEAD answers as GET without the body (RFC 9110 §9.3.2), the cache headers and a 304 included: crawlers and link
    // checkers of the public side ask HEAD first.
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LanguageMiddleware())
    router.add(middleware: ErrorMiddleware(renderer: services.renderer))
    let routeIndex = RouteIndex()
    router.add(middleware: AuthMiddleware(accounts: services.accounts))
    router.add(middleware: ReviewerGateMiddleware(gates: features.flatMap { $0.reviewerGates }, sql: services.database.sql))
    router.add(middleware: RequestUserMiddleware())
    router.add(middleware: CSRFMiddleware(maxUploadBytes: max(ImportService.maxUploadBytes, ReportService.maxFormBytes(services.config))))
    router.add(middleware: InboxCountMiddleware(services: services, sources: inboxSources))
    router.add(middleware: NotificationCountMiddleware(services: services))
    // Again inside the sign-in: an error page keeps the signed-in user's navigation and inbox count.
    router.add(middleware: ErrorMiddleware(renderer: services.renderer))
    router.add(middleware: MethodNotAllowedMiddleware(index: routeIndex))
    let routes = FeatureRoutes(services: services, pages: router, api: router.group("/api/v1"), inboxSources: inboxSources)
    for feature in features { feature.register(routes) }
    routeIndex.set(router.routes.map { RouteIndex.Route(method: $0.method, path: $0.path.description) })
    return router
}
