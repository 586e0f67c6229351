import Hummingbird

func buildRouter(_ services: AppServices) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LanguageMiddleware())
    router.add(middleware: ErrorMiddleware(renderer: services.renderer))
    let routeIndex = RouteIndex()
    router.add(middleware: MethodNotAllowedMiddleware(index: routeIndex))
    router.add(middleware: AuthMiddleware(accounts: services.accounts))
    router.add(middleware: CSRFMiddleware())

    // Operations
    router.get("/health") { _, _ in try await HealthController(services: services).health() }
    router.get("/metrics") { _, context in
        try Access.require(Access.canReadMetrics(try context.requirePrincipal()), "metrics")
        return HealthController(services: services).metrics()
    }
    router.get("/static/:file") { _, context in try StaticController.file(context.parameters.require("file")) }
    router.get("/api/openapi.json") { _, _ in try StaticController.openAPI() }

    // Pages
    let web = WebControllers(services: services)
    router.get("/login") { request, context in try await web.loginForm(request, context) }
    router.post("/login") { request, context in try await web.login(request, context) }
    router.post("/logout") { request, context in try await web.logout(request, context) }
    router.get("/account") { request, context in try await web.account(request, context) }
    router.post("/account/password") { request, context in try await web.accountPassword(request, context) }
    router.post("/account/tokens") { request, context in try await web.accountTokenCreate(request, context) }
    router.post("/account/tokens/:id/revoke") { request, context in try await web.accountTokenRevoke(request, context) }

    router.get("/") { request, context in try await web.home(request, context) }
    router.get("/dashboard/:id") { request, context in try await web.dashboard(request, context) }
    router.get("/ledger") { request, context in try await web.ledger(request, context) }

    // Export (issue 3): the ledger view as a file, the wall chart as an A3 print page. GETs only; the API's
    // GET /api/v1/ledger/export is registered by APIController.registerExport.
    router.get("/ledger/export.xlsx") { request, context in try await web.ledgerExport(request, context, format: .xlsx) }
    router.get("/ledger/export.csv") { request, context in try await web.ledgerExport(request, context, format: .csv) }
    router.get("/plans/:id/wallchart/print") { request, context in try await web.wallChartPrint(request, context) }

    router.get("/jurisdictions") { request, context in try await web.jurisdictions(request, context) }
    router.get("/jurisdictions/new") { request, context in try await web.jurisdictionForm(request, context) }
    router.post("/jurisdictions") { request, context in try await web.jurisdictionSave(request, context) }
    router.get("/jurisdictions/:id/edit") { request, context in try await web.jurisdictionForm(request, context) }
    router.post("/jurisdictions/:id") { request, context in try await web.jurisdictionSave(request, context) }

    router.get("/units") { request, context in try await web.units(request, context) }
    router.get("/units/new") { request, context in try await web.unitForm(request, context) }
    router.post("/units") { request, context in try await web.unitSave(request, context) }
    router.get("/units/:id/edit") { request, context in try await web.unitForm(request, context) }
    router.post("/units/:id") { request, context in try await web.unitSave(request, context) }

    router.get("/plans") { request, context in try await web.plans(request, context) }
    router.get("/plans/new") { request, context in try await web.planForm(request, context) }
    router.post("/plans") { request, context in try await web.planSave(request, context) }
    router.get("/plans/:id") { request, context in try await web.plan(request, context) }
    router.get("/plans/:id/edit") { request, context in try await web.planForm(request, context) }
    router.post("/plans/:id") { request, context in try await web.planSave(request, context) }
    router.get("/plans/:id/wallchart") { request, context in try await web.wallChart(request, context) }
    router.get("/plans/:id/wallchart.svg") { request, context in try await web.wallChartSVG(request, context) }
    router.get("/plans/:id/items/new") { request, context in try await web.itemForm(request, context) }
    router.post("/plans/:id/items") { request, context in try await web.itemSave(request, context) }

    router.get("/items/:id") { request, context in try await web.item(request, context) }
    router.get("/items/:id/edit") { request, context in try await web.itemForm(request, context) }
    router.post("/items/:id") { request, context in try await web.itemSave(request, context) }
    router.post("/items/:id/amend") { request, context in try await web.itemAmend(request, context) }
    router.post("/items/:id/delete") { request, context in try await web.itemDelete(request, context) }

    router.get("/imports") { request, context in try await web.imports(request, context) }
    router.get("/imports/new") { request, context in try await web.importForm(request, context) }
    router.post("/imports") { request, context in try await web.importCreate(request, context) }
    router.get("/imports/:id") { request, context in try await web.importBatch(request, context) }
    router.post("/imports/:id/corrections") { request, context in try await web.importCorrect(request, context) }
    router.post("/imports/:id/commit") { request, context in try await web.importCommit(request, context) }
    router.post("/imports/:id/undo") { request, context in try await web.importUndo(request, context) }
    router.post("/imports/:id/discard") { request, context in try await web.importDiscard(request, context) }

    // JSON API
    APIController(services: services).register(on: router.group("/api/v1"))
    routeIndex.set(router.routes.map { RouteIndex.Route(method: $0.method, path: $0.path.description) })
    return router
}
