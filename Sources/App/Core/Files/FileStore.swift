import Crypto
import Foundation
import Hummingbird
import SQLKit

/// Files kept in the database rather than on one machine's disk: every instance on the database serves every file,
/// and a backup of the database holds them. Any feature may keep its files here (reports' evidence today) and refer
/// to one by its key, the hex SHA-256 of its bytes: the same bytes stored twice are kept once, and a key names
/// exactly one content. The bytes are cut into chunks of `chunkBytes` (`stored_file_chunks`), written in the caller's
/// transaction, and streamed out one chunk at a time.
package struct FileStore: Sendable {
    let database: DatabaseService

    /// 1 MiB: a 20 MB evidence file is 20 rows; a download holds one chunk in memory at a time.
    package static let chunkBytes = 1 << 20

    package struct StoredFile: Sendable, Decodable, Equatable {
        package var sha256: String
        package var size: Int
        package var chunkCount: Int
        package var createdAt: String
    }

    /// The key of `data`: its SHA-256 in lower-case hex.
    package static func key(for data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Stores `data` in the caller's transaction and returns its key. Bytes already stored are not written again; two
    /// transactions storing the same bytes at once both succeed (PostgreSQL makes the second wait for the first).
    @discardableResult
    package static func put(_ data: Data, at timestamp: String, on sql: any SQLDatabase) async throws -> String {
        let key = key(for: data)
        let chunkCount = (data.count + chunkBytes - 1) / chunkBytes
        let inserted = try await sql.raw(
            """
            INSERT INTO stored_files (sha256, size, chunk_count, created_at, touched_at)
            VALUES (\(bind: key), \(bind: data.count), \(bind: chunkCount), \(bind: timestamp), \(bind: timestamp))
            ON CONFLICT (sha256) DO NOTHING RETURNING sha256
            """
        ).all()
        if inserted.isEmpty {
            // Stored already: mark it as just stored, which also locks the row until this transaction ends, so the
            // sweep (which spares recently touched files) cannot remove it under a reference being written. If the
            // sweep removed it in between, store it afresh.
            let touched = try await sql.raw(
                "UPDATE stored_files SET touched_at = \(bind: timestamp) WHERE sha256 = \(bind: key) RETURNING sha256"
            ).all()
            if touched.isEmpty { return try await put(data, at: timestamp, on: sql) }
            return key
        }
        for seq in 0..<chunkCount {
            let start = data.startIndex + seq * chunkBytes
            let chunk = Data(data[start..<min(start + chunkBytes, data.endIndex)])
            try await sql.raw("INSERT INTO stored_file_chunks (sha256, seq, data) VALUES (\(bind: key), \(bind: seq), \(bind: chunk))").run()
        }
        return key
    }

    /// The stored file named `key`, or nil.
    package func file(_ key: String) async throws -> StoredFile? {
        try await database.sql.first(
            StoredFile.self, "SELECT sha256, size, chunk_count, created_at FROM stored_files WHERE sha256 = \(bind: key)")
    }

    /// One chunk of a stored file.
    package func chunk(_ key: String, _ seq: Int) async throws -> Data {
        guard
            let row = try await database.sql.raw("SELECT data FROM stored_file_chunks WHERE sha256 = \(bind: key) AND seq = \(bind: seq)").first()
        else {
            throw AppError.internalError("stored file \(key) has no chunk \(seq)")
        }
        return try row.decode(column: "data", as: Data.self)
    }

    /// The whole file in memory (small files, tests); a response streams it with `body(of:)` instead.
    package func read(_ key: String) async throws -> Data? {
        guard let file = try await file(key) else { return nil }
        var data = Data(capacity: file.size)
        for seq in 0..<file.chunkCount { data.append(try await chunk(key, seq)) }
        return data
    }

    /// A response body that sends the file chunk by chunk, reading each from the database as the previous one goes.
    package func body(of file: StoredFile) -> ResponseBody {
        let store = self
        return ResponseBody(contentLength: file.size) { writer in
            for seq in 0..<file.chunkCount {
                try await writer.write(ByteBuffer(data: try await store.chunk(file.sha256, seq)))
            }
            try await writer.finish(nil)
        }
    }
}
