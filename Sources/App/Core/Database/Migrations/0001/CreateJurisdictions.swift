import FluentKit
import SQLKit

struct CreateJurisdictions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("jurisdictions")
            .field("id", .int64, .identifier(auto: true))
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("division_code", .string, .required)
            .field("parent_id", .int64, .references("jurisdictions", "id"))
            // Materialised path "/1/4/9/": a subtree is a range scan on an index, on both databases.
            .field("path", .string, .required)
            .field("depth", .int, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .unique(on: "division_code")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX jurisdictions_parent ON jurisdictions (parent_id)").run()
        try await sql.raw("CREATE INDEX jurisdictions_path ON jurisdictions (path)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("jurisdictions").delete()
    }
}
