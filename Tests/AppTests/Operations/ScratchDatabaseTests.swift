import Foundation
import SQLKit
import Testing

@testable import App

/// An "in-memory" SQLite database (`sqlite::memory:`, and every test on SQLite) lives in a scratch file that shutting
/// down removes: sqlite-kit's own kind left one file per database in the temporary folder, 2.2 GB a run of the suites.
struct ScratchDatabaseTests {
    @Test func shuttingDownRemovesTheScratchFile() async throws {
        let service = try DatabaseService(location: .sqliteMemory, logger: TestDatabase.logger)
        let path = try #require(service.scratchFile)
        do {
            try await service.sql.raw("CREATE TABLE t (n INTEGER)").run()
            try await service.sql.raw("INSERT INTO t VALUES (1)").run()
            #expect(FileManager.default.fileExists(atPath: path))
        } catch {
            await service.shutdown()
            throw error
        }
        await service.shutdown()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
    }

    @Test func twoScratchDatabasesAreApart() async throws {
        let first = try DatabaseService(location: .sqliteMemory, logger: TestDatabase.logger)
        let second = try DatabaseService(location: .sqliteMemory, logger: TestDatabase.logger)
        #expect(first.scratchFile != second.scratchFile)
        try await first.sql.raw("CREATE TABLE t (n INTEGER)").run()
        let rows = try await second.sql.raw("SELECT name FROM sqlite_master WHERE name = 't'").all()
        #expect(rows.isEmpty)
        await first.shutdown()
        await second.shutdown()
    }

    @Test func aFileDatabaseIsNotRemoved() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reform-kept-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("kept.sqlite").path
        let service = try DatabaseService(location: .sqliteFile(path), logger: TestDatabase.logger)
        #expect(service.scratchFile == nil)
        try await service.sql.raw("CREATE TABLE t (n INTEGER)").run()
        await service.shutdown()
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
