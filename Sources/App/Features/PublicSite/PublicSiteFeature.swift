import Hummingbird

/// The public side (改革进展公开): published plans by territory and field, items with their dated updates, the published
/// authorization register, open data (CSV, JSON, XLSX), an Atom feed, the license, and the public read-only API with its
/// own document. Rendered without a session, in its own layout; reads only `PublicQueries`.
enum PublicSiteFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = PublicPages(services: routes.services, homeSections: PublicSections.home, itemSections: PublicSections.item)
        let r = routes.pages
        r.get("/public") { request, context in try await pages.home(request, context) }
        r.get("/public/plans/:id") { request, context in try await pages.plan(request, context) }
        r.get("/public/items/:id") { request, context in try await pages.item(request, context) }
        r.get("/public/authorizations") { request, context in try await pages.authorizations(request, context) }
        r.get("/public/data") { request, context in try await pages.data(request, context) }
        r.get("/public/updates.atom") { request, context in try await pages.feed(request, context) }
        for format in PublicTable.formats {
            r.get(RouterPath("/public/plans.\(format)")) { request, context in try await pages.plansData(request, context, format: format) }
            r.get(RouterPath("/public/plans/:id/items.\(format)")) { request, context in try await pages.planData(request, context, format: format) }
            r.get(RouterPath("/public/authorizations.\(format)")) { request, context in
                try await pages.authorizationsData(request, context, format: format)
            }
        }
        PublicAPI(services: routes.services).register(on: r)
    }
}

/// Sections other features add to the public pages (the golden ideas' calls on the home page, an item's adopted ideas).
enum PublicSections {
    static let home: [@Sendable (AppServices, Language) async throws -> String] = [IdeaPublicPages.homeSection]
    static let item: [@Sendable (AppServices, Int, Language) async throws -> String] = [IdeaPublicPages.itemSection]
}
