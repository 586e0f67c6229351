import Foundation
import Hummingbird

/// /api/v1/notifications: the caller's own notifications, and marking them read.
struct NotificationsAPI: APIHandlers {
    let services: AppServices
    static let maxLimit = 200

    struct Body: Encodable {
        struct Subject: Encodable {
            var type: String
            var id: Int
        }
        var id: Int
        var kind: String
        var subject: Subject?
        var link: String
        var text: String
        var due: String?
        var createdAt: String
        var readAt: String?

        init(_ n: NotificationRecord) {
            id = n.id
            kind = n.kind
            subject = n.subjectType.flatMap { t in n.subjectId.map { Subject(type: t, id: $0) } }
            link = n.link
            text = n.text
            due = n.due
            createdAt = n.createdAt
            readAt = n.readAt
        }
    }

    struct ListBody: Encodable {
        var notifications: [Body]
        var unreadCount: Int
        /// Pass as `before` for the next page; absent on the last.
        var nextBefore: Int?
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let query = request.uri.queryParameters
        let unread: Bool
        switch query["unread"].map(String.init) {
        case nil, "false"?: unread = false
        case "true"?: unread = true
        case let other?: throw AppError.badRequest(parameter: "unread", message: "expected true or false, got \(other.prefix(40))")
        }
        let before = try optionalInt(query["before"].map(String.init), "before")
        let limit = try optionalInt(query["limit"].map(String.init), "limit", max: Self.maxLimit) ?? 50
        let rows = try await NotificationQueries.list(user: p.userId, unreadOnly: unread, before: before, limit: limit, on: sql)
        let count =
            try await sql.scalar(
                Int.self, column: "n", "SELECT COUNT(*) AS n FROM notifications WHERE user_id = \(bind: p.userId) AND read_at IS NULL") ?? 0
        return try APIResponse.json(
            ListBody(notifications: rows.map(Body.init), unreadCount: count, nextBefore: rows.count == limit ? rows.last?.id : nil))
    }

    func markRead(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try id(context)
        guard try await NotificationQueries.markRead(id, user: p.userId, at: services.clock.timestamp, on: sql),
            let n = try await NotificationQueries.find(id, user: p.userId, on: sql)
        else { throw AppError.notFound(entity: "notification", id: String(id)) }
        return try APIResponse.json(Body(n))
    }

    struct MarkedBody: Encodable {
        var marked: Int
    }

    func markAllRead(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let marked = try await NotificationQueries.markAllRead(user: p.userId, at: services.clock.timestamp, on: sql)
        return try APIResponse.json(MarkedBody(marked: marked))
    }
}
