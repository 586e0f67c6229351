import Foundation
import Logging
import SQLKit
import ZIPFoundation

/// `reform restore`: checks an archive of `DatabaseBackup` (every checksum, before anything is written) and brings
/// it into an empty database of the same kind, then counts the rows of every table against the manifest. It never
/// writes over data: a database that has any table is refused.
package struct DatabaseRestore: Sendable {
    let location: AppConfig.DatabaseLocation
    let logger: Logger
    /// pg_restore to use (PostgreSQL only); found on PATH otherwise.
    var pgRestore: String?

    package init(location: AppConfig.DatabaseLocation, logger: Logger, pgRestore: String? = nil) {
        self.location = location
        self.logger = logger
        self.pgRestore = pgRestore
    }

    /// Unpacks `archive` into `directory` and checks it: a known format, the files the manifest names and nothing
    /// else, each with its size and SHA-256. Returns the manifest.
    package static func verify(_ archive: URL, unpackingInto directory: URL) throws -> BackupManifest {
        let zip: Archive
        do { zip = try Archive(url: archive, accessMode: .read) } catch { throw BackupError("\(archive.path) is not a backup archive (\(error))") }
        guard let entry = zip[BackupManifest.name] else { throw BackupError("\(archive.path) has no \(BackupManifest.name): not a backup archive") }
        let manifestURL = directory.appendingPathComponent(BackupManifest.name)
        _ = try zip.extract(entry, to: manifestURL)
        let manifest: BackupManifest
        do {
            manifest = try JSONDecoder().decode(BackupManifest.self, from: Data(contentsOf: manifestURL))
        } catch {
            throw BackupError("the manifest of \(archive.path) cannot be read (\(error))")
        }
        guard manifest.format == BackupManifest.currentFormat else {
            throw BackupError("backup format \(manifest.format) is not known to this version (\(AppVersion.current)); use a newer reform")
        }
        let expected = Set(manifest.files.map(\.name) + [BackupManifest.name, BackupManifest.sums])
        let present = Set(zip.map(\.path))
        guard present == expected else {
            throw BackupError(
                "the archive holds \(present.sorted().joined(separator: ", ")), its manifest names \(expected.sorted().joined(separator: ", "))")
        }
        guard let sumsEntry = zip[BackupManifest.sums] else { throw BackupError("the archive has no \(BackupManifest.sums)") }
        let sumsURL = directory.appendingPathComponent(BackupManifest.sums)
        _ = try zip.extract(sumsEntry, to: sumsURL)
        let sums = try String(contentsOf: sumsURL, encoding: .utf8)
        var listed = manifest.files
        listed.append(try DatabaseBackup.describe(file: manifestURL))
        for file in manifest.files {
            guard let entry = zip[file.name] else { throw BackupError("the archive has no \(file.name)") }
            _ = try zip.extract(entry, to: directory.appendingPathComponent(file.name))
        }
        for file in listed {
            let actual = try DatabaseBackup.describe(file: directory.appendingPathComponent(file.name))
            guard actual.size == file.size, actual.sha256 == file.sha256, sums.contains(actual.line) else {
                throw BackupError("\(file.name) in the archive is damaged: its SHA-256 or size differs from the manifest's; nothing was restored")
            }
        }
        return manifest
    }

    /// Verifies `archive` and restores it; returns the manifest.
    @discardableResult
    package func restore(_ archive: URL) async throws -> BackupManifest {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("reform-restore-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let manifest = try Self.verify(archive, unpackingInto: work)
        switch location {
        case .sqliteMemory:
            throw BackupError("restore needs a database file or a PostgreSQL URL, not an in-memory database")
        case .sqliteFile(let path):
            guard manifest.database == "sqlite" else { throw Self.wrongKind(manifest) }
            let target = URL(fileURLWithPath: path)
            try await requireEmpty(.sqliteFile(path))
            // Copied beside the target and renamed over it: the target never holds half a database.
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).restoring")
            try? fm.removeItem(at: partial)
            try fm.copyItem(at: work.appendingPathComponent(DatabaseBackup.sqliteName), to: partial)
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) }
            try fm.moveItem(at: partial, to: target)
        case .postgres(let url):
            guard manifest.database == "postgresql" else { throw Self.wrongKind(manifest) }
            try await requireEmpty(location)
            let tool = try ExternalTool.locate("pg_restore", override: pgRestore)
            try await tool.run(
                [
                    "--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges",
                    "--dbname=\(try ExternalTool.environment(forURL: url)["PGDATABASE"] ?? "")",
                    work.appendingPathComponent(DatabaseBackup.postgresName).path
                ],
                environment: try ExternalTool.environment(forURL: url))
        }
        try await checkCounts(manifest)
        return manifest
    }

    private static func wrongKind(_ manifest: BackupManifest) -> BackupError {
        BackupError("this is a backup of a \(manifest.database) database; restore it into a database of the same kind")
    }

    /// Refuses a database that has any table: restore only fills a new, empty one.
    private func requireEmpty(_ location: AppConfig.DatabaseLocation) async throws {
        // A SQLite file that does not exist yet is empty: do not create it just to look.
        if case .sqliteFile(let path) = location, !FileManager.default.fileExists(atPath: path) { return }
        let tables = try await withDatabase(location) { try await DatabaseBackup.tableNames($0.sql) }
        guard tables.isEmpty else {
            throw BackupError(
                """
                the target database is not empty (it has \(tables.count) tables, e.g. \(tables.prefix(3).joined(separator: ", "))): \
                restore only into a new, empty database (a new file path, or CREATE DATABASE …), then point the server at it
                """)
        }
    }

    /// Counts every table of the restored database against the manifest.
    private func checkCounts(_ manifest: BackupManifest) async throws {
        let counts = try await withDatabase(location) { database in
            var counts: [String: Int] = [:]
            for table in try await DatabaseBackup.tableNames(database.sql) {
                counts[table] = try await database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM \(ident: table)")
            }
            return counts
        }
        guard counts == manifest.tables else {
            let differing = Set(counts.keys).union(manifest.tables.keys).filter { counts[$0] != manifest.tables[$0] }.sorted()
            throw BackupError("the restored database differs from the manifest in \(differing.joined(separator: ", "))")
        }
    }

    private func withDatabase<T: Sendable>(_ location: AppConfig.DatabaseLocation, _ body: (DatabaseService) async throws -> T) async throws -> T {
        let database = try DatabaseService(location: location, logger: logger)
        do {
            let result = try await body(database)
            await database.shutdown()
            return result
        } catch {
            await database.shutdown()
            throw error
        }
    }
}
