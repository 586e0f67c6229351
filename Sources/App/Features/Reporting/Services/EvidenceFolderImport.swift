import Foundation
import Logging
import SQLKit

/// Evidence uploaded before files were kept in the database lies in the old folder (`--files-dir`), at the path its
/// row's `storage_key` names (`ab/cd/<sha256>`). At start each such file is read, checked against its SHA-256, put
/// into the file store and its rows pointed at it (`storage_key` becomes the key), one file per transaction, so an
/// interrupted import goes on where it stopped. A file that is missing or whose bytes changed is logged and its rows
/// are left as they were (their download answers 404); the folder itself is never changed.
struct EvidenceFolderImport {
    let database: DatabaseService
    let directory: URL
    let clock: AppClock

    struct Outcome: Sendable, Equatable {
        var imported = 0
        var missing: [String] = []
        var altered: [String] = []
    }

    private struct Legacy: Decodable {
        var sha256: String
        var storageKey: String
    }

    func run(logger: Logger) async throws -> Outcome {
        var outcome = Outcome()
        let legacy = try await database.sql.all(
            Legacy.self, "SELECT DISTINCT sha256, storage_key FROM evidence_files WHERE storage_key <> sha256 ORDER BY storage_key")
        guard !legacy.isEmpty else { return outcome }
        for file in legacy {
            // Only the names the old store wrote: nothing outside the folder is read.
            let parts = file.storageKey.split(separator: "/")
            guard parts.count == 3, parts[2] == file.sha256, parts.allSatisfy({ $0.allSatisfy(\.isHexDigit) }),
                let data = try? Data(contentsOf: directory.appendingPathComponent(file.storageKey))
            else {
                outcome.missing.append(file.storageKey)
                continue
            }
            guard FileStore.key(for: data) == file.sha256 else {
                outcome.altered.append(file.storageKey)
                continue
            }
            try await database.transaction { sql in
                let key = try await FileStore.put(data, at: clock.timestamp, on: sql)
                try await sql.execute("UPDATE evidence_files SET storage_key = \(bind: key) WHERE storage_key = \(bind: file.storageKey)")
            }
            outcome.imported += 1
        }
        var metadata: Logger.Metadata = ["component": "files", "folder": "\(directory.path)", "imported": "\(outcome.imported)"]
        if outcome.missing.isEmpty && outcome.altered.isEmpty {
            logger.notice("evidence files moved from the folder into the database; the folder is no longer read", metadata: metadata)
        } else {
            metadata["missing"] = "\(outcome.missing.joined(separator: ","))"
            metadata["altered"] = "\(outcome.altered.joined(separator: ","))"
            logger.error(
                "evidence files missing or changed in the folder were not imported; their downloads answer 404 until the file is put back and the server restarted",
                metadata: metadata)
        }
        return outcome
    }
}
