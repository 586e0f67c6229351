import Hummingbird

/// Grassroots innovation projects (基层改革创新项目): a city's annual call with a quota per district, the districts'
/// declarations, the city's review within the quota; a selected project becomes an item of the call's plan (so it is
/// reported on and lit like any plan item). Filters in the URL, paging, export, import of declarations with a dry run,
/// print and the API. `GrassrootsQueries.subject` gives the evaluation rounds a project's title and district.
enum GrassrootsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = GrassrootsPages(services: routes.services)
        routes.pages.get("/grassroots") { request, context in try await pages.register(request, context) }
        routes.pages.get("/grassroots/export.xlsx") { request, context in try await pages.export(request, context, format: "xlsx") }
        routes.pages.get("/grassroots/export.csv") { request, context in try await pages.export(request, context, format: "csv") }
        routes.pages.post("/grassroots/calls") { request, context in try await pages.createCall(request, context) }
        routes.pages.get("/grassroots/calls/:id/import") { request, context in try await pages.importForm(request, context) }
        routes.pages.post("/grassroots/calls/:id/import") { request, context in try await pages.runImport(request, context) }
        routes.pages.get("/grassroots/new") { request, context in try await pages.newForm(request, context) }
        routes.pages.post("/grassroots/projects") { request, context in try await pages.create(request, context) }
        routes.pages.get("/grassroots/projects/:id") { request, context in try await pages.project(request, context) }
        routes.pages.get("/grassroots/projects/:id/edit") { request, context in try await pages.editForm(request, context) }
        routes.pages.post("/grassroots/projects/:id") { request, context in try await pages.update(request, context) }
        routes.pages.post("/grassroots/projects/:id/review") { request, context in try await pages.review(request, context) }
        routes.pages.post("/grassroots/projects/:id/delete") { request, context in try await pages.delete(request, context) }
        GrassrootsAPI(services: routes.services).register(on: routes.api)
    }
}
