import AsyncHTTPClient
import Foundation
import Hummingbird
import NIOCore
import SQLKit

/// The webhook outbox. A message is a row, written in the transaction that made what it announces, with a
/// `notifications.deliver` job for it; the job posts it, marks it delivered, and on failure is retried with the job
/// queue's back-off. A receiver that is down, or a server restarted, loses nothing: the row and its job wait.
enum NotificationOutbox {
    static let deliverKind = "notifications.deliver"
    /// 15 s, 30 s, 1 min … then hourly (`JobQueue.backoff`): about a day of trying before the job gives up; the row stays
    /// undelivered, counted on /settings/webhooks, and switching the endpoint off and on again queues it once more.
    static let maxAttempts = 30
    static let requestTimeout: TimeAmount = .seconds(10)

    struct Payload: Codable, Sendable {
        var outboxId: Int
    }

    struct Row: Sendable, Decodable {
        var id: Int
        var endpointId: Int
        var body: String
        var attempts: Int
        var deliveredAt: String?
    }

    /// Writes one row (and its job) per endpoint; returns how many.
    static func enqueue(_ event: NotificationEvent, to endpoints: [WebhookEndpoint], now: String, jobs: JobQueue, on sql: any SQLDatabase)
        async throws -> Int
    {
        for endpoint in endpoints {
            let body = try NotificationMessage.body(event, endpoint: endpoint, createdAt: now)
            let id = try await sql.insertReturningID(
                """
                INSERT INTO notification_outbox (endpoint_id, body, attempts, created_at)
                VALUES (\(bind: endpoint.id), \(bind: body), 0, \(bind: now))
                """)
            try await jobs.enqueue(kind: deliverKind, payload: Payload(outboxId: id), createdBy: nil, maxAttempts: maxAttempts, on: sql)
        }
        return endpoints.count
    }

    /// Queues the endpoint's undelivered rows again (it was switched back on).
    static func requeuePending(endpoint: Int, jobs: JobQueue, on sql: any SQLDatabase) async throws {
        struct IDRow: Decodable { var id: Int }
        let rows = try await sql.all(
            IDRow.self, "SELECT id FROM notification_outbox WHERE endpoint_id = \(bind: endpoint) AND delivered_at IS NULL ORDER BY id")
        for row in rows {
            try await jobs.enqueue(kind: deliverKind, payload: Payload(outboxId: row.id), createdBy: nil, maxAttempts: maxAttempts, on: sql)
        }
    }

    static let handler = JobHandler(kind: deliverKind, titleKey: "notifications.job.deliver", run: deliver)

    struct DeliveryFailed: Error, CustomStringConvertible {
        var description: String
    }

    @Sendable static func deliver(_ context: JobContext) async throws -> String? {
        let payload = try context.decodePayload(Payload.self)
        let services = context.services
        let sql = services.database.sql
        guard
            let row = try await sql.first(
                Row.self, "SELECT id, endpoint_id, body, attempts, delivered_at FROM notification_outbox WHERE id = \(bind: payload.outboxId)")
        else { return #"{"skipped":"gone"}"# }
        if row.deliveredAt != nil { return #"{"skipped":"delivered"}"# }
        guard let endpoint = try await WebhookQueries.find(row.endpointId, on: sql), endpoint.enabled else {
            // Kept undelivered: switching the endpoint on again queues it.
            return #"{"skipped":"endpoint off"}"#
        }
        let now = services.clock.now
        let stamp = Timestamp.of(now)
        do {
            try await post(row.body, to: endpoint, at: now)
        } catch {
            let message = String(String(describing: error).prefix(500))
            try await sql.execute(
                """
                UPDATE notification_outbox SET attempts = attempts + 1, last_error = \(bind: message), last_attempt_at = \(bind: stamp)
                WHERE id = \(bind: row.id)
                """)
            throw DeliveryFailed(description: message)
        }
        try await sql.execute(
            """
            UPDATE notification_outbox SET attempts = attempts + 1, last_error = NULL, last_attempt_at = \(bind: stamp), delivered_at = \(bind: stamp)
            WHERE id = \(bind: row.id)
            """)
        return #"{"delivered":true}"#
    }

    /// Posts `body` signed; a status outside 2xx, or a robot's `errcode` other than 0, is a failure.
    static func post(_ body: String, to endpoint: WebhookEndpoint, at now: Date) async throws {
        let seconds = Int(now.timeIntervalSince1970)
        var url = endpoint.url
        if endpoint.endpointFormat == .dingtalk && !endpoint.secret.isEmpty {
            url = WebhookSignature.dingTalkURL(url, milliseconds: Int64(now.timeIntervalSince1970 * 1000), secret: endpoint.secret)
        }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        request.headers.add(name: "User-Agent", value: "ReformLedger")
        request.headers.add(name: WebhookSignature.timestampHeader, value: String(seconds))
        request.headers.add(
            name: WebhookSignature.signatureHeader, value: WebhookSignature.sign(body: body, timestamp: seconds, secret: endpoint.secret))
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: requestTimeout)
        let answer = try await response.body.collect(upTo: 64 * 1024)
        guard (200..<300).contains(Int(response.status.code)) else {
            throw DeliveryFailed(description: "HTTP \(response.status.code): \(String(buffer: answer).prefix(200))")
        }
        if endpoint.endpointFormat != .generic {
            struct RobotAnswer: Decodable { var errcode: Int? }
            if let code = (try? JSONDecoder().decode(RobotAnswer.self, from: Data(buffer: answer)))?.errcode, code != 0 {
                throw DeliveryFailed(description: "robot errcode \(code): \(String(buffer: answer).prefix(200))")
            }
        }
    }
}
