import Hummingbird
import NIOConcurrencyHelpers

/// Every route the router registers, filled in by `buildRouter` once they exist (middleware is added first).
final class RouteIndex: Sendable {
    struct Route: Sendable, Equatable {
        var method: HTTPRequest.Method
        var path: String
    }
    private let routes = NIOLockedValueBox<[Route]>([])

    func set(_ list: [Route]) { routes.withLockedValue { $0 = list } }

    /// The methods registered for a concrete path (`{id}` segments match any one segment).
    func methods(matching path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return routes.withLockedValue { list in
            list.filter { route in
                let pattern = route.path.split(separator: "/", omittingEmptySubsequences: true)
                return pattern.count == segments.count
                    && zip(pattern, segments).allSatisfy { p, s in p.hasPrefix("{") || p.hasPrefix(":") || p == s }
            }.map(\.method)
        }
    }
}

/// A known path asked with a method it does not support answers 405 with `Allow` (RFC 9110), not 404.
/// The error goes on to `ErrorMiddleware`: JSON under /api, a page elsewhere.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let index: RouteIndex

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = index.methods(matching: request.uri.path)
            guard !allowed.isEmpty, !allowed.contains(request.method) else { throw error }
            let names = Set(allowed.map(\.rawValue)).sorted()
            throw HTTPError(
                .methodNotAllowed, headers: [.allow: names.joined(separator: ", ")],
                message: "\(request.method.rawValue) is not supported here; use \(names.joined(separator: " or "))")
        }
    }
}
