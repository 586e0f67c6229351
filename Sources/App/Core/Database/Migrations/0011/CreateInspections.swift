import FluentKit
import SQLKit

/// Inspections and rectification (督查 → 问题清单 → 限时整改 → 销号): inspection rounds with their team and scope,
/// findings with the items they concern and their evidence, the rectification of each problem with its steps and the
/// unit's reports (and their evidence). Evidence rows keep a `FileStore` key as `evidence_files` does, in their own
/// tables because `evidence_files.report_id` is a key to progress reports.
struct CreateInspections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inspections")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            // InspectionKind raw value.
            .field("kind", .string, .required)
            .field("title", .string, .required)
            // subtree / plan / field / units; `scope_ref` names the jurisdiction, plan or field item (NULL for units).
            .field("scope_kind", .string, .required)
            .field("scope_ref", .int64)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("version", .int, .required)
            .field("is_demo", .bool, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX inspections_jurisdiction ON inspections (jurisdiction_id, starts_on)").run()

        try await database.schema("inspection_members")
            .field("inspection_id", .int64, .required, .references("inspections", "id", onDelete: .cascade))
            .field("user_id", .int64, .required, .references("users", "id"))
            .compositeIdentifier(over: "inspection_id", "user_id")
            .create()
        try await sql.raw("CREATE INDEX inspection_members_user ON inspection_members (user_id)").run()

        try await database.schema("inspection_units")
            .field("inspection_id", .int64, .required, .references("inspections", "id", onDelete: .cascade))
            .field("unit_id", .int64, .required, .references("units", "id"))
            .compositeIdentifier(over: "inspection_id", "unit_id")
            .create()

        try await database.schema("findings")
            .field("id", .int64, .identifier(auto: true))
            .field("inspection_id", .int64, .required, .references("inspections", "id", onDelete: .cascade))
            .field("unit_id", .int64, .required, .references("units", "id"))
            // FindingNature, FindingCategory, FindingSeverity raw values; good practice has no category or severity.
            .field("nature", .string, .required)
            .field("category", .string)
            .field("severity", .string)
            .field("description", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("version", .int, .required)
            .field("is_demo", .bool, .required)
            .create()
        try await sql.raw("CREATE INDEX findings_inspection ON findings (inspection_id)").run()
        try await sql.raw("CREATE INDEX findings_unit ON findings (unit_id, nature)").run()

        try await database.schema("finding_items")
            .field("finding_id", .int64, .required, .references("findings", "id", onDelete: .cascade))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .compositeIdentifier(over: "finding_id", "item_id")
            .create()

        try await Self.evidenceTable("finding_evidence", owner: "finding_id", references: "findings", on: database)

        try await database.schema("rectifications")
            .field("id", .int64, .identifier(auto: true))
            .field("finding_id", .int64, .required, .references("findings", "id", onDelete: .cascade))
            // The inspection and its jurisdiction's path, copied for the ledger's filters and scope.
            .field("inspection_id", .int64, .required, .references("inspections", "id", onDelete: .cascade))
            .field("jurisdiction_path", .string, .required)
            .field("lead_unit_id", .int64, .required, .references("units", "id"))
            .field("original_deadline", .string, .required)
            // The deadline in force and deadline − warn days, for the light as a SQL filter (`SupervisionLight`).
            .field("deadline", .string, .required)
            .field("warn_from", .string, .required)
            .field("measures", .string, .required)
            .field("evidence_required", .string, .required)
            // RectificationState raw value.
            .field("state", .string, .required)
            .field("return_count", .int, .required)
            .field("closed_on", .string)
            .field("created_by", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("version", .int, .required)
            .field("is_demo", .bool, .required)
            .unique(on: "finding_id")
            .create()
        try await sql.raw("CREATE INDEX rectifications_path ON rectifications (jurisdiction_path, state, deadline)").run()
        try await sql.raw("CREATE INDEX rectifications_unit ON rectifications (lead_unit_id, state)").run()
        try await sql.raw("CREATE INDEX rectifications_inspection ON rectifications (inspection_id)").run()
        // The overall ledger's order (deadline first): a page of a nationwide view reads 50 rows, not 300,000 sorted.
        try await sql.raw("CREATE INDEX rectifications_deadline ON rectifications (deadline, id)").run()

        try await database.schema("rectification_steps")
            .field("id", .int64, .identifier(auto: true))
            .field("rectification_id", .int64, .required, .references("rectifications", "id", onDelete: .cascade))
            // RectificationAction raw value (or "assign" for the step that created it) and SupervisionActor.
            .field("action", .string, .required)
            .field("actor", .string, .required)
            .field("from_state", .string)
            .field("to_state", .string, .required)
            .field("user_id", .int64)
            .field("actor_name", .string, .required)
            .field("at", .string, .required)
            .field("comment", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX rectification_steps_rectification ON rectification_steps (rectification_id, id)").run()

        try await database.schema("rectification_reports")
            .field("id", .int64, .identifier(auto: true))
            .field("rectification_id", .int64, .required, .references("rectifications", "id", onDelete: .cascade))
            // A final report asks for closure (申请销号).
            .field("is_final", .bool, .required)
            .field("narrative", .string, .required)
            .field("percent", .double, .required)
            .field("filed_by", .string, .required)
            .field("filed_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX rectification_reports_rectification ON rectification_reports (rectification_id, id)").run()

        try await Self.evidenceTable("rectification_evidence", owner: "report_id", references: "rectification_reports", on: database)
    }

    /// The columns of `evidence_files`, keyed to another owner.
    private static func evidenceTable(_ name: String, owner: String, references: String, on database: any Database) async throws {
        try await database.schema(name)
            .field("id", .int64, .identifier(auto: true))
            .field(.string(owner), .int64, .required, .references(references, "id", onDelete: .cascade))
            .field("original_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int64, .required)
            .field("sha256", .string, .required)
            .field("storage_key", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .string, .required)
            .create()
        try await (database as! any SQLDatabase).raw("CREATE INDEX \(unsafeRaw: name)_owner ON \(unsafeRaw: name) (\(unsafeRaw: owner))").run()
    }

    func revert(on database: any Database) async throws {
        for table in [
            "rectification_evidence", "rectification_reports", "rectification_steps", "rectifications", "finding_evidence",
            "finding_items", "findings", "inspection_units", "inspection_members", "inspections"
        ] {
            try await database.schema(table).delete()
        }
    }
}
