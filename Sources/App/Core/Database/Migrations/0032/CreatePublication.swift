import FluentKit
import SQLKit

/// What the public sees (改革进展公开): which plans are published and how (the lowest rank of official named, the
/// words for each status), items held back, the dated updates written for the public, the authorization batches
/// published, and one stamp that every publication change moves (the public pages' ETag and Last-Modified).
struct CreatePublication: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("public_plans")
            .field("plan_id", .int64, .identifier(auto: false), .references("plans", "id", onDelete: .cascade))
            .field("is_published", .bool, .required)
            // PublicNames raw value: none / leader / person / handler (the lowest rank whose names are shown).
            .field("names_level", .string, .required)
            // The office's words for each lifecycle status, "status=word" lines (取得实质性进展 …).
            .field("status_words", .string, .required)
            .field("published_on", .string)
            .field("version", .int, .required)
            .field("updated_at", .string, .required)
            .create()

        try await database.schema("public_item_holds")
            .field("item_id", .int64, .identifier(auto: false), .references("plan_items", "id", onDelete: .cascade))
            .field("plan_id", .int64, .required, .references("plans", "id", onDelete: .cascade))
            // Why it is held back: for the office only.
            .field("reason", .string, .required)
            .field("held_by", .string, .required)
            .field("held_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX public_item_holds_plan ON public_item_holds (plan_id)").run()

        try await database.schema("public_updates")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .field("plan_id", .int64, .required, .references("plans", "id", onDelete: .cascade))
            .field("written_on", .string, .required)
            .field("body", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX public_updates_item ON public_updates (item_id, written_on, id)").run()
        try await sql.raw("CREATE INDEX public_updates_plan ON public_updates (plan_id, written_on, id)").run()

        try await database.schema("public_authorization_batches")
            .field("batch_id", .int64, .identifier(auto: false), .references("authorization_batches", "id", onDelete: .cascade))
            .field("published_at", .string, .required)
            .create()

        try await database.schema("public_stamp")
            .field("id", .int, .identifier(auto: false))
            .field("stamp", .string, .required)
            .create()
        try await sql.raw("INSERT INTO public_stamp (id, stamp) VALUES (1, '1970-01-01T00:00:00.000Z')").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("public_stamp").delete()
        try await database.schema("public_authorization_batches").delete()
        try await database.schema("public_updates").delete()
        try await database.schema("public_item_holds").delete()
        try await database.schema("public_plans").delete()
    }
}
