import FluentKit
import SQLKit

struct CreateDeadlineAmendments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("deadline_amendments")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .field("old_deadline", .string)
            .field("new_deadline", .string, .required)
            .field("reason", .string, .required)
            .field("changed_by", .string, .required)
            .field("approved_by", .string)
            .field("changed_at", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX deadline_amendments_item ON deadline_amendments (item_id, changed_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("deadline_amendments").delete()
    }
}
