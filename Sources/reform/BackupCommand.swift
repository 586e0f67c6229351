import App
import ArgumentParser
import Foundation
import Logging

/// `reform backup`: a consistent copy of the database, with the files kept in it, as one archive (README: Backup and
/// restore). Safe while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database (evidence files included) as one archive, while the server runs.",
        discussion: "SQLite is copied with VACUUM INTO, PostgreSQL with pg_dump. Never copy the SQLite file by hand while the server runs.")

    @OptionGroup var database: DatabaseOptions
    @Option(name: .shortAndLong, help: "Archive to write (.zip)") var output: String?
    @Option(help: "Write reform-<UTC time>.zip into this folder instead of --output") var directory: String?
    @Option(help: "With --directory: keep this many newest archives there and remove the older ones") var keep: Int?
    @Option(name: .customLong("pg-dump"), help: "pg_dump to run (PostgreSQL; default: found on PATH or /usr/lib/postgresql/*/bin)")
    var pgDump: String?

    func validate() throws {
        guard (output == nil) != (directory == nil) else { throw ValidationError("give either --output FILE or --directory DIR") }
        if let keep, keep < 1 || directory == nil { throw ValidationError("--keep takes a number of at least 1, with --directory") }
    }

    func run() async throws {
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let clock = AppClock.system()
        let location = try database.location()
        let archive: URL
        if let output {
            archive = URL(fileURLWithPath: output)
        } else {
            let folder = URL(fileURLWithPath: directory ?? ".")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let stamp = clock.timestamp.filter { $0 != "-" && $0 != ":" }.prefix(15)
            archive = folder.appendingPathComponent("reform-\(stamp)Z.zip")
        }
        let service = try DatabaseService(location: location, logger: logger)
        let manifest: BackupManifest
        do {
            manifest = try await DatabaseBackup(database: service, location: location, clock: clock, pgDump: pgDump).write(to: archive)
        } catch {
            await service.shutdown()
            throw error
        }
        await service.shutdown()
        let rows = manifest.tables.values.reduce(0, +)
        print(
            "backup written: \(archive.path) (\(manifest.database), \(manifest.tables.count) tables, \(rows) rows, "
                + "\(manifest.storedFiles) stored files of \(manifest.storedFileBytes) bytes)")
        if manifest.evidenceWithoutBytes > 0 {
            FileHandle.standardError.write(
                Data("warning: \(manifest.evidenceWithoutBytes) evidence rows have no file in the database (see the server's start-up log)\n".utf8))
        }
        if let keep, let directory { try prune(directory, keeping: keep) }
    }

    /// Removes all but the newest `keep` archives this command named in `directory` (their names sort by time).
    private func prune(_ directory: String, keeping keep: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasPrefix("reform-") && $0.hasSuffix("Z.zip") }.sorted()
        for name in names.dropLast(keep) {
            try FileManager.default.removeItem(atPath: directory + "/" + name)
            print("removed old backup \(name)")
        }
    }
}
