import Hummingbird
import ReformCore

/// Counts the signed-in user's inbox for the page header: one count per feature's inbox source. Pages only: the API
/// and static files skip it. A POST counts too: a refused form is shown again inside the same header (a redirect
/// wastes the count, a few indexed lookups).
struct InboxCountMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: AppServices
    /// Every feature's inbox sources.
    let sources: [InboxSource]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let path = request.uri.path
        if request.method == .get || request.method == .post, let principal = context.principal, !path.hasPrefix("/api"), !path.hasPrefix("/static"),
            !path.hasPrefix("/evidence")
        {
            context.inboxCount = try await InboxSource.total(sources, for: principal, today: services.clock.today, on: services.database.sql)
        }
        return try await next(request, context)
    }
}
