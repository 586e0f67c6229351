import FluentKit
import SQLKit

/// Delegated provincial powers (省级行政职权调整): the province's decisions, each power with one row per receiving city, the
/// terms an entrusted power runs for, its effect evaluations, its dated events and its files (entrustment agreements and
/// evaluation reports). A power's status is derived from its dates (`PowerStatus.of`), never stored.
struct CreateDelegatedPowers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("power_decisions")
            .field("id", .int64, .identifier(auto: true))
            // The granting jurisdiction (广东省), whose office keeps the decision.
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("doc_number", .string, .required)
            .field("title", .string, .required)
            .field("decided_on", .string, .required)
            .field("announced_on", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX power_decisions_scope ON power_decisions (jurisdiction_path)").run()

        try await database.schema("delegated_powers")
            .field("id", .int64, .identifier(auto: true))
            .field("decision_id", .int64, .required, .references("power_decisions", "id"))
            // The receiving city (one row per city); access follows its path.
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("number", .int, .required)
            .field("name", .string, .required)
            // PowerType raw value.
            .field("power_type", .string, .required)
            // PowerMethod raw value: devolve (下放) / entrust (委托).
            .field("method", .string, .required)
            .field("granting_department", .string, .required)
            .field("receiving_department", .string, .required)
            .field("legal_basis", .string, .required)
            // The 30th working day after the decision, and 5 working days before it (the reminder's first day).
            .field("handover_deadline", .string, .required)
            .field("handover_warn_from", .string, .required)
            .field("handed_over_on", .string)
            // An entrusted power's current term and the reminder's first day before it ends.
            .field("term_start", .string)
            .field("term_end", .string)
            .field("expiry_warn_from", .string)
            .field("renewals", .int, .required)
            .field("withdrawn_on", .string)
            .field("remarks", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX delegated_powers_number ON delegated_powers (decision_id, number, jurisdiction_id)").run()
        try await sql.raw("CREATE INDEX delegated_powers_scope ON delegated_powers (jurisdiction_path, decision_id, number)").run()
        try await sql.raw("CREATE INDEX delegated_powers_handover_warn ON delegated_powers (handover_warn_from)").run()
        try await sql.raw("CREATE INDEX delegated_powers_handover_deadline ON delegated_powers (handover_deadline)").run()
        try await sql.raw("CREATE INDEX delegated_powers_expiry_warn ON delegated_powers (expiry_warn_from)").run()
        try await sql.raw("CREATE INDEX delegated_powers_term_end ON delegated_powers (term_end)").run()

        try await database.schema("power_evaluations")
            .field("id", .int64, .identifier(auto: true))
            .field("power_id", .int64, .required, .references("delegated_powers", "id", onDelete: .cascade))
            .field("evaluated_on", .string, .required)
            // PowerEvaluationConclusion raw value.
            .field("conclusion", .string, .required)
            .field("summary", .string, .required)
            .field("actor", .string, .required)
            .field("recorded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX power_evaluations_power ON power_evaluations (power_id, evaluated_on)").run()

        // Each term an entrusted power ran for: the first from its handover, each renewal with the evaluation it rests on.
        try await database.schema("power_terms")
            .field("id", .int64, .identifier(auto: true))
            .field("power_id", .int64, .required, .references("delegated_powers", "id", onDelete: .cascade))
            .field("term_start", .string, .required)
            .field("term_end", .string, .required)
            .field("evaluation_id", .int64, .references("power_evaluations", "id"))
            .field("actor", .string, .required)
            .field("recorded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX power_terms_power ON power_terms (power_id, term_start)").run()

        // What happened to a power, dated: handover, renewal, evaluation, withdrawal.
        try await database.schema("power_events")
            .field("id", .int64, .identifier(auto: true))
            .field("power_id", .int64, .required, .references("delegated_powers", "id", onDelete: .cascade))
            .field("action", .string, .required)
            .field("effective_on", .string, .required)
            .field("note", .string, .required)
            .field("actor", .string, .required)
            .field("recorded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX power_events_power ON power_events (power_id, effective_on, id)").run()

        // Stored documents: entrustment agreements (kind agreement) and evaluation reports (kind evaluation).
        try await database.schema("power_files")
            .field("id", .int64, .identifier(auto: true))
            .field("power_id", .int64, .required, .references("delegated_powers", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("evaluation_id", .int64, .references("power_evaluations", "id", onDelete: .cascade))
            .field("original_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int64, .required)
            .field("sha256", .string, .required)
            .field("storage_key", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX power_files_power ON power_files (power_id)").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["power_files", "power_events", "power_terms", "power_evaluations", "delegated_powers", "power_decisions"] {
            try await database.schema(table).delete()
        }
    }
}
