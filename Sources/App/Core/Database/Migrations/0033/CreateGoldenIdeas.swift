import FluentKit
import SQLKit

/// Golden-idea calls (金点子征集): the office's calls, the public's submissions (text as typed, contact never public,
/// a receipt code and the digest of a private link), their attachments, the reviewers assigned to a call and their
/// scores by criterion, and what an adopted idea led to (plan items, supervision matters).
struct CreateGoldenIdeas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("idea_calls")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            // The plan whose fields are the call's categories (optional: categories may be typed).
            .field("plan_id", .int64, .references("plans", "id", onDelete: .setNull))
            .field("topic", .string, .required)
            .field("rules", .string, .required)
            .field("contact", .string, .required)
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            // One category per line.
            .field("categories", .string, .required)
            // One tier per line: "一等奖|10000元|1" (name | reward in amount or words | how many).
            .field("reward_tiers", .string, .required)
            // One criterion per line: "可行性|40" (name | weight).
            .field("criteria", .string, .required)
            // The length of the public notice of the shortlist (公示), in days.
            .field("notice_days", .int, .required)
            .field("is_published", .bool, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX idea_calls_scope ON idea_calls (jurisdiction_path, opens_on)").run()

        try await database.schema("idea_submissions")
            .field("id", .int64, .identifier(auto: true))
            .field("call_id", .int64, .required, .references("idea_calls", "id", onDelete: .cascade))
            .field("receipt_code", .string, .required)
            // SHA-256 of the private link's token: the link itself is known only to the submitter.
            .field("token_digest", .string, .required)
            .field("title", .string, .required)
            .field("idea", .string, .required)
            .field("problem", .string, .required)
            .field("category", .string, .required)
            // Empty when anonymous.
            .field("submitter_name", .string, .required)
            // Phone or e-mail, for the office only.
            .field("contact", .string, .required)
            // SHA-256 of the normalised title and text: the duplicate check.
            .field("text_digest", .string, .required)
            // SHA-256 of the address (with a per-instance secret), for the rate limit; never the address itself.
            .field("client_digest", .string, .required)
            // IdeaState raw value.
            .field("state", .string, .required)
            // The office's answer, public once the idea is.
            .field("answer", .string, .required)
            // Why it was hidden or merged (for the submitter's private page and the office).
            .field("moderation_reason", .string, .required)
            .field("merged_into", .int64)
            .field("tier", .string, .required)
            .field("notice_until", .string)
            .field("adoption", .string, .required)
            .field("submitted_at", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX idea_submissions_receipt ON idea_submissions (receipt_code)").run()
        try await sql.raw("CREATE UNIQUE INDEX idea_submissions_token ON idea_submissions (token_digest)").run()
        try await sql.raw("CREATE INDEX idea_submissions_queue ON idea_submissions (call_id, state, id)").run()
        // Every state at once (the office's "all" tab), in the same order.
        try await sql.raw("CREATE INDEX idea_submissions_call ON idea_submissions (call_id, id)").run()
        try await sql.raw("CREATE INDEX idea_submissions_text ON idea_submissions (call_id, text_digest)").run()
        try await sql.raw("CREATE INDEX idea_submissions_client ON idea_submissions (client_digest, submitted_at)").run()

        try await database.schema("idea_attachments")
            .field("id", .int64, .identifier(auto: true))
            .field("submission_id", .int64, .required, .references("idea_submissions", "id", onDelete: .cascade))
            .field("original_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int64, .required)
            .field("sha256", .string, .required)
            .field("storage_key", .string, .required)
            .field("uploaded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX idea_attachments_submission ON idea_attachments (submission_id)").run()

        try await database.schema("idea_reviewers")
            .field("call_id", .int64, .required, .references("idea_calls", "id", onDelete: .cascade))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("assigned_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX idea_reviewers_unique ON idea_reviewers (call_id, user_id)").run()

        try await database.schema("idea_scores")
            .field("submission_id", .int64, .required, .references("idea_submissions", "id", onDelete: .cascade))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("criterion", .string, .required)
            .field("score", .int, .required)
            .field("scored_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX idea_scores_unique ON idea_scores (submission_id, user_id, criterion)").run()

        try await database.schema("idea_links")
            .field("submission_id", .int64, .required, .references("idea_submissions", "id", onDelete: .cascade))
            .field("plan_item_id", .int64, .references("plan_items", "id", onDelete: .cascade))
            .field("matter_id", .int64, .references("matters", "id", onDelete: .cascade))
            .create()
        try await sql.raw("CREATE INDEX idea_links_submission ON idea_links (submission_id)").run()
        try await sql.raw("CREATE INDEX idea_links_item ON idea_links (plan_item_id)").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["idea_links", "idea_scores", "idea_reviewers", "idea_attachments", "idea_submissions", "idea_calls"] {
            try await database.schema(table).delete()
        }
    }
}
