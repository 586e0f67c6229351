import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// One log line per request (README: Request log): method, the matched route (`/items/{id}`, not the address, so
/// no id or query string reaches the log), status, duration in milliseconds, the signed-in user and a request id.
/// The id is the client's `X-Request-Id` when it is sane, else a new one; it is echoed in the response and set on the
/// request's logger, so every line logged while answering it (an unhandled error, a database warning) carries it.
/// Outermost in the router, so refusals of the sign-in and CSRF checks are logged too.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    /// The metadata key of the request id. Hummingbird's own key, so `context.id` is the same id.
    static let requestIDKey = "hb.request.id"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let id = Self.requestID(request.headers[.xRequestID])
        var context = context
        context.logger[metadataKey: Self.requestIDKey] = .string(id)
        do {
            var response = try await next(request, context)
            response.headers[.xRequestID] = id
            log(request, context: context, status: Int(response.status.code), since: started)
            return response
        } catch {
            // Only what the error middleware did not answer: Hummingbird turns it into a response.
            let status = (error as? any HTTPResponseError).map { Int($0.status.code) } ?? 500
            log(request, context: context, status: status, since: started)
            throw error
        }
    }

    private func log(_ request: Request, context: Context, status: Int, since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        // Hummingbird names an unmatched request's endpoint "NotFound"; a route is a pattern starting with "/".
        let route = context.endpointPath.flatMap { $0.hasPrefix("/") ? $0 : nil }
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue),
            "route": .string(route ?? "-"),
            "status": .stringConvertible(status),
            "duration_ms": .string(String(format: "%.1f", milliseconds))
        ]
        // A path no route matched is logged without its query string, cut short.
        if route == nil { metadata["path"] = .string(String(request.uri.path.prefix(200))) }
        if let user = context.requestUser.principal {
            metadata["user_id"] = .stringConvertible(user.userId)
            metadata["user"] = .string(user.username)
        }
        context.logger.log(level: status >= 500 ? .error : .info, "request", metadata: metadata)
    }

    /// The client's id when it is 1–64 letters, digits, `-`, `_`, `.` or `:`; else 16 random hexadecimal digits.
    static func requestID(_ incoming: String?) -> String {
        if let incoming, (1...64).contains(incoming.count),
            incoming.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.:".unicodeScalars.contains($0))
            })
        {
            return incoming
        }
        return String(format: "%016llx", UInt64.random(in: 0...UInt64.max))
    }
}

/// Who made the request, for its log line: set inside the sign-in check, read by `RequestLogMiddleware` outside it.
/// The request context is a value handed inwards, so the one reference both see is this box, made per request.
final class RequestUser: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Principal?

    var principal: Principal? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// Records the signed-in user for the request log; placed right after `AuthMiddleware`.
struct RequestUserMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        context.requestUser.principal = context.principal
        return try await next(request, context)
    }
}
