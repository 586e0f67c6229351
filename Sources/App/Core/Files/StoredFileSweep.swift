import Foundation
import SQLKit

/// A place where records name stored files: a column holding `FileStore` keys, or the result of a kind of job whose
/// JSON names its output file (`"fileKey"`), kept for `retentionDays` after the job finished.
package enum StoredFileReference: Sendable, Equatable {
    case column(table: String, column: String)
    case jobOutput(kind: String, retentionDays: Int)
}

/// Removes stored files that nothing names any more: evidence taken off a draft report, replaced uploads, and ledger
/// exports past their retention. A file is kept while any `StoredFileReference` names it, and for `graceHours` after it
/// was last stored (`touched_at`): `FileStore.put` touches an existing file in the uploading transaction, so a
/// reference that is being written (not yet committed) always names a file the sweep spares.
package struct StoredFileSweep: Sendable {
    let database: DatabaseService
    let clock: AppClock
    let references: [StoredFileReference]
    var graceHours = 24
    var batchSize = 500

    package struct Summary: Sendable, Codable, Equatable {
        /// Files removed and their bytes.
        package var files: Int
        package var bytes: Int64
    }

    package init(database: DatabaseService, clock: AppClock, references: [StoredFileReference]) {
        self.database = database
        self.clock = clock
        self.references = references
    }

    package func run() async throws -> Summary {
        let now = clock.now
        let graceCutoff = Timestamp.of(now.addingTimeInterval(-Double(graceHours) * 3600))
        let kept = try await keptJobOutputs(now: now)
        var summary = Summary(files: 0, bytes: 0)
        while true {
            let removed = try await database.transaction { sql in
                try await removeBatch(graceCutoff: graceCutoff, kept: kept, on: sql)
            }
            summary.files += removed.files
            summary.bytes += removed.bytes
            if removed.candidates < batchSize { return summary }
        }
    }

    /// Keys named by the results of jobs still within their retention.
    private func keptJobOutputs(now: Date) async throws -> [String] {
        struct Row: Decodable { var result: String? }
        struct Output: Decodable { var fileKey: String? }
        var keys: [String] = []
        for case .jobOutput(let kind, let days) in references {
            let since = Timestamp.of(now.addingTimeInterval(-Double(days) * 86_400))
            let rows = try await database.sql.all(
                Row.self,
                """
                SELECT result FROM jobs WHERE kind = \(bind: kind) AND state = 'succeeded' AND finished_at >= \(bind: since)
                """)
            keys += rows.compactMap { $0.result.flatMap { try? JSONDecoder().decode(Output.self, from: Data($0.utf8)).fileKey } }
        }
        return keys
    }

    /// The conditions under which the file `s` may go: not touched within the grace period, named by no column and by
    /// no kept job output. Evaluated again by the DELETE itself, so a reference committed in between still counts.
    private func unreferenced(graceCutoff: String, kept: [String]) -> SQLQueryString {
        var parts: [SQLQueryString] = ["COALESCE(s.touched_at, s.created_at) < \(bind: graceCutoff)"]
        for case .column(let table, let column) in references {
            parts.append("NOT EXISTS (SELECT 1 FROM \(ident: table) r WHERE r.\(ident: column) = s.sha256)")
        }
        if !kept.isEmpty { parts.append("s.sha256 NOT IN (\(binds: kept))") }
        return parts.joined(separator: " AND ")
    }

    /// One batch: the candidates found, the files removed (fewer when a reference arrived in between) and their bytes.
    private func removeBatch(
        graceCutoff: String, kept: [String], on sql: any SQLDatabase
    ) async throws -> (candidates: Int, files: Int, bytes: Int64) {
        struct Row: Decodable {
            var sha256: String
            var size: Int64
        }
        let condition = unreferenced(graceCutoff: graceCutoff, kept: kept)
        let candidates = try await sql.all(
            Row.self, "SELECT s.sha256, s.size FROM stored_files s WHERE \(condition) ORDER BY s.sha256 LIMIT \(bind: batchSize)")
        guard !candidates.isEmpty else { return (0, 0, 0) }
        let removed = try await sql.all(
            Row.self,
            """
            DELETE FROM stored_files AS s WHERE s.sha256 IN (\(binds: candidates.map(\.sha256))) AND \(condition)
            RETURNING sha256, size
            """)
        if !removed.isEmpty {
            try await sql.raw("DELETE FROM stored_file_chunks WHERE sha256 IN (\(binds: removed.map(\.sha256)))").run()
        }
        return (candidates.count, removed.count, removed.reduce(0) { $0 + $1.size })
    }
}
