import FluentKit
import SQLKit

struct CreatePlanItemParticipants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_item_participants")
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .field("unit_id", .int64, .required, .references("units", "id"))
            .field("position", .int, .required)
            .compositeIdentifier(over: "item_id", "unit_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX plan_item_participants_unit ON plan_item_participants (unit_id, item_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_item_participants").delete()
    }
}
