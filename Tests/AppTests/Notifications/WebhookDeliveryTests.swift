import Crypto
import Foundation
import HTTPTypes
import ReformCore
import SQLKit
import Testing

@testable import App

@Suite struct WebhookDeliveryTests {
    static func admin(_ services: AppServices) async throws -> Principal {
        let made = try await TestAccounts(services: services).user(.admin)
        return try #require(try await TestAccounts(services: services).principal(of: made.user.id))
    }

    static func endpoint(_ services: AppServices, url: String, format: String, secret: String = "s3cret") async throws -> WebhookEndpoint {
        try await services.webhooks.create(
            WebhookDraft(name: "改革办工作群", url: url, format: format, secret: secret, siteUrl: "https://ledger.example.gov.cn/", enabled: true),
            by: try await admin(services))
    }

    struct OutboxRow: Decodable {
        var id: Int
        var body: String
        var attempts: Int
        var deliveredAt: String?
        var lastError: String?
    }

    static func outbox(_ sql: any SQLDatabase) async throws -> [OutboxRow] {
        try await sql.all(OutboxRow.self, "SELECT id, body, attempts, delivered_at, last_error FROM notification_outbox ORDER BY id")
    }

    static func deliverJobs(_ sql: any SQLDatabase) async throws -> Int {
        try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM jobs WHERE kind = \(bind: NotificationOutbox.deliverKind)") ?? -1
    }

    @Test func withoutAnEndpointNothingIsWrittenForOutside() async throws {
        try await TestDatabase.withServices { services in
            // given
            _ = try await ReminderFixture.make(services)
            // when
            let summary = try await services.reminders.run(today: ReminderFixture.today)
            // then
            #expect(summary.fired == 3)
            #expect(summary.outboxed == 0)
            #expect(try await Self.outbox(services.database.sql).isEmpty)
            #expect(try await Self.deliverJobs(services.database.sql) == 0)
        }
    }

    @Test func aGenericMessageIsDeliveredSignedAndMarked() async throws {
        try await TestDatabase.withServices { services in
            try await WebhookReceiver.run { base, receiver in
                // given
                let w = try await ReminderFixture.make(services)
                _ = try await Self.endpoint(services, url: base + "/hook", format: "generic")
                let summary = try await services.reminders.run(today: ReminderFixture.today)
                #expect(summary.outboxed == 3)
                // when
                await TestJobs.drain(services)
                // then
                let got = await receiver.received
                #expect(got.count == 3)
                for r in got {
                    let timestamp = try #require(r.headers[HTTPField.Name("X-Reform-Timestamp")!])
                    let signature = try #require(r.headers[HTTPField.Name("X-Reform-Signature")!])
                    let mac = HMAC<SHA256>.authenticationCode(
                        for: Data("\(timestamp).\(r.body)".utf8), using: SymmetricKey(data: Data("s3cret".utf8)))
                    #expect(signature == "sha256=" + mac.map { String(format: "%02x", $0) }.joined())
                    #expect(Int(timestamp) == Int(TestClock.start.timeIntervalSince1970))
                }
                struct Generic: Decodable {
                    struct Subject: Decodable {
                        var type: String
                        var id: Int
                    }
                    var event: String
                    var subject: Subject?
                    var title: String
                    var due: String?
                    var url: String
                }
                let bodies = try got.map { try JSONDecoder().decode(Generic.self, from: Data($0.body.utf8)) }
                let late = try #require(bodies.first { $0.subject?.id == w.late.id && $0.subject?.type == "item" })
                #expect(late.event == "reminder_overdue")
                #expect(late.url == "https://ledger.example.gov.cn/items/\(w.late.id)")
                #expect(late.due == ReminderFixture.today.adding(days: -3).iso)
                #expect(late.title.hasSuffix("逾期任务"))
                #expect(Set(bodies.map(\.event)) == ["reminder_warn", "reminder_overdue"])
                let rows = try await Self.outbox(services.database.sql)
                #expect(rows.allSatisfy { $0.deliveredAt != nil && $0.attempts == 1 })
                // a second drain sends nothing again
                await TestJobs.drain(services)
                #expect(await receiver.received.count == 3)
            }
        }
    }

    @Test func aReceiverThatFailsGetsTheSameMessageAgainAfterTheBackOff() async throws {
        try await TestDatabase.withServices { services in
            try await WebhookReceiver.run(statuses: [.internalServerError]) { base, receiver in
                // given: the receiver answers the first request with 500
                _ = try await ReminderFixture.make(services)
                _ = try await Self.endpoint(services, url: base + "/hook", format: "generic")
                try await services.reminders.run(today: ReminderFixture.today)
                let sql = services.database.sql
                // when
                await TestJobs.drain(services)
                // then: one row waits, its job queued after the first back-off
                var rows = try await Self.outbox(sql)
                let failed = try #require(rows.first { $0.deliveredAt == nil })
                #expect(rows.filter { $0.deliveredAt == nil }.count == 1)
                #expect(failed.attempts == 1)
                #expect(failed.lastError?.contains("500") == true)
                struct Waiting: Decodable {
                    var runAt: String
                    var attempts: Int
                }
                let waiting = try await sql.all(
                    Waiting.self, "SELECT run_at, attempts FROM jobs WHERE kind = \(bind: NotificationOutbox.deliverKind) AND state = 'queued'")
                #expect(waiting.count == 1)
                #expect(try #require(waiting.first).runAt > services.clock.timestamp(in: JobQueue.backoff(afterAttempt: 1) - 5))
                // when the back-off has passed (the clock moved on) and the receiver answers 200
                try await sql.execute(
                    "UPDATE jobs SET run_at = \(bind: services.clock.timestamp) WHERE state = 'queued' AND kind = \(bind: NotificationOutbox.deliverKind)"
                )
                await TestJobs.drain(services)
                // then the same body was delivered
                rows = try await Self.outbox(sql)
                #expect(rows.allSatisfy { $0.deliveredAt != nil })
                #expect(rows.first { $0.id == failed.id }?.attempts == 2)
                let got = await receiver.received
                #expect(got.count == 4)
                #expect(got.filter { $0.body == failed.body }.count == 2)
            }
        }
    }

