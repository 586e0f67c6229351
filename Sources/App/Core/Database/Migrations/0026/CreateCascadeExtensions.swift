import FluentKit
import SQLKit

/// Requests up the cascade for a later deadline than a copy's limit (申请延期), and the date the sender granted on each
/// receipt (docs/cascade-design.md, "Deadline rule").
struct CreateCascadeExtensions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        // The latest deadline the sender granted this receipt on request; null until a request is accepted.
        try await sql.raw("ALTER TABLE cascade_receipts ADD COLUMN granted_deadline VARCHAR(10)").run()
        try await database.schema("cascade_extensions")
            .field("id", .int64, .identifier(auto: true))
            .field("receipt_id", .int64, .required, .references("cascade_receipts", "id", onDelete: .cascade))
            .field("requested_deadline", .string, .required)
            // The limit in force when it was asked for.
            .field("limit_before", .string)
            .field("reason", .string, .required)
            // CascadeExtensionState raw value.
            .field("state", .string, .required)
            .field("requested_by", .string, .required)
            .field("requested_at", .string, .required)
            .field("decided_by", .string, .required)
            .field("decided_at", .string)
            .field("comment", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX cascade_extensions_receipt ON cascade_extensions (receipt_id, state)").run()
        try await sql.raw("CREATE INDEX cascade_extensions_state ON cascade_extensions (state, receipt_id)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("cascade_extensions").delete()
        try await sql.raw("ALTER TABLE cascade_receipts DROP COLUMN granted_deadline").run()
    }
}
