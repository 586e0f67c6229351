import Foundation
import SQLKit

/// A notification as stored.
struct NotificationRecord: Sendable, Decodable, Equatable {
    var id: Int
    var userId: Int
    var kind: String
    var subjectType: String?
    var subjectId: Int?
    var link: String
    var text: String
    var due: String?
    var createdAt: String
    var readAt: String?
}

/// A user's notifications: only ever their own (every query is by `user_id`).
enum NotificationQueries {
    static let columns: SQLQueryString = "id, user_id, kind, subject_type, subject_id, link, text, due, created_at, read_at"
    /// The header shows "99+" past this: the count reads at most this many index entries.
    static let headerCap = 99

    /// Unread notifications for the header, counted up to `headerCap + 1` on the partial index of unread rows.
    static func unreadCount(user: Int, on sql: any SQLDatabase) async throws -> Int {
        try await sql.scalar(
            Int.self, column: "n",
            """
            SELECT COUNT(*) AS n FROM (SELECT 1 FROM notifications WHERE user_id = \(bind: user) AND read_at IS NULL LIMIT \(bind: headerCap + 1)) c
            """) ?? 0
    }

    /// Newest first, `limit` from before id `before` (keyset paging).
    static func list(user: Int, unreadOnly: Bool, before: Int?, limit: Int, on sql: any SQLDatabase) async throws -> [NotificationRecord] {
        let unread: SQLQueryString = unreadOnly ? " AND read_at IS NULL" : ""
        let page: SQLQueryString = before.map { " AND id < \(bind: $0)" } ?? ""
        return try await sql.all(
            NotificationRecord.self,
            """
            SELECT \(columns) FROM notifications WHERE user_id = \(bind: user)\(unread)\(page) ORDER BY id DESC LIMIT \(bind: limit)
            """)
    }

    static func find(_ id: Int, user: Int, on sql: any SQLDatabase) async throws -> NotificationRecord? {
        try await sql.first(NotificationRecord.self, "SELECT \(columns) FROM notifications WHERE id = \(bind: id) AND user_id = \(bind: user)")
    }

    /// Marks one of the user's notifications read; false when it is not theirs (or does not exist).
    static func markRead(_ id: Int, user: Int, at now: String, on sql: any SQLDatabase) async throws -> Bool {
        guard try await find(id, user: user, on: sql) != nil else { return false }
        try await sql.execute(
            "UPDATE notifications SET read_at = \(bind: now) WHERE id = \(bind: id) AND user_id = \(bind: user) AND read_at IS NULL")
        return true
    }

    /// Marks all the user's notifications read; returns how many were unread.
    @discardableResult
    static func markAllRead(user: Int, at now: String, on sql: any SQLDatabase) async throws -> Int {
        try await sql.updateReturningCount(
            "UPDATE notifications SET read_at = \(bind: now) WHERE user_id = \(bind: user) AND read_at IS NULL")
    }
}
