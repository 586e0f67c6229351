import FluentKit
import SQLKit

/// Evaluation (成效评估): rounds kept by a jurisdiction's office, their weighted criteria, the subjects evaluated (any
/// kind of record, by kind and id), the scores from the three sources, comments, and the outside reviewers assigned.
struct CreateEvaluation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("evaluation_rounds")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("title", .string, .required)
            .field("year", .int, .required)
            .field("description", .string, .required)
            // EvaluationState raw value: scoring / closed.
            .field("state", .string, .required)
            // The sources' weights in percent (self-assessment, office, reviewers), summing to 100.
            .field("weight_self", .int, .required)
            .field("weight_office", .int, .required)
            .field("weight_reviewer", .int, .required)
            // How many cases each tier selects (10 best, 40 excellent).
            .field("best_count", .int, .required)
            .field("excellent_count", .int, .required)
            // The public notice's unguessable address (公示): read only while the round is closed.
            .field("notice_token", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX evaluation_rounds_scope ON evaluation_rounds (jurisdiction_path, year)").run()
        try await sql.raw("CREATE UNIQUE INDEX evaluation_rounds_token ON evaluation_rounds (notice_token)").run()

        try await database.schema("evaluation_criteria")
            .field("id", .int64, .identifier(auto: true))
            .field("round_id", .int64, .required, .references("evaluation_rounds", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("name", .string, .required)
            // Percent; a round's criteria sum to 100.
            .field("weight", .int, .required)
            .create()
        try await sql.raw("CREATE INDEX evaluation_criteria_round ON evaluation_criteria (round_id, position)").run()

        try await database.schema("evaluation_subjects")
            .field("id", .int64, .identifier(auto: true))
            .field("round_id", .int64, .required, .references("evaluation_rounds", "id", onDelete: .cascade))
            // EvaluationSubjectKind code (plan_item, authorization; grassroots projects and delegated powers plug in later)
            // and the record's id in its own table.
            .field("kind", .string, .required)
            .field("ref_id", .int64, .required)
            // What the record was called and where it belongs when added (the public notice reads these, not the record).
            .field("title", .string, .required)
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            // The unit that assesses itself (a plan item's lead unit); 0 when the subject's office does.
            .field("unit_id", .int64, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX evaluation_subjects_ref ON evaluation_subjects (round_id, kind, ref_id)").run()
        try await sql.raw("CREATE INDEX evaluation_subjects_scope ON evaluation_subjects (round_id, jurisdiction_path)").run()

        try await database.schema("evaluation_scores")
            .field("id", .int64, .identifier(auto: true))
            .field("subject_id", .int64, .required, .references("evaluation_subjects", "id", onDelete: .cascade))
            .field("criterion_id", .int64, .required, .references("evaluation_criteria", "id", onDelete: .cascade))
            // EvaluationSource raw value.
            .field("source", .string, .required)
            // The reviewer's user id for a reviewer's score; 0 for self-assessment and the office.
            .field("reviewer_id", .int64, .required)
            .field("score", .double, .required)
            .field("actor", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw(
            "CREATE UNIQUE INDEX evaluation_scores_cell ON evaluation_scores (subject_id, criterion_id, source, reviewer_id)"
        ).run()

        try await database.schema("evaluation_comments")
            .field("id", .int64, .identifier(auto: true))
            .field("subject_id", .int64, .required, .references("evaluation_subjects", "id", onDelete: .cascade))
            .field("source", .string, .required)
            .field("reviewer_id", .int64, .required)
            .field("body", .string, .required)
            .field("actor", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX evaluation_comments_cell ON evaluation_comments (subject_id, source, reviewer_id)").run()

        // Outside reviewers (评审专家) and the rounds they may see: nothing else.
        try await database.schema("evaluation_reviewers")
            .field("round_id", .int64, .required, .references("evaluation_rounds", "id", onDelete: .cascade))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("assigned_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX evaluation_reviewers_pair ON evaluation_reviewers (user_id, round_id)").run()
    }

    func revert(on database: any Database) async throws {
        for table in [
            "evaluation_reviewers", "evaluation_comments", "evaluation_scores", "evaluation_subjects", "evaluation_criteria", "evaluation_rounds"
        ] {
            try await database.schema(table).delete()
        }
    }
}
