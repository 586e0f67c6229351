import FluentKit
import SQLKit

/// Objections to a golden-idea shortlist during its public notice (公示异议): lodged by anyone on the public page (text
/// as typed, an optional contact for the office only, the digest of the address for the rate limit), answered and
/// decided by the office one by one.
struct CreateIdeaObjections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("idea_objections")
            .field("id", .int64, .identifier(auto: true))
            .field("submission_id", .int64, .required, .references("idea_submissions", "id", onDelete: .cascade))
            .field("body", .string, .required)
            // Phone or e-mail, for the office only; may be empty.
            .field("contact", .string, .required)
            // SHA-256 of the address (with a per-instance secret), for the rate limit; never the address itself.
            .field("client_digest", .string, .required)
            // open, upheld or dismissed.
            .field("decision", .string, .required)
            .field("answer", .string, .required)
            .field("decided_by", .string, .required)
            .field("decided_at", .string)
            .field("submitted_at", .string, .required)
            .field("version", .int, .required)
            .create()
        try await sql.raw("CREATE INDEX idea_objections_submission ON idea_objections (submission_id)").run()
        try await sql.raw("CREATE INDEX idea_objections_client ON idea_objections (client_digest, submitted_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("idea_objections").delete()
    }
}
