import FluentKit
import SQLKit

/// Grassroots innovation projects (基层改革创新项目): a city office's annual call with a quota per district, the projects the
/// districts declare, and the city's review; a selected project becomes (or is linked to) an item of the call's plan, so it
/// is reported on and lit like any plan item.
struct CreateGrassroots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("grassroots_calls")
            .field("id", .int64, .identifier(auto: true))
            // The city whose office issues the call; its districts declare.
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("quota_per_district", .int, .required)
            .field("declare_by", .string, .required)
            // The city plan where selected projects are tracked (created with the call when none is named).
            .field("plan_id", .int64, .required, .references("plans", "id"))
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX grassroots_calls_year ON grassroots_calls (jurisdiction_id, year)").run()
        try await sql.raw("CREATE INDEX grassroots_calls_scope ON grassroots_calls (jurisdiction_path)").run()

        try await database.schema("grassroots_projects")
            .field("id", .int64, .identifier(auto: true))
            .field("call_id", .int64, .required, .references("grassroots_calls", "id"))
            // The declaring district; access follows its path.
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("lead_unit", .string, .required)
            .field("expected_result", .string, .required)
            .field("contact", .string, .required)
            // GrassrootsState raw value: declared / selected / not_selected.
            .field("state", .string, .required)
            .field("review_note", .string, .required)
            .field("reviewed_on", .string)
            .field("plan_item_id", .int64, .references("plan_items", "id"))
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX grassroots_projects_scope ON grassroots_projects (jurisdiction_path, call_id, id)").run()
        try await sql.raw("CREATE INDEX grassroots_projects_call ON grassroots_projects (call_id, jurisdiction_id, state)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("grassroots_projects").delete()
        try await database.schema("grassroots_calls").delete()
    }
}
