import Hummingbird
import ReformCore

/// Counts the signed-in user's inbox for the page header. Pages only: the API and static files skip it.
struct InboxCountMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: AppServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let path = request.uri.path
        if request.method == .get, let principal = context.principal, !path.hasPrefix("/api"), !path.hasPrefix("/static"),
           !path.hasPrefix("/evidence") {
            context.inboxCount = try await InboxQuery.run(for: principal, today: services.clock.today, timeZone: services.clock.timeZone,
                                                          on: services.database.sql).total
        }
        return try await next(request, context)
    }
}
