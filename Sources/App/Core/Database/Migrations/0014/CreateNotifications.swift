import FluentKit
import SQLKit

/// Reminders (预警), in-app notifications and the webhook outbox (README: Reminders and webhooks).
struct CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .field("id", .int64, .identifier(auto: true))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            // reminder_warn / reminder_overdue / digest
            .field("kind", .string, .required)
            // item / matter / rectification; null for a digest
            .field("subject_type", .string)
            .field("subject_id", .int64)
            .field("link", .string, .required)
            // The subject's title as it was when the notification was made (the kind's words are the reader's language).
            .field("text", .string, .required)
            .field("due", .string)
            .field("created_at", .string, .required)
            .field("read_at", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX notifications_user ON notifications (user_id, id)").run()
        // The header's count reads only this partial index.
        try await sql.raw("CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL").run()

        // One row per reminder that fired: a scan run again (a retry, another instance) finds it and writes nothing twice.
        // The deadline is part of the key, so an extended deadline warns again.
        try await database.schema("reminder_marks")
            .field("subject_type", .string, .required)
            .field("subject_id", .int64, .required)
            .field("kind", .string, .required)
            .field("deadline", .string, .required)
            .field("scan_id", .string, .required)
            .field("fired_on", .string, .required)
            .compositeIdentifier(over: "subject_type", "subject_id", "kind", "deadline")
            .create()
        try await sql.raw("CREATE INDEX reminder_marks_scan ON reminder_marks (scan_id)").run()

        try await database.schema("webhook_endpoints")
            .field("id", .int64, .identifier(auto: true))
            .field("name", .string, .required)
            .field("url", .string, .required)
            // generic / wecom / dingtalk
            .field("format", .string, .required)
            .field("secret", .string, .required)
            // Put before the paths in messages ("https://ledger.example.gov.cn"); empty leaves them relative.
            .field("site_url", .string, .required)
            .field("enabled", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()

        // The outbox: each row is one message to one endpoint, written with what it announces; delivered rows are marked.
        try await database.schema("notification_outbox")
            .field("id", .int64, .identifier(auto: true))
            .field("endpoint_id", .int64, .required, .references("webhook_endpoints", "id", onDelete: .cascade))
            .field("body", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("last_attempt_at", .string)
            .field("delivered_at", .string)
            .field("created_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX notification_outbox_endpoint ON notification_outbox (endpoint_id, delivered_at)").run()

        // The scan's ranges: what turned yellow or red since the last scan. The items' indexes cover what the scan reads
        // of a row (open, leader named), so a first scan of a national ledger reads no table rows (README: Reminders).
        for statement in [
            "CREATE INDEX plan_items_warn_from ON plan_items (warn_from, status, original_deadline, responsible_leader)",
            "CREATE INDEX plan_items_original_deadline ON plan_items (original_deadline, status, responsible_leader)",
            // (matters_deadline and rectifications_deadline, which lead with the deadline, come with their tables: 0010, 0011.)
            "CREATE INDEX rectifications_warn ON rectifications (warn_from)",
            // Responsible leaders (责任领导) are matched to accounts by display name.
            "CREATE INDEX users_display_name ON users (display_name)"
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in [
            "plan_items_warn_from", "plan_items_original_deadline", "rectifications_warn", "users_display_name"
        ] {
            try await sql.raw("DROP INDEX \(unsafeRaw: index)").run()
        }
        for table in ["notification_outbox", "webhook_endpoints", "reminder_marks", "notifications"] {
            try await database.schema(table).delete()
        }
    }
}
