import FluentKit
import SQLKit

struct CreateUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("units")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("name", .string, .required)
            // Short names joined by "、" (市发改委、市发展改革委); matched by the importers.
            .field("short_names", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .unique(on: "jurisdiction_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("units").delete()
    }
}
