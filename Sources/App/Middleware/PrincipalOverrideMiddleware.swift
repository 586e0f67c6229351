import Hummingbird

/// Sets the request's principal from a function of the request. Used by tests to act as a given user
/// until the accounts work brings sessions and tokens; production routers are built without it.
struct PrincipalOverrideMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let identify: @Sendable (Request) -> Principal?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let principal = identify(request) { context.principal = principal }
        return try await next(request, context)
    }
}
