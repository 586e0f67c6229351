import FluentKit
import SQLKit

/// Imports of plans from documents and spreadsheets: a draft (the parsed and corrected items with
/// their problem report) until it is committed, and the rows it created marked with its id, so that
/// an undo removes exactly those.
struct CreateImportBatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_batches")
            .field("id", .int64, .identifier(auto: true))
            // The plan the import created or appended to; null while a draft for a new plan. No foreign key:
            // an undone import keeps the id of the plan it removed.
            .field("plan_id", .int64)
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            // xlsx / csv / text / docx
            .field("kind", .string, .required)
            .field("filename", .string, .required)
            // draft / committed / undone (a discarded draft is deleted)
            .field("status", .string, .required)
            .field("actor", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("committed_at", .string)
            .field("undone_at", .string)
            // Whether committing created the plan (undo then removes the plan itself).
            .field("created_plan", .bool, .required)
            .field("item_count", .int, .required)
            .field("new_unit_count", .int, .required)
            .field("error_count", .int, .required)
            .field("warning_count", .int, .required)
            .field("version", .int, .required)
            .create()
        // The draft itself, apart: it can be tens of megabytes, and SQLite rewrites a whole row on any update,
        // so the batch's status and counts change without copying it.
        try await database.schema("import_batch_payloads")
            .field("batch_id", .int64, .identifier(auto: false), .references("import_batches", "id", onDelete: .cascade))
            // The target, the parsed and corrected items, the unit choices, the source (see ImportService.encodePayload).
            .field("payload", .string, .required)
            // JSON: the problem report of the last check.
            .field("problems", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        for statement in [
            "CREATE INDEX import_batches_created ON import_batches (created_at)",
            // Nullable columns on existing tables: the same statement works on SQLite and PostgreSQL.
            "ALTER TABLE plan_items ADD COLUMN import_batch_id BIGINT",
            "ALTER TABLE units ADD COLUMN import_batch_id BIGINT",
            // The deadline as the plan wrote it ("2022年10月底前", "长期坚持") beside the date it became.
            "ALTER TABLE plan_items ADD COLUMN deadline_text TEXT",
            "CREATE INDEX plan_items_import_batch ON plan_items (import_batch_id)",
            "CREATE INDEX units_import_batch ON units (import_batch_id)"
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX IF EXISTS plan_items_import_batch").run()
        try await sql.raw("DROP INDEX IF EXISTS units_import_batch").run()
        try await sql.raw("ALTER TABLE plan_items DROP COLUMN import_batch_id").run()
        try await sql.raw("ALTER TABLE plan_items DROP COLUMN deadline_text").run()
        try await sql.raw("ALTER TABLE units DROP COLUMN import_batch_id").run()
        try await database.schema("import_batch_payloads").delete()
        try await database.schema("import_batches").delete()
    }
}
