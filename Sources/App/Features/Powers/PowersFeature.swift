import Hummingbird

/// Delegated provincial powers (省级行政职权调整): the province's decisions moving powers to cities, each power's handover
/// within 30 working days, an entrusted power's yearly term renewed only after an effect evaluation, withdrawal, the
/// entrustment agreements; counts by type and method as of any day; filters in the URL, paging, export, import with a dry
/// run, print and the API. Reminders before the handover deadline and before expiry come from the reminder scan.
enum PowersFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = PowerPages(services: routes.services)
        routes.pages.get("/powers") { request, context in try await pages.register(request, context) }
        routes.pages.get("/powers/export.xlsx") { request, context in try await pages.export(request, context, format: "xlsx") }
        routes.pages.get("/powers/export.csv") { request, context in try await pages.export(request, context, format: "csv") }
        routes.pages.post("/powers/decisions") { request, context in try await pages.createDecision(request, context) }
        routes.pages.get("/powers/decisions/:id/import") { request, context in try await pages.importForm(request, context) }
        routes.pages.post("/powers/decisions/:id/import") { request, context in try await pages.runImport(request, context) }
        routes.pages.get("/powers/new") { request, context in try await pages.newForm(request, context) }
        routes.pages.post("/powers/items") { request, context in try await pages.create(request, context) }
        routes.pages.get("/powers/items/:id") { request, context in try await pages.item(request, context) }
        routes.pages.get("/powers/items/:id/edit") { request, context in try await pages.editForm(request, context) }
        routes.pages.post("/powers/items/:id") { request, context in try await pages.update(request, context) }
        routes.pages.post("/powers/items/:id/handover") { request, context in try await pages.handover(request, context) }
        routes.pages.post("/powers/items/:id/evaluations") { request, context in try await pages.evaluate(request, context) }
        routes.pages.post("/powers/items/:id/renewal") { request, context in try await pages.renew(request, context) }
        routes.pages.post("/powers/items/:id/withdrawal") { request, context in try await pages.withdraw(request, context) }
        routes.pages.post("/powers/items/:id/agreements") { request, context in try await pages.addAgreements(request, context) }
        routes.pages.get("/power-files/:id") { request, context in try await pages.file(request, context) }
        routes.pages.post("/powers/decisions/:id/delete") { request, context in try await pages.deleteDecision(request, context) }
        routes.pages.post("/powers/items/:id/delete") { request, context in try await pages.delete(request, context) }
        PowersAPI(services: routes.services).register(on: routes.api)
    }

    static var storedFileReferences: [StoredFileReference] {
        [.column(table: "power_files", column: "storage_key")]
    }
}
