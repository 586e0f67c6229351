import Foundation
import ReformCore
import SQLKit

/// What an administrator enters for an endpoint (form or API).
struct WebhookDraft: Sendable, Equatable {
    var name: String
    var url: String
    var format: String
    var secret: String
    var siteUrl: String
    var enabled: Bool

    /// Trimmed values, or the issues a form shows. The URL must be http(s) with a host; the site address likewise or empty.
    func validated() throws -> WebhookDraft {
        var v = self
        v.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        v.url = url.trimmingCharacters(in: .whitespacesAndNewlines)
        v.secret = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        v.siteUrl = siteUrl.trimmingCharacters(in: .whitespacesAndNewlines)
        while v.siteUrl.hasSuffix("/") { v.siteUrl.removeLast() }
        var issues: [ValidationIssue] = []
        if v.name.isEmpty { issues.append(ValidationIssue(field: "webhookName", code: .required)) }
        if v.name.unicodeScalars.count > 100 { issues.append(ValidationIssue(field: "webhookName", code: .tooLong, limit: 100)) }
        if v.url.count > 2000 {
            issues.append(ValidationIssue(field: "webhookUrl", code: .tooLong, limit: 2000))
        } else if !Self.isWebURL(v.url) {
            issues.append(ValidationIssue(field: "webhookUrl", code: v.url.isEmpty ? .required : .incorrect))
        }
        if v.siteUrl.count > 500 {
            issues.append(ValidationIssue(field: "webhookSiteUrl", code: .tooLong, limit: 500))
        } else if !v.siteUrl.isEmpty && !Self.isWebURL(v.siteUrl) {
            issues.append(ValidationIssue(field: "webhookSiteUrl", code: .incorrect))
        }
        if WebhookEndpoint.Format(rawValue: v.format) == nil { issues.append(ValidationIssue(field: "webhookFormat", code: .invalidChoice)) }
        if v.secret.unicodeScalars.count > 200 { issues.append(ValidationIssue(field: "webhookSecret", code: .tooLong, limit: 200)) }
        guard issues.isEmpty else { throw AppError.validation(issues) }
        return v
    }

    static func isWebURL(_ s: String) -> Bool {
        guard let c = URLComponents(string: s), let scheme = c.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = c.host, !host.isEmpty
        else { return false }
        return true
    }
}

/// Administrators' changes to webhook endpoints: one transaction each, audited (the secret never in the log), 409 on a
/// stale version.
struct WebhookService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    private static func auditValues(_ d: WebhookDraft) -> [String: String?] {
        [
            "webhookName": d.name, "webhookUrl": d.url, "webhookFormat": d.format, "webhookSiteUrl": d.siteUrl,
            "webhookEnabled": d.enabled ? "1" : "0", "webhookSecret": d.secret.isEmpty ? "" : "***"
        ]
    }

    func create(_ draft: WebhookDraft, by actor: Principal) async throws -> WebhookEndpoint {
        try Access.require(actor.role == .admin, "manage_webhooks")
        let d = try draft.validated()
        let now = clock.timestamp
        return try await database.transaction { sql in
            let id = try await sql.insertReturningID(
                """
                INSERT INTO webhook_endpoints (name, url, format, secret, site_url, enabled, version, created_at, updated_at)
                VALUES (\(bind: d.name), \(bind: d.url), \(bind: d.format), \(bind: d.secret), \(bind: d.siteUrl), \(bind: d.enabled), 1,
                        \(bind: now), \(bind: now))
                """)
            try await Audit.record(
                entity: "webhook", id: id, action: "create", actor: actor.actorName, version: 1,
                changes: Audit.diff([:], Self.auditValues(d)), scopePath: nil, at: now, on: sql)
            guard let made = try await WebhookQueries.find(id, on: sql) else { throw AppError.internalError("webhook \(id) vanished") }
            return made
        }
    }

    /// Changes an endpoint. An empty secret keeps the one stored (the form never shows it). Switching an endpoint on
    /// queues its undelivered messages again.
    func update(_ id: Int, _ draft: WebhookDraft, baseVersion: Int, by actor: Principal) async throws -> WebhookEndpoint {
        try Access.require(actor.role == .admin, "manage_webhooks")
        let validated = try draft.validated()
        let now = clock.timestamp
        let jobs = JobQueue(database: database, clock: clock)
        return try await database.transaction { sql in
            var d = validated
            guard let before = try await WebhookQueries.find(id, on: sql) else { throw AppError.notFound(entity: "webhook", id: String(id)) }
            guard before.version == baseVersion else {
                throw AppError.conflict(entity: "webhook", id: id, currentVersion: before.version, changes: [])
            }
            if d.secret.isEmpty { d.secret = before.secret }
            let old = WebhookDraft(
                name: before.name, url: before.url, format: before.format, secret: before.secret, siteUrl: before.siteUrl, enabled: before.enabled)
            try await sql.execute(
                """
                UPDATE webhook_endpoints SET name = \(bind: d.name), url = \(bind: d.url), format = \(bind: d.format), secret = \(bind: d.secret),
                       site_url = \(bind: d.siteUrl), enabled = \(bind: d.enabled), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id)
                """)
            var changes = Audit.diff(Self.auditValues(old), Self.auditValues(d))
            if d.secret != before.secret && !changes.contains(where: { $0.field == "webhookSecret" }) {
                changes.append(.init(field: "webhookSecret", before: "***", after: "*** (changed)"))
            }
            try await Audit.record(
                entity: "webhook", id: id, action: "update", actor: actor.actorName, version: before.version + 1, changes: changes,
                scopePath: nil, at: now, on: sql)
            if d.enabled && !before.enabled {
                try await NotificationOutbox.requeuePending(endpoint: id, jobs: jobs, on: sql)
            }
            guard let after = try await WebhookQueries.find(id, on: sql) else { throw AppError.internalError("webhook \(id) vanished") }
            return after
        }
    }

    /// Removes an endpoint and its outbox.
    func delete(_ id: Int, baseVersion: Int, by actor: Principal) async throws {
        try Access.require(actor.role == .admin, "manage_webhooks")
        let now = clock.timestamp
        try await database.transaction { sql in
            guard let before = try await WebhookQueries.find(id, on: sql) else { throw AppError.notFound(entity: "webhook", id: String(id)) }
            guard before.version == baseVersion else {
                throw AppError.conflict(entity: "webhook", id: id, currentVersion: before.version, changes: [])
            }
            try await sql.execute("DELETE FROM notification_outbox WHERE endpoint_id = \(bind: id)")
            try await sql.execute("DELETE FROM webhook_endpoints WHERE id = \(bind: id)")
            try await Audit.record(
                entity: "webhook", id: id, action: "delete", actor: actor.actorName, version: before.version,
                changes: [.init(field: "webhookName", before: before.name, after: nil), .init(field: "webhookUrl", before: before.url, after: nil)],
                scopePath: nil, at: now, on: sql)
        }
    }
}
