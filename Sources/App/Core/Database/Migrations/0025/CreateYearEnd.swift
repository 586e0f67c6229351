import FluentKit
import SQLKit

/// The year-end check (年底对账): one check per plan and year, one row per measure (leaf item) with its lead unit's answer
/// and the office's review; at the lock, the carried-over rows name the items made for them in next year's plan.
struct CreateYearEnd: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("yearend_checks")
            .field("id", .int64, .identifier(auto: true))
            .field("plan_id", .int64, .required, .references("plans", "id", onDelete: .cascade))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("year", .int, .required)
            // open | locked
            .field("state", .string, .required)
            .field("opened_by", .string, .required)
            .field("opened_at", .string, .required)
            .field("locked_by", .string, .required)
            .field("locked_at", .string)
            // Next year's plan that received the carried-over measures (set at the lock).
            .field("target_plan_id", .int64, .references("plans", "id", onDelete: .setNull))
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX yearend_checks_plan_year ON yearend_checks (plan_id, year)").run()
        try await sql.raw("CREATE INDEX yearend_checks_scope ON yearend_checks (jurisdiction_path, state)").run()

        try await database.schema("yearend_rows")
            .field("id", .int64, .identifier(auto: true))
            .field("check_id", .int64, .required, .references("yearend_checks", "id", onDelete: .cascade))
            // Null once the measure was deleted: the row keeps its number and title for the record.
            .field("item_id", .int64, .references("plan_items", "id", onDelete: .setNull))
            .field("sort_key", .string, .required)
            .field("number", .string, .required)
            .field("title", .string, .required)
            // The lead unit when the check was opened; null for a measure without one (the office answers it).
            .field("unit_id", .int64)
            // YearEndRowState raw value.
            .field("state", .string, .required)
            // YearEndOutcome raw value, "" until answered.
            .field("outcome", .string, .required)
            .field("new_deadline", .string)
            .field("reason", .string, .required)
            .field("answered_by", .string, .required)
            .field("answered_at", .string)
            .field("reviewed_by", .string, .required)
            .field("reviewed_at", .string)
            .field("return_reason", .string, .required)
            // The item made in next year's plan for a carried-over measure.
            .field("carried_item_id", .int64, .references("plan_items", "id", onDelete: .setNull))
            .field("version", .int, .required)
            .field("updated_at", .string, .required)
            .create()
        for statement in [
            "CREATE UNIQUE INDEX yearend_rows_check_item ON yearend_rows (check_id, item_id)",
            "CREATE INDEX yearend_rows_order ON yearend_rows (check_id, sort_key)",
            "CREATE INDEX yearend_rows_unit ON yearend_rows (unit_id, state)",
            "CREATE INDEX yearend_rows_state ON yearend_rows (state, check_id)",
            "CREATE INDEX yearend_rows_item ON yearend_rows (item_id)",
            "CREATE INDEX yearend_rows_carried ON yearend_rows (carried_item_id)"
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("yearend_rows").delete()
        try await database.schema("yearend_checks").delete()
    }
}
