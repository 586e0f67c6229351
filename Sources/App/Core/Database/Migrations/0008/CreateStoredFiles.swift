import FluentKit
import SQLKit

/// Files kept in the database (see `FileStore`), so every instance on one database reads every file and a backup of
/// the database holds them. A file is named by the SHA-256 of its bytes and cut into chunks, so no single value is
/// the size of the whole file and a download reads one chunk at a time.
struct CreateStoredFiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stored_files")
            .field("sha256", .string, .identifier(auto: false))
            .field("size", .int64, .required)
            .field("chunk_count", .int, .required)
            .field("created_at", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        // A composite key, which Fluent's schema builder does not write; BYTEA on PostgreSQL, BLOB on SQLite.
        let blob: SQLQueryString = sql.isPostgres ? "BYTEA" : "BLOB"
        try await sql.raw(
            """
            CREATE TABLE stored_file_chunks (
              sha256 TEXT NOT NULL REFERENCES stored_files (sha256) ON DELETE CASCADE,
              seq INTEGER NOT NULL,
              data \(blob) NOT NULL,
              PRIMARY KEY (sha256, seq)
            )
            """
        ).run()
        if sql.isPostgres {
            // Evidence is mostly PDF and images, compressed already: keep PostgreSQL from trying again on every chunk.
            try await sql.raw("ALTER TABLE stored_file_chunks ALTER COLUMN data SET STORAGE EXTERNAL").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("stored_file_chunks").delete()
        try await database.schema("stored_files").delete()
    }
}
