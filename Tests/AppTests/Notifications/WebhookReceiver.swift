import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

@testable import App

/// A local HTTP receiver for the outbox's deliveries: a Hummingbird app on a random loopback port that records each
/// request and answers with the next of `statuses` (200 once they are used up).
actor WebhookReceiver {
    struct Received: Sendable {
        var path: String
        var query: String
        var headers: HTTPFields
        var body: String
    }

    private(set) var received: [Received] = []
    private var statuses: [HTTPResponse.Status]

    init(statuses: [HTTPResponse.Status]) { self.statuses = statuses }

    func take(_ r: Received) -> HTTPResponse.Status {
        received.append(r)
        return statuses.isEmpty ? .ok : statuses.removeFirst()
    }

    /// Runs `body` with the receiver listening; `body` gets the base URL ("http://127.0.0.1:PORT").
    static func run(statuses: [HTTPResponse.Status] = [], _ body: @escaping @Sendable (String, WebhookReceiver) async throws -> Void)
        async throws
    {
        let receiver = WebhookReceiver(statuses: statuses)
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let text = String(buffer: try await request.body.collect(upTo: 1 << 20))
            let status = await receiver.take(
                Received(path: request.uri.path, query: request.uri.query ?? "", headers: request.headers, body: text))
            // What the group robots answer; the generic receiver's body is not read.
            return Response(status: status, body: .init(byteBuffer: ByteBuffer(string: #"{"errcode":0,"errmsg":"ok"}"#)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: TestDatabase.logger)
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)", receiver)
        }
    }
}
