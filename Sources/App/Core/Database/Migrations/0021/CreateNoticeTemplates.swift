import FluentKit
import SQLKit

/// An office's own wording of each kind of notice (`notice_templates`): a jurisdiction's template serves its own
/// notices and those of every jurisdiction below that has none of its own; without one, the app's wording.
struct CreateNoticeTemplates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notice_templates")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id", onDelete: .cascade))
            .field("jurisdiction_path", .string, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("version", .int, .required)
            .field("updated_by", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .unique(on: "jurisdiction_id", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notice_templates").delete()
    }
}
