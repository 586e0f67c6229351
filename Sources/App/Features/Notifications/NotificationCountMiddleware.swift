import Hummingbird

/// Counts the signed-in user's unread notifications for the page header, on the same pages as the inbox count: one
/// query on the partial index of unread rows, reading at most `NotificationQueries.headerCap + 1` entries.
struct NotificationCountMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: AppServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let path = request.uri.path
        if request.method == .get || request.method == .post, let principal = context.principal, !path.hasPrefix("/api"), !path.hasPrefix("/static"),
            !path.hasPrefix("/evidence")
        {
            context.notificationCount = try await NotificationQueries.unreadCount(user: principal.userId, on: services.database.sql)
        }
        return try await next(request, context)
    }
}
