import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

@Suite struct NotificationPagesTests {
    /// The liaison of 发改局 after the first scan: the task 3 days late (overdue) and the matter due tomorrow (due soon).
    static func liaison(_ services: AppServices, _ client: SignedInClient) async throws -> (ReminderFixture, SignedInClient) {
        let w = try await ReminderFixture.make(services)
        try await services.reminders.run(today: ReminderFixture.today)
        return (w, try await w.base.client("liaison", from: client))
    }

    static func headerCount(_ html: String) -> String? {
        guard let start = html.range(of: #"href="/notifications" title=""#) else { return nil }
        let rest = html[start.upperBound...]
        guard let open = rest.range(of: #"<span class="count">"#), let close = rest.range(of: "</span>", range: open.upperBound..<rest.endIndex)
        else { return nil }
        return String(rest[open.upperBound..<close.lowerBound])
    }

    @Test func theHeaderCountsUnreadAndTheListShowsThemInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given
            let (w, liaison) = try await Self.liaison(services, client)
            // when
            let zh = try await liaison.get("/ledger")
            let list = try await liaison.get("/notifications")
            let en = try await liaison.get("/notifications?lang=en")
            // then
            #expect(Self.headerCount(zh.text) == "2")
            #expect(list.status == .ok)
            #expect(list.text.contains("逾期提醒") && list.text.contains("临期预警"))
            #expect(list.text.contains("逾期任务") && list.text.contains("企业开办督办"))
            #expect(list.text.contains("action=\"/notifications/read-all\""))
            #expect(en.text.contains("Overdue") && en.text.contains("Due soon") && en.text.contains("Mark all read"))
            #expect(!en.text.contains("逾期提醒"))
            #expect(en.text.contains("Due \(ReminderFixture.today.adding(days: -3).iso) (overdue)"))
            let late = try #require(
                try await NotificationQueries.list(user: w.liaisonId, unreadOnly: false, before: nil, limit: 10, on: services.database.sql)
                    .first { $0.subjectId == w.late.id })
            #expect(list.text.contains(#"action="/notifications/\#(late.id)/read""#))
        }
    }

    @Test func markingOneReadLowersTheCountAndAnotherUsersIsNotFound() async throws {
        try await TestApp.run { services, client in
            // given
            let (w, liaison) = try await Self.liaison(services, client)
            let sql = services.database.sql
            let mine = try await NotificationQueries.list(user: w.liaisonId, unreadOnly: true, before: nil, limit: 10, on: sql)
            let theirs = try await NotificationQueries.list(user: w.leader.user.id, unreadOnly: true, before: nil, limit: 10, on: sql)
            let late = try #require(mine.first { $0.subjectId == w.late.id })
            // when
            let opened = try await liaison.postForm("/notifications/\(late.id)/read", [("open", "1")])
            let foreign = try await liaison.postForm("/notifications/\(try #require(theirs.first).id)/read", [])
            // then
            #expect(opened.status == .seeOther)
            #expect(opened.headers[.location] == "/items/\(w.late.id)")
            #expect(foreign.status == .notFound)
            #expect(try await NotificationQueries.unreadCount(user: w.liaisonId, on: sql) == 1)
            #expect(try await NotificationQueries.unreadCount(user: w.leader.user.id, on: sql) == theirs.count)
            let unreadPage = try await liaison.get("/notifications?unread=1")
            #expect(Self.headerCount(unreadPage.text) == "1")
            #expect(!unreadPage.text.contains("逾期任务"))
        }
    }

    @Test func markAllReadEmptiesTheCount() async throws {
        try await TestApp.run { services, client in
            // given
            let (w, liaison) = try await Self.liaison(services, client)
            // when
            let response = try await liaison.postForm("/notifications/read-all", [])
            // then
            #expect(response.status == .seeOther)
            let page = try await liaison.get("/notifications")
            #expect(Self.headerCount(page.text) == "0")
            #expect(try await NotificationQueries.unreadCount(user: w.liaisonId, on: services.database.sql) == 0)
            #expect(try await NotificationQueries.unreadCount(user: w.leader.user.id, on: services.database.sql) > 0)
        }
    }

    @Test func theHeaderShowsNinetyNinePlusPastTheCap() async throws {
        try await TestApp.run { services, client in
            // given
            let user = try await TestAccounts(services: services).user(.admin, username: "many")
            for n in 0..<(NotificationQueries.headerCap + 5) {
                try await services.database.sql.execute(
                    """
                    INSERT INTO notifications (user_id, kind, link, text, created_at)
                    VALUES (\(bind: user.user.id), 'digest', '/notifications', \(bind: "\(n) 0"), \(bind: services.clock.timestamp))
                    """)
            }
            // when
            let page = try await SignedInClient(inner: client.inner, services: services, credential: .bearer(user.token)).get("/notifications")
            // then
            #expect(Self.headerCount(page.text) == "99+")
        }
    }

    @Test func theAPIListsAndMarksOnlyTheCallersOwn() async throws {
        try await TestApp.run { services, client in
            // given
            let (w, liaison) = try await Self.liaison(services, client)
            let theirs = try await NotificationQueries.list(
                user: w.leader.user.id, unreadOnly: true, before: nil, limit: 10, on: services.database.sql)
            struct Listed: Decodable {
                struct N: Decodable {
                    var id: Int
                    var kind: String
                    var readAt: String?
                }
                var notifications: [N]
                var unreadCount: Int
            }
            // when
            let list = try await liaison.get("/api/v1/notifications?unread=true").decode(Listed.self)
            let marked = try await liaison.executeRequest(
                uri: "/api/v1/notifications/\(list.notifications[0].id)/read", method: .post, headers: [:], body: nil)
            let foreign = try await liaison.executeRequest(uri: "/api/v1/notifications/\(theirs[0].id)/read", method: .post, headers: [:], body: nil)
            let bad = try await liaison.get("/api/v1/notifications?unread=yes")
            let after = try await liaison.get("/api/v1/notifications").decode(Listed.self)
            // then
            #expect(list.unreadCount == 2)
            #expect(Set(list.notifications.map(\.kind)) == ["reminder_warn", "reminder_overdue"])
            #expect(marked.status == .ok)
            #expect(foreign.status == .notFound)
            #expect(bad.status == .badRequest)
            #expect(after.unreadCount == 1)
            #expect(after.notifications.count == 2)
        }
    }
}
