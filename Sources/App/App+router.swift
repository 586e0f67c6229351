import Hummingbird

package func buildRouter(_ services: AppServices) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LanguageMiddleware())
    router.add(middleware: ErrorMiddleware(renderer: services.renderer))
    let routeIndex = RouteIndex()
    router.add(middleware: AuthMiddleware(accounts: services.accounts))
    router.add(middleware: RequestUserMiddleware())
    router.add(middleware: CSRFMiddleware(maxUploadBytes: max(ImportService.maxUploadBytes, ReportService.maxFormBytes(services.config))))
    router.add(middleware: InboxCountMiddleware(services: services))
    // Again inside the sign-in: an error page keeps the signed-in user's navigation and inbox count.
    router.add(middleware: ErrorMiddleware(renderer: services.renderer))
    router.add(middleware: MethodNotAllowedMiddleware(index: routeIndex))
    let routes = FeatureRoutes(services: services, pages: router, api: router.group("/api/v1"))
    for feature in AppFeatures.all { feature.register(routes) }
    routeIndex.set(router.routes.map { RouteIndex.Route(method: $0.method, path: $0.path.description) })
    return router
}
