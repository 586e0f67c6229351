import FluentKit
import SQLKit

struct CreatePlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plans")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("title", .string, .required)
            .field("doc_number", .string, .required)
            .field("issuer", .string, .required)
            .field("issue_date", .string)
            .field("period_start", .string)
            .field("period_end", .string)
            // Level names joined by "/" (领域/任务/举措/节点).
            .field("level_names", .string, .required)
            .field("rollup_rule", .string, .required)
            .field("warn_days", .int, .required)
            // Where the plan came from and what in it is made up (shown on demo data).
            .field("source_note", .string, .required)
            .field("is_demo", .bool, .required)
            .field("derived_percent", .double)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX plans_jurisdiction ON plans (jurisdiction_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plans").delete()
    }
}
