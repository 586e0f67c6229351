import FluentKit
import SQLKit

struct CreatePlanItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_items")
            .field("id", .int64, .identifier(auto: true))
            .field("plan_id", .int64, .required, .references("plans", "id", onDelete: .cascade))
            .field("parent_id", .int64, .references("plan_items", "id", onDelete: .cascade))
            // Copied from the plan so the ledger and dashboard filter a jurisdiction subtree without a join.
            .field("jurisdiction_id", .int64, .required)
            .field("jurisdiction_path", .string, .required)
            // The 领域 (depth 0) and 任务 (depth 1) ancestors, for the ledger's columns and field filter.
            .field("field_id", .int64)
            .field("task_id", .int64)
            .field("path", .string, .required)
            .field("depth", .int, .required)
            .field("position", .int, .required)
            // Zero-padded positions from the root ("00002.00011"): outline order across depths.
            .field("sort_key", .string, .required)
            .field("number", .string, .required)
            .field("title", .string, .required)
            .field("content", .string, .required)
            .field("lead_unit_id", .int64, .references("units", "id"))
            .field("responsible_leader", .string, .required)
            .field("responsible_person", .string, .required)
            .field("handler", .string, .required)
            .field("start_date", .string)
            .field("original_deadline", .string)
            .field("current_deadline", .string)
            // First yellow day (original deadline − the plan's warn days): lights become range filters.
            .field("warn_from", .string)
            .field("expected_results", .string, .required)
            .field("result_form", .string, .required)
            .field("policy_documents", .string, .required)
            .field("remarks", .string, .required)
            .field("weight", .double, .required)
            .field("status", .string, .required)
            .field("own_percent", .double, .required)
            // Derived by the plan's roll-up rule; null when the item has no counted children.
            .field("derived_percent", .double)
            // derived ?? own: what the parent's roll-up uses.
            .field("rollup_percent", .double, .required)
            .field("delay_count", .int, .required)
            .field("child_count", .int, .required)
            .field("search_text", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        for statement in [
            "CREATE INDEX plan_items_plan_order ON plan_items (plan_id, sort_key)",
            "CREATE INDEX plan_items_parent ON plan_items (parent_id, position)",
            "CREATE INDEX plan_items_jpath ON plan_items (jurisdiction_path, status, original_deadline, warn_from)",
            "CREATE INDEX plan_items_jurisdiction_order ON plan_items (jurisdiction_id, plan_id, sort_key)",
            "CREATE INDEX plan_items_lead ON plan_items (lead_unit_id, current_deadline)",
            "CREATE INDEX plan_items_status_deadline ON plan_items (status, current_deadline)",
            "CREATE INDEX plan_items_deadline ON plan_items (current_deadline)",
            "CREATE INDEX plan_items_field ON plan_items (field_id, sort_key)"
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_items").delete()
    }
}
