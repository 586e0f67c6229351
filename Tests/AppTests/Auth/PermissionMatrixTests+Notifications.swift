import Foundation
import SQLKit
import Testing

@testable import App

/// Notifications are everyone's own (each signed-in user marks one of theirs); webhooks are the administrator's.
extension PermissionMatrixTests {
    static let signedIn: Set<Who> = [.admin, .office, .liaison, .unitHead, .inspector, .viewer, .otherOffice, .participant]
    static let administrators: Set<Who> = [.admin]

    static let notificationEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        add("GET /notifications", only(signedIn)) { _, _ in Request(uri: "/notifications?unread=1") }
        add("POST /notifications/read-all", only(signedIn)) { _, _ in Request(uri: "/notifications/read-all", method: .post, form: []) }
        add("POST /notifications/{id}/read", only(signedIn)) { w, who in
            Request(uri: "/notifications/\(try await w.notification(for: who))/read", method: .post, form: [])
        }
        add("GET /api/v1/notifications", only(signedIn, api: true)) { _, _ in Request(uri: "/api/v1/notifications?limit=5") }
        add("POST /api/v1/notifications/read-all", only(signedIn, api: true)) { _, _ in
            Request(uri: "/api/v1/notifications/read-all", method: .post)
        }
        add("POST /api/v1/notifications/{id}/read", only(signedIn, api: true)) { w, who in
            Request(uri: "/api/v1/notifications/\(try await w.notification(for: who))/read", method: .post)
        }
        add("GET /settings/webhooks", only(administrators)) { _, _ in Request(uri: "/settings/webhooks") }
        add("GET /settings/webhooks/new", only(administrators)) { _, _ in Request(uri: "/settings/webhooks/new") }
        add("POST /settings/webhooks", only(administrators)) { w, _ in
            Request(uri: "/settings/webhooks", method: .post, form: w.webhookForm(enabled: false))
        }
        add("GET /settings/webhooks/{id}", only(administrators)) { w, _ in Request(uri: "/settings/webhooks/\(try await w.freshWebhook().id)") }
        add("POST /settings/webhooks/{id}", only(administrators)) { w, _ in
            let hook = try await w.freshWebhook()
            return Request(
                uri: "/settings/webhooks/\(hook.id)", method: .post, form: w.webhookForm(enabled: false) + [("version", String(hook.version))])
        }
        add("POST /settings/webhooks/{id}/delete", only(administrators)) { w, _ in
            let hook = try await w.freshWebhook()
            return Request(uri: "/settings/webhooks/\(hook.id)/delete", method: .post, form: [("version", String(hook.version))])
        }
        return e
    }()
}

extension PermissionWorld {
    /// A new unread notification of `who`'s (anonymous: of the administrator's).
    func notification(for who: Who) async throws -> Int {
        let user = users[who] ?? users[.admin]!
        return try await sql.insertReturningID(
            """
            INSERT INTO notifications (user_id, kind, link, text, created_at)
            VALUES (\(bind: user.id), 'digest', '/notifications', '1 0', \(bind: services.clock.timestamp))
            """)
    }

    /// An endpoint switched off, so the matrix sends nothing anywhere.
    func freshWebhook() async throws -> WebhookEndpoint {
        let admin = try #require(try await TestAccounts(services: services).principal(of: users[.admin]!.id))
        return try await services.webhooks.create(
            WebhookDraft(name: "群机器人\(unique())", url: "http://127.0.0.1:9/hook", format: "wecom", secret: "", siteUrl: "", enabled: false),
            by: admin)
    }

    func webhookForm(enabled: Bool) -> [(String, String)] {
        [
            ("webhookName", "推送\(unique())"), ("webhookUrl", "http://127.0.0.1:9/hook"), ("webhookFormat", "generic"),
            ("webhookEnabled", enabled ? "1" : "0"), ("webhookSecret", "k"), ("webhookSiteUrl", "")
        ]
    }
}
