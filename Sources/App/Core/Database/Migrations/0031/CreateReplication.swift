import FluentKit
import SQLKit

/// The replication library (可复制推广经验): experiences published in numbered batches, what they came from (plan items,
/// evaluation results) and the jurisdictions that adopted them.
struct CreateReplication: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("experiences")
            .field("id", .int64, .identifier(auto: true))
            // The batch (the NDRC published Shenzhen's 48 in three) and the number within it.
            .field("batch", .int, .required)
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            // Where it was first done (首创地); editing follows this jurisdiction.
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("publisher", .string, .required)
            .field("published_on", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX experiences_number ON experiences (batch, number)").run()
        try await sql.raw("CREATE INDEX experiences_origin ON experiences (jurisdiction_path, batch, number)").run()

        // What an experience came from: kind (plan_item / evaluation_subject) and id.
        try await database.schema("experience_sources")
            .field("experience_id", .int64, .required, .references("experiences", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("ref_id", .int64, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX experience_sources_unique ON experience_sources (experience_id, kind, ref_id)").run()

        try await database.schema("experience_adoptions")
            .field("id", .int64, .identifier(auto: true))
            .field("experience_id", .int64, .required, .references("experiences", "id", onDelete: .cascade))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("adopted_on", .string, .required)
            // How it was adopted (a document, a pilot …) and what came of it.
            .field("method", .string, .required)
            .field("result", .string, .required)
            .field("actor", .string, .required)
            .field("recorded_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX experience_adoptions_unique ON experience_adoptions (experience_id, jurisdiction_id)").run()
        try await sql.raw("CREATE INDEX experience_adoptions_where ON experience_adoptions (jurisdiction_path, experience_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("experience_adoptions").delete()
        try await database.schema("experience_sources").delete()
        try await database.schema("experiences").delete()
    }
}
