import Foundation
import Hummingbird

/// /notifications: the signed-in user's notifications, newest first, all or unread only, 50 a page.
struct NotificationPages: PageHandlers {
    let services: AppServices
    static let pageSize = 50

    struct Row {
        var id: Int
        var kind: String
        var kindLabel: String
        var subject: String
        var text: String
        var due: String
        var hasDue: Bool
        var link: String
        var at: String
        var isUnread: Bool
    }

    struct View {
        var rows: [Row]
        var hasRows: Bool
        var unreadOnly: Bool
        var unreadCount: Int
        var hasUnread: Bool
        var olderURL: String?
        var emptyText: String
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let query = request.uri.queryParameters
        let unreadOnly = query["unread"] == "1"
        let before = query["before"].flatMap { Int(String($0)) }.flatMap { $0 > 0 ? $0 : nil }
        let records = try await NotificationQueries.list(user: p.userId, unreadOnly: unreadOnly, before: before, limit: Self.pageSize, on: sql)
        let rows = records.map { Self.row($0, l, timeZone: services.clock.timeZone) }
        let unread = try await NotificationQueries.unreadCount(user: p.userId, on: sql)
        let older = records.count == Self.pageSize ? records.last.map { "/notifications?\(unreadOnly ? "unread=1&" : "")before=\($0.id)" } : nil
        let view = View(
            rows: rows, hasRows: !rows.isEmpty, unreadOnly: unreadOnly, unreadCount: unread, hasUnread: unread > 0, olderURL: older,
            emptyText: L10n.t(unreadOnly ? "notifications.noneUnread" : "notifications.none", l))
        return renderer.page(
            "notifications/list", title: L10n.t("notifications.title", l), view: view, context: context, request: request, active: "notifications")
    }

    static func row(_ n: NotificationRecord, _ l: Language, timeZone: TimeZone) -> Row {
        let text: String
        if n.kind == "digest" {
            let counts = n.text.split(separator: " ").map(String.init)
            text = L10n.fill("notifications.digest.text", l, counts.first ?? "0", counts.count > 1 ? counts[1] : "0")
        } else {
            text = n.text
        }
        let due = n.due.map { L10n.fill(n.kind == "reminder_overdue" ? "notifications.dueOverdue" : "notifications.due", l, L10n.date($0, l)) }
        return Row(
            id: n.id, kind: n.kind, kindLabel: L10n.t("notifications.kind." + n.kind, l),
            subject: n.subjectType.map { L10n.t("notifications.subject." + $0, l) } ?? "", text: text, due: due ?? "", hasDue: due != nil,
            link: n.link, at: L10n.time(n.createdAt, l, in: timeZone), isUnread: n.readAt == nil)
    }

    /// Marks one read, then back to the list (or on to what it is about, with `open=1`).
    func markRead(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        guard let n = try await NotificationQueries.find(id, user: p.userId, on: sql) else {
            throw AppError.notFound(entity: "notification", id: String(id))
        }
        _ = try await NotificationQueries.markRead(id, user: p.userId, at: services.clock.timestamp, on: sql)
        let form = try await request.formData()
        return Response(status: .seeOther, headers: [.location: form.string("open") == "1" ? n.link : "/notifications"])
    }

    func markAllRead(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try await NotificationQueries.markAllRead(user: p.userId, at: services.clock.timestamp, on: sql)
        return Response(status: .seeOther, headers: [.location: "/notifications"])
    }
}
