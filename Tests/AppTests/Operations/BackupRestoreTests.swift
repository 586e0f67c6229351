import Foundation
import ReformCore
import ReformDemo
import SQLKit
import Testing
import ZIPFoundation

@testable import App

/// `reform backup` and `reform restore` on SQLite: a database with every kind of record goes out while it is open
/// (as under a running server) and comes back table by table, evidence bytes included; a damaged archive and a
/// database that holds data are refused.
struct BackupRestoreTests {
    /// A temporary folder with a SQLite database holding a record of every kind, open as a server would hold it.
    private static func withFilledDatabase(_ body: (AppServices, URL) async throws -> Void) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reform-backup-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let services = try await buildServices(
            AppConfig(
                database: .sqliteFile(root.appendingPathComponent("live.sqlite").path), loadDemoIfEmpty: false, bcryptCost: 4,
                filesDirectory: root.appendingPathComponent("files").path),
            logger: TestDatabase.logger, clock: TestClock.make())
        do {
            try await services.database.migrate()
            try await fill(services)
            try await body(services, root)
        } catch {
            await services.database.shutdown()
            throw error
        }
        await services.database.shutdown()
    }

    static let pdf = EvidenceUploadTests.pdf + Data(repeating: 0x41, count: FileStore.chunkBytes)

    /// The demo (jurisdictions, units, plans, items, amendments, users, schedules, assignments, reports, indicators,
    /// audit), and evidence, an import draft, a job, a session, a token, a throttled address, a setting.
    private static func fill(_ services: AppServices) async throws {
        let sql = services.database.sql
        try await TestDemo.load(services)
        struct Draft: Decodable {
            var id: Int
            var unitId: Int
            var jurisdictionId: Int
        }
        let draft = try #require(
            try await sql.first(
                Draft.self,
                """
                SELECT r.id, r.unit_id, u.jurisdiction_id FROM progress_reports r JOIN units u ON u.id = r.unit_id
                WHERE r.state = 'draft' ORDER BY r.id LIMIT 1
                """))
        let jurisdiction = try await JurisdictionQueries.require(draft.jurisdictionId, on: sql)
        let liaison = Principal(
            userId: 0, username: "demo", displayName: "联络员", role: .liaison, jurisdictionId: jurisdiction.id,
            jurisdictionPath: jurisdiction.path, unitId: draft.unitId)
        _ = try await services.reports.addEvidence(
            reportId: draft.id, files: [try services.evidence.check(filename: "纪要.pdf", data: pdf)], by: liaison)
        _ = try await services.imports.createDraft(
            try ImportFixtures.upload("guangzhou-2022-work-points.txt"), target: ImportTarget(mode: .newPlan, jurisdictionId: jurisdiction.id),
            actor: "测试")
        _ = try await services.jobs.enqueue(kind: "count", payload: ["n": 1], createdBy: nil)
        _ = try await services.accounts.login(username: "office", password: "reform-demo-2026")
        _ = try await services.accounts.login(username: "office", password: "wrong", address: "10.0.0.9")
        _ = try await TestAccounts(services: services).user(.admin)
        try await sql.execute("INSERT INTO app_settings (key, value, updated_at) VALUES ('backup-test', '1', '2026-11-10T00:00:00.000Z')")
    }

    /// Every row of every table as text, in a fixed order (SQLite's quote() spells blobs in hex).
    private static func dump(_ sql: any SQLDatabase) async throws -> [String: [String]] {
        var tables: [String: [String]] = [:]
        for table in try await DatabaseBackup.tableNames(sql) {
            let columns = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table))").all().map {
                try $0.decode(column: "name", as: String.self)
            }
            let row = columns.map { "quote(\"\($0)\")" }.joined(separator: " || '|' || ")
            tables[table] = try await sql.raw("SELECT \(unsafeRaw: row) AS r FROM \(ident: table) ORDER BY r").all()
                .map { try $0.decode(column: "r", as: String.self) }
        }
        return tables
    }

    private static func backup(_ services: AppServices, to archive: URL) async throws -> BackupManifest {
        // Its own connection, as `reform backup` beside a running server.
        guard case .sqliteFile(let path) = services.config.database else { throw BackupError("not a file") }
        let other = try DatabaseService(location: .sqliteFile(path), logger: TestDatabase.logger)
        do {
            let manifest = try await DatabaseBackup(database: other, location: .sqliteFile(path), clock: services.clock).write(to: archive)
            await other.shutdown()
            return manifest
        } catch {
            await other.shutdown()
            throw error
        }
    }

    @Test func aDatabaseWithEveryKindOfRecordRoundTripsTableByTable() async throws {
        try await Self.withFilledDatabase { services, root in
            // given: the last write is still in the WAL, not yet in the database file
            try await services.database.sql.execute("UPDATE app_settings SET value = 'latest' WHERE key = 'backup-test'")
            let before = try await Self.dump(services.database.sql)
            let archive = root.appendingPathComponent("backup.zip")
            let restored = root.appendingPathComponent("restored/reform.sqlite")
            // when
            let manifest = try await Self.backup(services, to: archive)
            let back = try await DatabaseRestore(location: .sqliteFile(restored.path), logger: TestDatabase.logger).restore(archive)
            // then
            let copy = try DatabaseService(location: .sqliteFile(restored.path), logger: TestDatabase.logger)
            let after = try await Self.dump(copy.sql)
            let bytes = try await FileStore(database: copy).read(FileStore.key(for: Self.pdf))
            await copy.shutdown()
            for table in [
                "jurisdictions", "units", "plans", "plan_items", "plan_item_participants", "deadline_amendments", "audit_log", "users", "sessions",
                "api_tokens", "login_throttle", "plan_reporting", "assignments", "progress_reports", "item_indicators", "report_indicator_values",
                "evidence_files",
                "stored_files", "stored_file_chunks", "import_batches", "import_batch_payloads", "import_batch_payload_items", "jobs", "app_settings",
                "_fluent_migrations"
            ] {
                #expect((before[table]?.count ?? 0) > 0, "\(table) holds a record")
            }
            #expect(after == before)
            #expect(bytes == Self.pdf)
            #expect(after["app_settings"]?.contains { $0.contains("'latest'") } == true)
            #expect(back == manifest)
            #expect(Set(manifest.migrations) == Set(AppMigrations.all.map(\.name)))
            #expect(manifest.tables["plan_items"] == before["plan_items"]?.count)
            // The demo's inspection brings evidence files of its own beside the report's.
            let storedBytes = try await services.database.sql.scalar(Int.self, column: "n", "SELECT CAST(SUM(size) AS BIGINT) AS n FROM stored_files")
            #expect(manifest.storedFiles == before["stored_files"]?.count && manifest.storedFileBytes == storedBytes)
            #expect(manifest.storedFiles > 1 && manifest.evidenceWithoutBytes == 0)
            #expect(manifest.appVersion == AppVersion.current && manifest.createdAt.hasPrefix("2026-11-20T02:"))
        }
    }

    @Test func aDatabaseThatHoldsTablesIsNotRestoredInto() async throws {
        try await Self.withFilledDatabase { services, root in
            // given
            let archive = root.appendingPathComponent("backup.zip")
            _ = try await Self.backup(services, to: archive)
            guard case .sqliteFile(let live) = services.config.database else { return }
            let held = try await JurisdictionQueries.count(on: services.database.sql)
            // when / then
            let error = await #expect(throws: BackupError.self) {
                try await DatabaseRestore(location: .sqliteFile(live), logger: TestDatabase.logger).restore(archive)
            }
            #expect(error?.description.contains("not empty") == true)
            let after = try await JurisdictionQueries.count(on: services.database.sql)
            #expect(held > 0 && after == held)
        }
    }

    @Test func aDamagedArchiveIsRefusedBeforeAnythingIsWritten() async throws {
        try await Self.withFilledDatabase { services, root in
            // given: the database copy changed after the manifest was written
            let archive = root.appendingPathComponent("backup.zip")
            _ = try await Self.backup(services, to: archive)
            let unpacked = root.appendingPathComponent("unpacked")
            try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
            let zip = try Archive(url: archive, accessMode: .read)
            for entry in zip { _ = try zip.extract(entry, to: unpacked.appendingPathComponent(entry.path)) }
            let database = unpacked.appendingPathComponent("database.sqlite")
            var bytes = try Data(contentsOf: database)
            bytes[bytes.count / 2] ^= 0xFF
            try bytes.write(to: database)
            let damaged = root.appendingPathComponent("damaged.zip")
            let rebuilt = try Archive(url: damaged, accessMode: .create)
            for name in ["manifest.json", "SHA256SUMS", "database.sqlite"] {
                try rebuilt.addEntry(with: name, fileURL: unpacked.appendingPathComponent(name))
            }
            let target = root.appendingPathComponent("restored.sqlite")
            // when / then
            let error = await #expect(throws: BackupError.self) {
                try await DatabaseRestore(location: .sqliteFile(target.path), logger: TestDatabase.logger).restore(damaged)
            }
            #expect(error?.description.contains("damaged") == true)
            #expect(!FileManager.default.fileExists(atPath: target.path))
        }
    }

    @Test(.enabled(if: TestDatabase.isPostgres, "pg_dump's path"))
    func onPostgreSQLTheDumpAndTheManifestComeFromOneSnapshot() async throws {
        try await TestDatabase.withServices { services in
            // given: a report with evidence in the test's schema
            let (r, report) = try await EvidenceFileStoreTests.draftReport(services)
            _ = try await services.reports.addEvidence(
                reportId: report.id, files: [try services.evidence.check(filename: "纪要.pdf", data: Self.pdf)], by: r.liaison)
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("reform-pg-backup-" + UUID().uuidString)
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: root) }
            // The suites share one database, a schema per test, created and dropped all the time: a dump of the whole
            // database here would race other tests dropping theirs ("schema … does not exist"). So pg_dump is given this
            // test's schema only; an installation has one database of its own and dumps all of it.
            let schema = try #require(try await services.database.sql.scalar(String.self, column: "s", "SELECT current_schema() AS s"))
            let realDump = try ExternalTool.locate("pg_dump", override: nil).path
            let wrapper = root.appendingPathComponent("pg_dump")
            try "#!/bin/sh\nexec '\(realDump)' --schema='\(schema)' \"$@\"\n".write(to: wrapper, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
            // when
            let manifest = try await DatabaseBackup(
                database: services.database, location: services.config.database, clock: services.clock, pgDump: wrapper.path
            ).write(to: root.appendingPathComponent("backup.zip"))
            let unpacked = root.appendingPathComponent("unpacked")
            try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
            let verified = try DatabaseRestore.verify(root.appendingPathComponent("backup.zip"), unpackingInto: unpacked)
            // then
            #expect(verified == manifest)
            #expect(manifest.database == "postgresql" && manifest.files.map(\.name) == ["database.pgdump"])
            #expect(manifest.tables["evidence_files"] == 1 && manifest.storedFiles == 1 && manifest.storedFileBytes == Self.pdf.count)
            #expect(manifest.migrations.count == AppMigrations.all.count)
        }
    }
}
