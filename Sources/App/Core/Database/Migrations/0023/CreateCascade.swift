import FluentKit
import SQLKit

/// The cascade (分解下达): sends of an item or plan down to child jurisdictions, one receipt per receiving jurisdiction
/// (signed for, then placed), and one copy link per item of the sent subtree (docs/cascade-design.md).
struct CreateCascade: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("cascade_sends")
            .field("id", .int64, .identifier(auto: true))
            // The top item sent; null when a whole plan was sent.
            .field("origin_item_id", .int64, .references("plan_items", "id", onDelete: .cascade))
            .field("origin_plan_id", .int64, .required, .references("plans", "id", onDelete: .cascade))
            .field("sender_jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("sender_path", .string, .required)
            .field("instruction", .string, .required)
            .field("deadline", .string)
            // Free text (units carry no type): e.g. 发改委, the kind of unit each receiver is expected to name as lead.
            .field("lead_unit_type", .string, .required)
            .field("sent_by", .string, .required)
            .field("sent_at", .string, .required)
            .field("is_demo", .bool, .required)
            .create()
        try await sql.raw("CREATE INDEX cascade_sends_plan ON cascade_sends (origin_plan_id)").run()

        try await database.schema("cascade_receipts")
            .field("id", .int64, .identifier(auto: true))
            .field("send_id", .int64, .required, .references("cascade_sends", "id", onDelete: .cascade))
            .field("sender_jurisdiction_id", .int64, .required)
            .field("origin_plan_id", .int64, .required)
            .field("target_jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("target_path", .string, .required)
            // CascadeState raw value.
            .field("state", .string, .required)
            .field("weight", .double, .required)
            .field("deadline", .string)
            .field("sent_at", .string, .required)
            .field("signed_by", .string, .required)
            .field("signed_at", .string)
            .field("placed_by", .string, .required)
            .field("placed_at", .string)
            .field("placed_plan_id", .int64, .references("plans", "id", onDelete: .setNull))
            .field("cancelled_reason", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .string, .required)
            .create()
        for statement in [
            "CREATE INDEX cascade_receipts_target ON cascade_receipts (target_path, state)",
            "CREATE INDEX cascade_receipts_send ON cascade_receipts (send_id)",
            "CREATE INDEX cascade_receipts_sender ON cascade_receipts (sender_jurisdiction_id, origin_plan_id, state)"
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }

        try await database.schema("cascade_copies")
            .field("id", .int64, .identifier(auto: true))
            .field("receipt_id", .int64, .required, .references("cascade_receipts", "id", onDelete: .cascade))
            .field("origin_item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            // Null until the receipt is placed, or after the placed item was deleted.
            .field("copy_item_id", .int64, .references("plan_items", "id", onDelete: .setNull))
            // What was sent: the copy shows that its origin changed when the origin's title or deadline now differ.
            .field("origin_title", .string, .required)
            .field("origin_deadline", .string)
            .create()
        for statement in [
            "CREATE UNIQUE INDEX cascade_copies_receipt_origin ON cascade_copies (receipt_id, origin_item_id)",
            "CREATE INDEX cascade_copies_origin ON cascade_copies (origin_item_id, receipt_id)",
            "CREATE INDEX cascade_copies_copy ON cascade_copies (copy_item_id)"
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("cascade_copies").delete()
        try await database.schema("cascade_receipts").delete()
        try await database.schema("cascade_sends").delete()
    }
}
