import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

@Suite struct WebhookSettingsTests {
    static let form: [(String, String)] = [
        ("webhookName", "改革办工作群"), ("webhookUrl", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc"), ("webhookFormat", "wecom"),
        ("webhookEnabled", "1"), ("webhookSecret", "topsecret"), ("webhookSiteUrl", "https://ledger.example.gov.cn")
    ]

    @Test func anAdministratorAddsAnEndpointAndTheAuditLogKeepsItWithoutTheSecret() async throws {
        try await TestApp.run { services, client in
            // given
            let admin = try await client.session(as: .admin, username: "hooks-admin")
            // when
            let created = try await admin.postForm("/settings/webhooks", Self.form)
            let list = try await admin.get("/settings/webhooks")
            let en = try await admin.get("/settings/webhooks?lang=en")
            // then
            #expect(created.status == .seeOther)
            let saved = try #require(try await WebhookQueries.all(on: services.database.sql).first)
            #expect(saved.format == "wecom" && saved.secret == "topsecret" && saved.enabled)
            #expect(list.text.contains("改革办工作群") && list.text.contains("企业微信群机器人"))
            #expect(!list.text.contains("topsecret"))
            #expect(en.text.contains("WeCom group robot (markdown)") && en.text.contains("X-Reform-Signature"))
            struct Entry: Decodable {
                var action: String
                var changes: String
            }
            let audit = try await services.database.sql.all(
                Entry.self, "SELECT action, changes FROM audit_log WHERE entity_type = 'webhook' AND entity_id = \(bind: saved.id)")
            #expect(audit.map(\.action) == ["create"])
            #expect(audit.first?.changes.contains("qyapi.weixin.qq.com") == true)
            #expect(audit.first?.changes.contains("topsecret") == false)
        }
    }

    @Test func aWrongAddressIsShownAgainWithItsError() async throws {
        try await TestApp.run { services, client in
            // given
            let admin = try await client.session(as: .admin, username: "hooks-admin")
            var form = Self.form
            form[1] = ("webhookUrl", "ftp://example.com/x")
            // when
            let response = try await admin.postForm("/settings/webhooks", form)
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("推送地址（URL）：不正确"))
            #expect(try await WebhookQueries.all(on: services.database.sql).isEmpty)
        }
    }

    @Test func aStaleEditIsRefusedAndDeletionTakesTheOutbox() async throws {
        try await TestDatabase.withServices { services in
            // given
            let made = try await TestAccounts(services: services).user(.admin, username: "hooks-admin")
            let admin = try #require(try await TestAccounts(services: services).principal(of: made.user.id))
            let draft = WebhookDraft(name: "群", url: "http://127.0.0.1:9/h", format: "generic", secret: "", siteUrl: "", enabled: false)
            let e = try await services.webhooks.create(draft, by: admin)
            _ = try await services.webhooks.update(e.id, draft, baseVersion: e.version, by: admin)
            try await services.database.sql.execute(
                "INSERT INTO notification_outbox (endpoint_id, body, attempts, created_at) VALUES (\(bind: e.id), '{}', 0, '2026-11-20T02:00:00.000Z')"
            )
            // when
            await #expect(throws: AppError.self) { try await services.webhooks.update(e.id, draft, baseVersion: e.version, by: admin) }
            try await services.webhooks.delete(e.id, baseVersion: e.version + 1, by: admin)
            // then
            #expect(try await Fixtures(services: services).count("notification_outbox") == 0)
            #expect(try await Fixtures(services: services).count("webhook_endpoints") == 0)
        }
    }
}
