import FluentKit
import SQLKit

/// The background jobs' queue (see `JobQueue`). A job is claimed by one worker at a time: on PostgreSQL with
/// `FOR UPDATE SKIP LOCKED`, so several instances share the table without running a job twice; a claim holds a
/// lease (`locked_until`) that the worker renews while it reports progress, and a job whose lease ran out (its
/// instance died) is claimed again.
struct CreateJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("jobs")
            .field("id", .int64, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("payload", .string, .required)
            // queued / running / succeeded / failed / cancelled
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("max_attempts", .int, .required)
            .field("run_at", .string, .required)
            .field("locked_by", .string)
            .field("locked_until", .string)
            .field("progress_done", .int64, .required)
            .field("progress_total", .int64, .required)
            .field("progress_note", .string, .required)
            .field("result", .string)
            .field("last_error", .string)
            .field("cancel_requested", .bool, .required)
            .field("created_by", .int64)
            .field("created_at", .string, .required)
            .field("started_at", .string)
            .field("finished_at", .string)
            .field("updated_at", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX jobs_due ON jobs (state, run_at)").run()
        try await sql.raw("CREATE INDEX jobs_creator ON jobs (created_by, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("jobs").delete()
    }
}
