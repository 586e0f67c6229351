import FluentKit
import SQLKit

/// Every change to every entity: the item page's history now, the office's searchable audit log later.
struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log")
            .field("id", .int64, .identifier(auto: true))
            .field("entity_type", .string, .required)
            .field("entity_id", .int64, .required)
            .field("action", .string, .required)
            .field("actor", .string, .required)
            .field("at", .string, .required)
            // The entity's version after the change: a stale edit lists what changed since its version.
            .field("version", .int, .required)
            // JSON object: field → [before, after].
            .field("changes", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").delete()
    }
}
