import Foundation
import SQLKit

/// An outbound webhook (the office's group robot or its own system), configured by an administrator.
struct WebhookEndpoint: Sendable, Decodable, Equatable {
    enum Format: String, Sendable, Codable, CaseIterable {
        /// Our own JSON (`NotificationMessage.generic`).
        case generic
        /// 企业微信 group robot: `{"msgtype":"markdown","markdown":{"content":…}}`.
        case wecom
        /// 钉钉 group robot: `{"msgtype":"markdown","markdown":{"title":…,"text":…}}`, signed in the URL as DingTalk asks.
        case dingtalk
    }

    var id: Int
    var name: String
    var url: String
    var format: String
    var secret: String
    var siteUrl: String
    var enabled: Bool
    var version: Int
    var createdAt: String
    var updatedAt: String

    var endpointFormat: Format { Format(rawValue: format) ?? .generic }
}

enum WebhookQueries {
    static let columns: SQLQueryString = "id, name, url, format, secret, site_url, enabled, version, created_at, updated_at"

    static func all(on sql: any SQLDatabase) async throws -> [WebhookEndpoint] {
        try await sql.all(WebhookEndpoint.self, "SELECT \(columns) FROM webhook_endpoints ORDER BY id")
    }

    static func enabled(on sql: any SQLDatabase) async throws -> [WebhookEndpoint] {
        try await sql.all(WebhookEndpoint.self, "SELECT \(columns) FROM webhook_endpoints WHERE enabled = \(bind: true) ORDER BY id")
    }

    static func find(_ id: Int, on sql: any SQLDatabase) async throws -> WebhookEndpoint? {
        try await sql.first(WebhookEndpoint.self, "SELECT \(columns) FROM webhook_endpoints WHERE id = \(bind: id)")
    }

    struct OutboxCounts: Sendable, Decodable {
        var endpointId: Int
        var pending: Int
        var delivered: Int
    }

    /// Messages waiting and delivered, per endpoint.
    static func outboxCounts(on sql: any SQLDatabase) async throws -> [Int: OutboxCounts] {
        let rows = try await sql.all(
            OutboxCounts.self,
            """
            SELECT endpoint_id, SUM(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END) AS pending,
                   SUM(CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END) AS delivered
            FROM notification_outbox GROUP BY endpoint_id
            """)
        return Dictionary(rows.map { ($0.endpointId, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
