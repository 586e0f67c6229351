import Hummingbird

struct InboxPages: PageHandlers {
    let services: AppServices
    /// Every feature's inbox sources.
    let sources: [InboxSource]

    /// /inbox: what the signed-in user must do, one section per source.
    func inbox(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let input = InboxSectionInput(principal: principal, request: request, context: context, services: services)
        var sections: [InboxPageView.Section] = []
        for source in sources {
            switch try await source.section(input) {
            case .html(let html)?:
                sections.append(.init(key: source.key, html: html))
            case .list(let title, let rows)?:
                sections.append(.init(key: source.key, list: .init(title: title, count: rows.count, rows: rows, hasRows: !rows.isEmpty)))
            case nil:
                break
            }
        }
        return renderer.page(
            "inbox/inbox", title: L10n.t("inboxPage.title", context.language), view: InboxPageView(sections: sections), context: context,
            request: request, active: "inbox")
    }
}
