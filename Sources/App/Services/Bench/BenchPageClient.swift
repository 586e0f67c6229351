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

    init(services: AppServices, logger: Logger) {
        responder = buildRouter(services).buildResponder()
        channel = NIOAsyncTestingChannel()
        self.logger = logger
    }

    struct Page: Sendable {
        var status: Int
        var bytes: Int
    }

    func get(_ path: String) async throws -> Page {
        let request = Request(head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: path),
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
