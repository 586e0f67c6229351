import Foundation
import SQLKit
import Testing

@testable import App

/// The nightly sweep of stored files: what a record or a recent export job names stays, as does anything stored within
/// the grace period (also bytes stored again today); everything else goes with its chunks. Every column of the schema
/// that holds file keys is in a feature's list, so no feature's files can be swept by mistake.
struct StoredFileSweepTests {
    static func bytes(_ text: String) -> Data { Data((text + String(repeating: "·", count: 100)).utf8) }

    @Test func theSweepKeepsWhatIsNamedAndRemovesTheRest() async throws {
        try await TestDatabase.withServices { services in
            // given: six files stored three days ago, one stored an hour ago, and what names them
            let sql = services.database.sql
            let now = services.clock.now
            let old = Timestamp.of(now.addingTimeInterval(-3 * 86_400))
            try await sql.raw("CREATE TABLE sweep_test_refs (storage_key TEXT NOT NULL)").run()
            let keys = try await services.database.transaction { tx in
                var keys: [String: String] = [:]
                for name in ["named", "orphan", "recentJob", "oldJob", "failedJob"] {
                    keys[name] = try await FileStore.put(Self.bytes(name), at: old, on: tx)
                }
                keys["fresh"] = try await FileStore.put(Self.bytes("fresh"), at: Timestamp.of(now.addingTimeInterval(-3600)), on: tx)
                keys["big"] = try await FileStore.put(Data(count: FileStore.chunkBytes * 2 + 5), at: old, on: tx)
                return keys
            }
            try await sql.raw("INSERT INTO sweep_test_refs (storage_key) VALUES (\(bind: keys["named"]!))").run()
            for (name, state, daysAgo) in [("recentJob", "succeeded", 2.0), ("oldJob", "succeeded", 10.0), ("failedJob", "failed", 1.0)] {
                let id = try await services.jobs.enqueue(kind: "export.test", payload: [String: String](), createdBy: nil)
                try await sql.raw(
                    """
                    UPDATE jobs SET state = \(bind: state), result = \(bind: #"{"fileKey":"\#(keys[name]!)","rows":1}"#),
                      finished_at = \(bind: Timestamp.of(now.addingTimeInterval(-daysAgo * 86_400))) WHERE id = \(bind: id)
                    """
                ).run()
            }
            let sweep = StoredFileSweep(
                database: services.database, clock: services.clock,
                references: [.column(table: "sweep_test_refs", column: "storage_key"), .jobOutput(kind: "export.test", retentionDays: 7)])
            // when
            let summary = try await sweep.run()
            let again = try await sweep.run()
            // then
            struct Key: Decodable { var sha256: String }
            let left = Set(try await sql.all(Key.self, "SELECT sha256 FROM stored_files").map(\.sha256))
            #expect(left == Set(["named", "recentJob", "fresh"].map { keys[$0]! }))
            let chunks = Set(try await sql.all(Key.self, "SELECT DISTINCT sha256 FROM stored_file_chunks").map(\.sha256))
            #expect(chunks == left, "the chunks of removed files go with them")
            let removedBytes = ["orphan", "oldJob", "failedJob"].map { Self.bytes($0).count }.reduce(FileStore.chunkBytes * 2 + 5, +)
            #expect(summary.files == 4 && summary.bytes == Int64(removedBytes))
            #expect(again == StoredFileSweep.Summary(files: 0, bytes: 0))
        }
    }

    @Test func bytesStoredAgainTodayAreSpared() async throws {
        try await TestDatabase.withServices { services in
            // given: a file stored three days ago and named by nothing, stored again today (a new upload, its reference
            // not committed yet)
            let now = services.clock.now
            let old = Timestamp.of(now.addingTimeInterval(-3 * 86_400))
            let key = try await services.database.transaction { tx in try await FileStore.put(Self.bytes("again"), at: old, on: tx) }
            let same = try await services.database.transaction { tx in
                try await FileStore.put(Self.bytes("again"), at: Timestamp.of(now), on: tx)
            }
            // when
            let summary = try await StoredFileSweep(database: services.database, clock: services.clock, references: []).run()
            // then
            #expect(same == key)
            #expect(summary.files == 0)
            #expect(try await services.files.file(key) != nil)
        }
    }

    @Test func everyColumnOfFileKeysIsInAFeaturesList() async throws {
        try await TestDatabase.withServices { services in
            // given
            struct Column: Decodable, Hashable {
                var tableName: String
                var columnName: String
            }
            let sql = services.database.sql
            // when: the schema's columns that hold file keys
            let columns: [Column] =
                if sql.isPostgres {
                    try await sql.all(
                        Column.self,
                        """
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND (column_name = 'storage_key' OR column_name LIKE '%file_key%')
                        """)
                } else {
                    try await sql.all(
                        Column.self,
                        """
                        SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m, pragma_table_info(m.name) p
                        WHERE m.type = 'table' AND (p.name = 'storage_key' OR p.name LIKE '%file_key%')
                        """)
                }
            // then
            let listed = Set(
                AppFeatures.storedFileReferences.compactMap { ref -> Column? in
                    if case .column(let table, let column) = ref { return Column(tableName: table, columnName: column) }
                    return nil
                })
            #expect(columns.count >= 3)
            #expect(Set(columns) == listed)
            for case .jobOutput(let kind, _) in AppFeatures.storedFileReferences {
                #expect(AppFeatures.jobHandlers.contains { $0.kind == kind }, "\(kind) is a kind of job the app runs")
            }
            #expect(AppFeatures.jobHandlers.contains { $0.kind == FileSweepJob.kind })
        }
    }
}
