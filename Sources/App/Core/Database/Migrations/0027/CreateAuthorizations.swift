import FluentKit
import SQLKit

/// The authorization lists register (授权事项清单): lists issued in batches, their items, each item's dated landing-status
/// history and the plan items that carry it out.
struct CreateAuthorizations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("authorization_batches")
            .field("id", .int64, .identifier(auto: true))
            // The jurisdiction whose office keeps the list (深圳市 for Shenzhen's first batch).
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            // 首批 is 1.
            .field("ordinal", .int, .required)
            .field("title", .string, .required)
            .field("issuer", .string, .required)
            .field("doc_number", .string, .required)
            .field("issued_on", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX authorization_batches_ordinal ON authorization_batches (jurisdiction_id, ordinal)").run()
        try await sql.raw("CREATE INDEX authorization_batches_scope ON authorization_batches (jurisdiction_path)").run()

        try await database.schema("authorization_items")
            .field("id", .int64, .identifier(auto: true))
            .field("batch_id", .int64, .required, .references("authorization_batches", "id"))
            // The receiving jurisdiction (承接地区): the batch's own or one below it; access follows its path.
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("number", .int, .required)
            .field("area", .string, .required)
            .field("content", .string, .required)
            .field("granting_body", .string, .required)
            .field("legal_basis", .string, .required)
            .field("needs_law_change", .bool, .required)
            // Which laws or regulations must change (when needs_law_change).
            .field("law_change", .string, .required)
            // ApprovalMode raw value: filing (备案) / approval (报批).
            .field("approval_mode", .string, .required)
            // LandingStatus raw value, the latest change's; the history is authorization_status_changes.
            .field("status", .string, .required)
            .field("status_on", .string, .required)
            .field("remarks", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX authorization_items_number ON authorization_items (batch_id, number)").run()
        try await sql.raw("CREATE INDEX authorization_items_scope ON authorization_items (jurisdiction_path, batch_id, number)").run()
        try await sql.raw("CREATE INDEX authorization_items_area ON authorization_items (area)").run()

        try await database.schema("authorization_status_changes")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("authorization_items", "id", onDelete: .cascade))
            .field("status", .string, .required)
            // The day the status took effect (may be before the day it was recorded).
            .field("effective_on", .string, .required)
            .field("note", .string, .required)
            .field("actor", .string, .required)
            .field("recorded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX authorization_status_changes_item ON authorization_status_changes (item_id, effective_on, id)").run()

        try await database.schema("authorization_item_links")
            .field("item_id", .int64, .required, .references("authorization_items", "id", onDelete: .cascade))
            .field("plan_item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .create()
        try await sql.raw("CREATE UNIQUE INDEX authorization_item_links_unique ON authorization_item_links (item_id, plan_item_id)").run()
        try await sql.raw("CREATE INDEX authorization_item_links_plan_item ON authorization_item_links (plan_item_id)").run()

        // Evidence of landing (the rules, notices and documents that carry it out), as findings keep theirs.
        try await database.schema("authorization_evidence")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("authorization_items", "id", onDelete: .cascade))
            .field("original_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int64, .required)
            .field("sha256", .string, .required)
            .field("storage_key", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX authorization_evidence_item ON authorization_evidence (item_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("authorization_evidence").delete()
        try await database.schema("authorization_item_links").delete()
        try await database.schema("authorization_status_changes").delete()
        try await database.schema("authorization_items").delete()
        try await database.schema("authorization_batches").delete()
    }
}
