import FluentKit
import SQLKit

/// `stored_files.touched_at`: the last time a transaction stored these bytes (the first time, or again: the same bytes
/// are kept once). The sweep of unreferenced files (`StoredFileSweep`) spares files touched within its grace period, so
/// an upload whose transaction has not committed yet never loses the file it is about to name. Indexes on the evidence
/// tables' keys that the sweep probes.
struct AddStoredFileTouchedAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("ALTER TABLE stored_files ADD COLUMN touched_at TEXT").run()
        try await sql.raw("UPDATE stored_files SET touched_at = created_at").run()
        try await sql.raw("CREATE INDEX stored_files_touched ON stored_files (touched_at)").run()
        // The sweep asks of each file whether any evidence names it: one index probe per table.
        try await sql.raw("CREATE INDEX finding_evidence_key ON finding_evidence (storage_key)").run()
        try await sql.raw("CREATE INDEX rectification_evidence_key ON rectification_evidence (storage_key)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX rectification_evidence_key").run()
        try await sql.raw("DROP INDEX finding_evidence_key").run()
        try await sql.raw("DROP INDEX stored_files_touched").run()
        try await sql.raw("ALTER TABLE stored_files DROP COLUMN touched_at").run()
    }
}