    @Test func aDeliveryCutShortByAStopIsMadeByTheNextWorker() async throws {
        try await TestDatabase.withServices { services in
            try await WebhookReceiver.run { base, receiver in
                // given: a worker claimed every delivery and died (its leases ran out)
                _ = try await ReminderFixture.make(services)
                _ = try await Self.endpoint(services, url: base + "/hook", format: "generic")
                try await services.reminders.run(today: ReminderFixture.today)
                let sql = services.database.sql
                while try await services.jobs.claim(worker: "died", kinds: [NotificationOutbox.deliverKind]) != nil {}
                try await sql.execute("UPDATE jobs SET locked_until = '2000-01-01T00:00:00.000Z' WHERE locked_by = 'died'")
                // when a new server's worker runs
                await TestJobs.drain(services)
                // then
                #expect(await receiver.received.count == 3)
                #expect(try await Self.outbox(sql).allSatisfy { $0.deliveredAt != nil })
            }
        }
    }

    @Test func weComAndDingTalkGetTheirRobotsMarkdown() async throws {
        try await TestDatabase.withServices { services in
            try await WebhookReceiver.run { base, receiver in
                // given
                _ = try await ReminderFixture.make(services)
                _ = try await Self.endpoint(services, url: base + "/hook?key=wecom", format: "wecom", secret: "")
                _ = try await Self.endpoint(services, url: base + "/hook?access_token=ding", format: "dingtalk", secret: "SECding")
                try await services.reminders.run(today: ReminderFixture.today)
                // when
                await TestJobs.drain(services)
                // then
                let got = await receiver.received
                #expect(got.count == 6)
                struct Robot: Decodable {
                    struct Markdown: Decodable {
                        var content: String?
                        var title: String?
                        var text: String?
                    }
                    var msgtype: String
                    var markdown: Markdown
                }
                let wecom = try got.filter { $0.query == "key=wecom" }.map { try JSONDecoder().decode(Robot.self, from: Data($0.body.utf8)) }
                #expect(wecom.count == 3)
                #expect(wecom.allSatisfy { $0.msgtype == "markdown" && $0.markdown.title == nil && $0.markdown.text == nil })
                #expect(wecom.contains { ($0.markdown.content ?? "").hasPrefix("**【逾期提醒】改革任务**") })
                #expect(wecom.contains { ($0.markdown.content ?? "").contains("[查看详情](https://ledger.example.gov.cn/matters/") })
                let ding = got.filter { $0.query.hasPrefix("access_token=ding") }
                let dingBodies = try ding.map { try JSONDecoder().decode(Robot.self, from: Data($0.body.utf8)) }
                #expect(dingBodies.count == 3)
                #expect(dingBodies.allSatisfy { $0.msgtype == "markdown" && $0.markdown.content == nil && $0.markdown.title != nil })
                #expect(dingBodies.contains { $0.markdown.title == "【临期预警】督办事项" && ($0.markdown.text ?? "").contains("企业开办督办") })
                // DingTalk's own 加签 in the URL: timestamp in ms and base64(HMAC-SHA256(secret, "ms\nsecret"))
                let query = try #require(ding.first?.query)
                let components = URLComponents(string: "http://x/?" + query)
                let stamp = try #require(components?.queryItems?.first { $0.name == "timestamp" }?.value)
                #expect(Int64(stamp).map { $0 / 1000 } == Int64(TestClock.start.timeIntervalSince1970))
                let sign = try #require(components?.queryItems?.first { $0.name == "sign" }?.value)
                let mac = HMAC<SHA256>.authenticationCode(for: Data("\(stamp)\nSECding".utf8), using: SymmetricKey(data: Data("SECding".utf8)))
                #expect(sign == Data(mac).base64EncodedString())
            }
        }
    }

    @Test func switchingAnEndpointBackOnSendsWhatWaited() async throws {
        try await TestDatabase.withServices { services in
            try await WebhookReceiver.run { base, receiver in
                // given: messages written while the endpoint was on, then it was switched off before they went
                _ = try await ReminderFixture.make(services)
                let admin = try await Self.admin(services)
                let e = try await Self.endpoint(services, url: base + "/hook", format: "generic")
                try await services.reminders.run(today: ReminderFixture.today)
                let off = try await services.webhooks.update(
                    e.id, WebhookDraft(name: e.name, url: e.url, format: e.format, secret: "", siteUrl: e.siteUrl, enabled: false),
                    baseVersion: e.version, by: admin)
                await TestJobs.drain(services)
                #expect(await receiver.received.isEmpty)
                // when
                let on = try await services.webhooks.update(
                    e.id, WebhookDraft(name: e.name, url: e.url, format: e.format, secret: "", siteUrl: e.siteUrl, enabled: true),
                    baseVersion: off.version, by: admin)
                await TestJobs.drain(services)
                // then: delivered, signed with the secret kept (an empty secret in the form keeps the stored one)
                #expect(on.secret == "s3cret")
                #expect(await receiver.received.count == 3)
                #expect(try await Self.outbox(services.database.sql).allSatisfy { $0.deliveredAt != nil })
            }
        }
    }
}
