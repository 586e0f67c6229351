import Hummingbird

/// The inbox page (/inbox): the sections every feature's inbox sources contribute (see `InboxSource`), so a feature
/// adds its work to the inbox by declaring a source, without editing this page or another feature's query.
enum InboxFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let inbox = InboxPages(services: routes.services, sources: routes.inboxSources)
        routes.pages.get("/inbox") { request, context in try await inbox.inbox(request, context) }
    }

    static var strings: StringTable { inboxStrings }
}
