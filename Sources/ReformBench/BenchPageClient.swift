import App
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded

/// Requests pages from the application's router in-process, as the server would after reading a request
/// off the socket: the middleware, the web controllers and the Mustache rendering all run; only the
/// network is left out.
struct BenchPageClient: Sendable {
    let responder: RouterResponder<AppRequestContext>
    let channel: NIOAsyncTestingChannel
    let logger: Logger
    /// Pages need a signed-in user: the bench reads them as a nationwide admin, through an API token.
    let token: String

    init(services: AppServices, logger: Logger, token: String) {
        responder = buildRouter(services).buildResponder()
        channel = NIOAsyncTestingChannel()
        self.logger = logger
        self.token = token
    }

    /// A fresh API token of the bench's admin user (created on first use in the bench database).
    static func adminToken(_ services: AppServices) async throws -> String {
        let user: UserRecord
        if let existing = try await UserQueries.byUsername("bench-admin", on: services.database.sql) {
            user = existing
        } else {
            user = try await services.users.create(
                .init(username: "bench-admin", displayName: "基准测试", role: Role.admin.rawValue),
                password: SecretToken.generate(), actor: "reform bench")
        }
        guard let principal = user.principal else { throw AppError.internalError("bench-admin has no usable role") }
        return try await services.accounts.createToken(principal: principal, name: "reform bench").1
    }

    /// A query value percent-encoded as the pages' own links write it (unreserved characters kept).
    static func escape(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    struct Page: Sendable {
        var status: Int
        var bytes: Int
    }

    func get(_ path: String) async throws -> Page {
        let request = Request(
            head: HTTPRequest(
                method: .get, scheme: "http", authority: "localhost", path: path,
                headerFields: [.authorization: "Bearer \(token)"]),
            body: RequestBody(buffer: ByteBuffer()))
        let context = AppRequestContext(source: ApplicationRequestContextSource(channel: channel, logger: logger))
        let response = try await responder.respond(to: request, context: context)
        let collected = Collected()
        try await response.body.write(Collector(collected: collected))
        return Page(status: Int(response.status.code), bytes: collected.bytes)
    }

    private final class Collected: @unchecked Sendable {
        var bytes = 0
    }

    private struct Collector: ResponseBodyWriter {
        let collected: Collected
        mutating func write(_ buffer: ByteBuffer) async throws { collected.bytes += buffer.readableBytes }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
