import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

@testable import App

/// Upgrading: a database made by the previous release (migrations 0001–0005, kept as a fixture with its evidence
/// folder) is migrated forward at start, keeps every row, and the app reads them, its evidence moved into the database.
struct PreviousReleaseUpgradeTests {
    /// The migrations of the previous release: 0001–0005.
    static let previousReleaseMigrations = 18
    static let fixtureFolder = "previous-release"

    @Test func aDatabaseOfThePreviousReleaseIsMigratedAndRead() async throws {
        // given: a copy of the fixture (the database and its old evidence folder)
        let source = try #require(Bundle.module.url(forResource: Self.fixtureFolder, withExtension: nil, subdirectory: "Fixtures"))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reform-upgrade-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: source, to: root)
        let services = try await buildServices(
            AppConfig(
                database: .sqliteFile(root.appendingPathComponent("reform.sqlite").path), loadDemoIfEmpty: false, bcryptCost: 4,
                filesDirectory: root.appendingPathComponent("files").path),
            logger: TestDatabase.logger, clock: TestClock.make())
        do {
            try await check(services)
        } catch {
            await services.database.shutdown()
            throw error
        }
        await services.database.shutdown()
    }

    private func check(_ services: AppServices) async throws {
        let sql = services.database.sql
        let tablesBefore = try await DatabaseBackup.tableNames(sql)
        var before: [String: Int] = [:]
        for table in tablesBefore { before[table] = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM \(ident: table)") }
        #expect(before["_fluent_migrations"] == Self.previousReleaseMigrations)
        // when: the server starts on it
        try await prepareDatabase(services, logger: TestDatabase.logger)
        // then: every migration ran, every row is still there
        #expect(try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM _fluent_migrations") == AppMigrations.all.count)
        for table in tablesBefore where table != "_fluent_migrations" {
            #expect(try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM \(ident: table)") == before[table], "\(table)")
        }
        #expect((before["plan_items"] ?? 0) > 0 && (before["progress_reports"] ?? 0) > 0 && (before["evidence_files"] ?? 0) > 0)
        // and the app reads them: an item, its report, and the evidence now served from the database
        let item = try #require(try await sql.first(ItemRecord.self, "SELECT \(ItemQueries.columns) FROM plan_items WHERE title = '推行商事登记“秒批”'"))
        let evidence = try #require(try await sql.first(EvidenceRecord.self, "SELECT * FROM evidence_files ORDER BY id LIMIT 1"))
        let admin = try await TestAccounts(services: services).user(.admin)
        let app = Application(
            router: buildRouter(services), configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: TestDatabase.logger)
        try await app.test(.router) { client in
            let auth: HTTPFields = [.authorization: "Bearer \(admin.token)"]
            let itemPage = try await client.get("/api/v1/items/\(item.id)", headers: auth)
            let reports = try await client.get("/api/v1/items/\(item.id)/reports", headers: auth)
            let file = try await client.get("/api/v1/evidence/\(evidence.id)", headers: auth)
            #expect(itemPage.status == .ok && itemPage.text.contains("秒批"))
            #expect(reports.status == .ok && reports.text.contains("已完成系统对接"))
            #expect(file.status == .ok && Data(buffer: file.body) == EvidenceUploadTests.pdf)
        }
        #expect(evidence.storageKey == evidence.sha256)
    }

    /// Writes the fixture: `REFORM_WRITE_PREVIOUS_RELEASE=<repo>/Tests/AppTests/Fixtures/previous-release swift test
    /// --filter PreviousReleaseUpgradeTests`. The schema is the previous release's migrations (append-only, so the same
    /// code), the rows a small ledger with an assigned item, a filed report and an evidence file in the old folder
    /// layout (`ab/cd/<sha256>`).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["REFORM_WRITE_PREVIOUS_RELEASE"] != nil))
    func writeTheFixture() async throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["REFORM_WRITE_PREVIOUS_RELEASE"] ?? "")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let services = try await buildServices(
            AppConfig(database: .sqliteFile(folder.appendingPathComponent("reform.sqlite").path), loadDemoIfEmpty: false, bcryptCost: 4),
            logger: TestDatabase.logger, clock: TestClock.make())
        let migrations = Migrations()
        migrations.add(Array(AppMigrations.all.prefix(Self.previousReleaseMigrations)))
        let databases = services.database.databases
        let migrator = Migrator(databases: databases, migrations: migrations, logger: TestDatabase.logger, on: databases.eventLoopGroup.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
        let r = try await ReportingFixture.make(services)
        _ = try await r.assignedAndSigned()
        let report = try await services.reports.save(
            reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(), baseVersion: nil, by: r.liaison)
        let pdf = EvidenceUploadTests.pdf
        let sha = FileStore.key(for: pdf)
        let key = "\(sha.prefix(2))/\(sha.dropFirst(2).prefix(2))/\(sha)"
        try await services.database.sql.execute(
            """
            INSERT INTO evidence_files (report_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at)
            VALUES (\(bind: report.id), '上线通知.pdf', 'application/pdf', \(bind: pdf.count), \(bind: sha), \(bind: key), '联络员', '2026-11-09T02:00:00.000Z')
            """)
        let file = folder.appendingPathComponent("files/" + key)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try pdf.write(to: file)
        // One file, no WAL beside it.
        try await services.database.sql.raw("PRAGMA journal_mode = DELETE").run()
        await services.database.shutdown()
    }
}
