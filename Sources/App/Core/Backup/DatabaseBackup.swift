import Crypto
import Foundation
import SQLKit
import ZIPFoundation

/// `reform backup`: a consistent copy of the database, taken while the server runs, as one zip archive with a
/// manifest and checksums. The files kept in the database (`FileStore`, the evidence) are inside the copy.
///
/// - SQLite: `VACUUM INTO` writes a copy from one read transaction (WAL lets the server go on writing meanwhile).
///   Copying the database file by hand instead loses the commits still in the `-wal` file, or catches a torn page.
/// - PostgreSQL: pg_dump (custom format) in the snapshot of a repeatable-read transaction that also counts the rows,
///   so the manifest describes exactly what the dump holds.
package struct DatabaseBackup: Sendable {
    let database: DatabaseService
    let location: AppConfig.DatabaseLocation
    let clock: AppClock
    /// pg_dump to use (PostgreSQL only); found on PATH otherwise.
    var pgDump: String?

    package init(database: DatabaseService, location: AppConfig.DatabaseLocation, clock: AppClock, pgDump: String? = nil) {
        self.database = database
        self.location = location
        self.clock = clock
        self.pgDump = pgDump
    }

    static let sqliteName = "database.sqlite"
    static let postgresName = "database.pgdump"

    /// Writes the archive to `output` (through a temporary name, so a half-written archive never carries the final
    /// name) and returns its manifest.
    @discardableResult
    package func write(to output: URL) async throws -> BackupManifest {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: output.path) else { throw BackupError("\(output.path) exists already; choose another name") }
        let work = output.deletingLastPathComponent().appendingPathComponent(".reform-backup-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        var manifest: BackupManifest
        let copyName: String
        switch location {
        case .sqliteMemory:
            throw BackupError("an in-memory database cannot be backed up")
        case .sqliteFile:
            copyName = Self.sqliteName
            let copy = work.appendingPathComponent(copyName)
            try await database.sql.raw("VACUUM INTO \(bind: copy.path)").run()
            let copied = try DatabaseService(location: .sqliteFile(copy.path), logger: database.logger)
            do {
                manifest = try await describe(copied.sql, database: "sqlite")
            } catch {
                await copied.shutdown()
                throw error
            }
            await copied.shutdown()
        case .postgres(let url):
            copyName = Self.postgresName
            let copy = work.appendingPathComponent(copyName)
            let tool = try ExternalTool.locate("pg_dump", override: pgDump)
            let environment = try ExternalTool.environment(forURL: url)
            manifest = try await database.transaction { sql in
                try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
                guard let snapshot = try await sql.scalar(String.self, column: "s", "SELECT pg_export_snapshot() AS s") else {
                    throw BackupError("PostgreSQL gave no snapshot")
                }
                let manifest = try await describe(sql, database: "postgresql")
                try await tool.run(
                    // No comments: COMMENT ON EXTENSION needs the extension's owner, which the restoring role often is not.
                    ["--snapshot=\(snapshot)", "--format=custom", "--no-owner", "--no-privileges", "--no-comments", "--file=\(copy.path)"],
                    environment: environment)
                return manifest
            }
        }
        manifest.files = [try Self.describe(file: work.appendingPathComponent(copyName))]
        try manifest.encoded().write(to: work.appendingPathComponent(BackupManifest.name))
        let sums = manifest.sums + (try Self.describe(file: work.appendingPathComponent(BackupManifest.name))).line
        try Data(sums.utf8).write(to: work.appendingPathComponent(BackupManifest.sums))
        let partial = work.appendingPathComponent("archive.zip")
        let archive = try Archive(url: partial, accessMode: .create)
        for name in [BackupManifest.name, BackupManifest.sums] {
            try archive.addEntry(with: name, fileURL: work.appendingPathComponent(name), compressionMethod: .deflate)
        }
        // pg_dump's custom format is compressed already; an SQLite file shrinks to about a third.
        try archive.addEntry(
            with: copyName, fileURL: work.appendingPathComponent(copyName), compressionMethod: copyName == Self.sqliteName ? .deflate : .none)
        try fm.moveItem(at: partial, to: output)
        return manifest
    }

    /// Schema, rows per table and stored files of the database `sql` reads (one snapshot).
    private func describe(_ sql: any SQLDatabase, database: String) async throws -> BackupManifest {
        var tables: [String: Int] = [:]
        for table in try await Self.tableNames(sql) {
            tables[table] = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM \(ident: table)")
        }
        let migrations = try await sql.raw("SELECT name FROM _fluent_migrations ORDER BY batch, created_at, name").all()
            .map { try $0.decode(column: "name", as: String.self) }
        let stored = try await sql.raw("SELECT COUNT(*) AS n, CAST(COALESCE(SUM(size), 0) AS BIGINT) AS bytes FROM stored_files").first()
        let missing = try await sql.scalar(
            Int.self, column: "n",
            "SELECT COUNT(*) AS n FROM evidence_files e WHERE NOT EXISTS (SELECT 1 FROM stored_files s WHERE s.sha256 = e.storage_key)")
        return BackupManifest(
            appVersion: AppVersion.current, createdAt: clock.timestamp, database: database, migrations: migrations, tables: tables,
            storedFiles: try stored?.decode(column: "n", as: Int.self) ?? 0, storedFileBytes: try stored?.decode(column: "bytes", as: Int.self) ?? 0,
            evidenceWithoutBytes: missing ?? 0, files: [])
    }

    /// The app's tables (on PostgreSQL those of the schemas on the search path).
    package static func tableNames(_ sql: any SQLDatabase) async throws -> [String] {
        let query: SQLQueryString =
            sql.isPostgres
            ? """
            SELECT CAST(table_name AS TEXT) AS name FROM information_schema.tables
            WHERE table_schema = ANY (current_schemas(false)) AND table_type = 'BASE TABLE' ORDER BY table_name
            """
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    /// Size and SHA-256 of a file, read a mebibyte at a time.
    static func describe(file url: URL) throws -> BackupManifest.File {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        var size = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            size += chunk.count
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return BackupManifest.File(name: url.lastPathComponent, size: size, sha256: digest)
    }
}

extension BackupManifest.File {
    var line: String { "\(sha256)  \(name)\n" }
}
