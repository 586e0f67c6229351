import Hummingbird

/// Import of plans and ledgers from documents and spreadsheets: dry run, corrections, commit, undo; pages and API.
enum ImportFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let imports = ImportPages(services: routes.services)
        routes.pages.get("/imports") { request, context in try await imports.imports(request, context) }
        routes.pages.get("/imports/new") { request, context in try await imports.importForm(request, context) }
        routes.pages.post("/imports") { request, context in try await imports.importCreate(request, context) }
        routes.pages.get("/imports/:id") { request, context in try await imports.importBatch(request, context) }
        routes.pages.post("/imports/:id/corrections") { request, context in try await imports.importCorrect(request, context) }
        routes.pages.post("/imports/:id/commit") { request, context in try await imports.importCommit(request, context) }
        routes.pages.post("/imports/:id/undo") { request, context in try await imports.importUndo(request, context) }
        routes.pages.post("/imports/:id/discard") { request, context in try await imports.importDiscard(request, context) }
        ImportAPI(services: routes.services).register(on: routes.api)
    }

    static var jobHandlers: [JobHandler] { [ImportCommitJob.handler] }
}
