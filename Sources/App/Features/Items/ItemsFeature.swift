import Hummingbird

/// Plan items: the item page, form, amendments, deletion, and API.
enum ItemsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let items = ItemPages(services: routes.services)
        routes.pages.get("/plans/:id/items/new") { request, context in try await items.itemForm(request, context) }
        routes.pages.post("/plans/:id/items") { request, context in try await items.itemSave(request, context) }
        routes.pages.get("/items/:id") { request, context in try await items.item(request, context) }
        routes.pages.get("/items/:id/edit") { request, context in try await items.itemForm(request, context) }
        routes.pages.post("/items/:id") { request, context in try await items.itemSave(request, context) }
        routes.pages.post("/items/:id/amend") { request, context in try await items.itemAmend(request, context) }
        routes.pages.post("/items/:id/delete") { request, context in try await items.itemDelete(request, context) }
        ItemsAPI(services: routes.services).register(on: routes.api)
    }
}
