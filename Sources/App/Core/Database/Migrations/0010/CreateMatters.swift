import FluentKit
import SQLKit

/// Supervision matters (督办事项): the matter with its source facts, its units (lead and co), the items it concerns,
/// its chain of steps (立项 … 办结), requests for more time and the amendments approved from them.
struct CreateMatters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("matters")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            // The jurisdiction's materialised path, kept here so the ledger's scope is a range on one column.
            .field("jurisdiction_path", .string, .required)
            .field("subject", .string, .required)
            // MatterLevel and MatterSourceKind raw values.
            .field("level", .string, .required)
            .field("source_kind", .string, .required)
            .field("instruction_text", .string, .required)
            .field("instructed_by", .string, .required)
            .field("instructed_on", .string)
            .field("meeting_reference", .string, .required)
            // An inspection finding's id; no foreign key, the findings live in another feature.
            .field("finding_id", .int64)
            .field("lead_unit_id", .int64, .required, .references("units", "id"))
            .field("responsible_leader", .string, .required)
            .field("original_deadline", .string, .required)
            // The deadline in force (after approved extensions) and deadline − warn days, for the light filter.
            .field("deadline", .string, .required)
            .field("warn_from", .string, .required)
            .field("delay_count", .int, .required)
            .field("required_result", .string, .required)
            // MatterState raw value.
            .field("state", .string, .required)
            .field("opened_on", .string, .required)
            .field("closed_on", .string)
            // Subject, required result, instruction and meeting, normalised for search.
            .field("search_text", .string, .required)
            .field("created_by", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX matters_scope ON matters (jurisdiction_path, deadline)").run()
        try await sql.raw("CREATE INDEX matters_lead ON matters (lead_unit_id, state)").run()
        try await sql.raw("CREATE INDEX matters_warn ON matters (warn_from)").run()
        // The ledger's order (deadline first) for views not cut by jurisdiction (an administrator's, a light nationwide);
        // with the state it also covers the count of a light (red: open and past the deadline).
        try await sql.raw("CREATE INDEX matters_deadline ON matters (deadline, id, state)").run()

        try await database.schema("matter_units")
            .field("matter_id", .int64, .required, .references("matters", "id", onDelete: .cascade))
            .field("unit_id", .int64, .required, .references("units", "id"))
            // lead / co
            .field("role", .string, .required)
            .compositeIdentifier(over: "matter_id", "unit_id")
            .create()
        try await sql.raw("CREATE INDEX matter_units_unit ON matter_units (unit_id, matter_id)").run()

        try await database.schema("matter_items")
            .field("matter_id", .int64, .required, .references("matters", "id", onDelete: .cascade))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .compositeIdentifier(over: "matter_id", "item_id")
            .create()
        try await sql.raw("CREATE INDEX matter_items_item ON matter_items (item_id, matter_id)").run()

        try await database.schema("matter_steps")
            .field("id", .int64, .identifier(auto: true))
            .field("matter_id", .int64, .required, .references("matters", "id", onDelete: .cascade))
            // MatterAction and SupervisionActor raw values.
            .field("action", .string, .required)
            .field("actor", .string, .required)
            .field("user_id", .int64)
            .field("actor_name", .string, .required)
            .field("at", .string, .required)
            .field("comment", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX matter_steps_matter ON matter_steps (matter_id, id)").run()

        try await database.schema("matter_extension_requests")
            .field("id", .int64, .identifier(auto: true))
            .field("matter_id", .int64, .required, .references("matters", "id", onDelete: .cascade))
            .field("current_deadline", .string, .required)
            .field("requested_deadline", .string, .required)
            .field("reason", .string, .required)
            // ExtensionRequest.State raw value.
            .field("state", .string, .required)
            .field("requested_by", .string, .required)
            .field("requested_at", .string, .required)
            .field("decided_by", .string)
            .field("decided_at", .string)
            .field("decision_comment", .string, .required)
            .field("version", .int, .required)
            .create()
        try await sql.raw("CREATE INDEX matter_extension_requests_matter ON matter_extension_requests (matter_id, state)").run()

        // DeadlineAmendment's columns, as deadline_amendments keeps them for items.
        try await database.schema("matter_amendments")
            .field("id", .int64, .identifier(auto: true))
            .field("matter_id", .int64, .required, .references("matters", "id", onDelete: .cascade))
            .field("old_deadline", .string)
            .field("new_deadline", .string, .required)
            .field("reason", .string, .required)
            .field("changed_by", .string, .required)
            .field("approved_by", .string)
            .field("changed_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX matter_amendments_matter ON matter_amendments (matter_id, id)").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["matter_amendments", "matter_extension_requests", "matter_steps", "matter_items", "matter_units", "matters"] {
            try await database.schema(table).delete()
        }
    }
}
