import App
import ArgumentParser
import Foundation
import Logging

/// `reform restore`: a backup archive into a new, empty database (README: Backup and restore).
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Bring a backup archive into a new, empty database; every checksum is checked first.",
        discussion: "A database that has any table is refused. Stop the server while restoring, and start it on the restored database.")

    @Argument(help: "Archive written by reform backup") var archive: String
    @OptionGroup var database: DatabaseOptions
    @Flag(name: .customLong("verify-only"), help: "Only check the archive's manifest and checksums; write nothing") var verifyOnly = false
    @Option(name: .customLong("pg-restore"), help: "pg_restore to run (PostgreSQL; default: found on PATH or /usr/lib/postgresql/*/bin)")
    var pgRestore: String?

    func run() async throws {
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let url = URL(fileURLWithPath: archive)
        let manifest: BackupManifest
        if verifyOnly {
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("reform-verify-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            manifest = try DatabaseRestore.verify(url, unpackingInto: work)
        } else {
            manifest = try await DatabaseRestore(location: try database.location(), logger: logger, pgRestore: pgRestore).restore(url)
        }
        let rows = manifest.tables.values.reduce(0, +)
        print(
            "\(verifyOnly ? "archive is intact" : "restored"): \(manifest.database) backup of \(manifest.createdAt) by reform \(manifest.appVersion), "
                + "\(manifest.migrations.count) migrations, \(manifest.tables.count) tables, \(rows) rows, \(manifest.storedFiles) stored files")
    }
}
