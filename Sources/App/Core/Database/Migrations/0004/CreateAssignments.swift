import FluentKit
import SQLKit

/// The assignment chain of an item for one unit: 交办 (by the office) → 签收 (by the unit) → 指派 (a handler).
/// The lead unit and each participating unit get their own row, since each reports its own part.
/// `next_report_due` is the due date of the report the unit owes next (see `ReportingDue`); the item's
/// `report_due` is the earliest of its rows'.
struct CreateAssignments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assignments")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .field("unit_id", .int64, .required, .references("units", "id"))
            // lead / participant
            .field("unit_role", .string, .required)
            .field("assigned_by", .string, .required)
            .field("assigned_at", .string, .required)
            .field("note", .string, .required)
            .field("signed_by", .string)
            .field("signed_at", .string)
            .field("handler_name", .string)
            .field("handler_user_id", .int64)
            .field("handler_assigned_by", .string)
            .field("assigned_to_handler_at", .string)
            .field("first_report_due", .string)
            .field("next_report_due", .string)
            .field("version", .int, .required)
            .unique(on: "item_id", "unit_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX assignments_unit ON assignments (unit_id, signed_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assignments").delete()
    }
}
