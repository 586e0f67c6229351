import FluentKit
import SQLKit

/// An import draft's items move out of the one `import_batch_payloads.payload` text into a row per line of
/// 2,000 items (`import_batch_payload_items`); the payload keeps the target, the unit choices and the notes.
///
/// Why (`reform import-bench`, BENCHMARKS.md): a 100,000-row draft was a 66 MB text, and storing it as one
/// value copied it whole two or three times on the way into SQLite (the bound value, the record), lifting the
/// dry run's peak from 348 to 530 MB; written in parts of ~1 MB, the copies are small.
///
/// Existing drafts are split the same way: their payload is already one line of facts followed by one JSON
/// array of items per line (`ImportService.encodePayload`).
struct SplitImportPayloadItems: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_batch_payload_items")
            .field("batch_id", .int64, .required, .references("import_batches", "id", onDelete: .cascade))
            // 0, 1, 2 …: the order of the items.
            .field("part", .int, .required)
            // A JSON array of up to `ImportService.itemsPerPart` items.
            .field("items", .string, .required)
            .unique(on: "batch_id", "part")
            .create()
        let sql = database as! any SQLDatabase
        struct Row: Decodable {
            var batchId: Int
            var payload: String
        }
        let ids = try await sql.raw("SELECT batch_id FROM import_batch_payloads ORDER BY batch_id").all().map {
            try $0.decode(column: "batch_id", as: Int.self)
        }
        for id in ids {
            guard
                let row = try await sql.raw("SELECT batch_id, payload FROM import_batch_payloads WHERE batch_id = \(bind: id)")
                    .first(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
            else { continue }
            let lines = row.payload.split(separator: "\n", omittingEmptySubsequences: true)
            guard let shell = lines.first else { continue }
            for (part, line) in lines.dropFirst().enumerated() {
                try await sql.raw(
                    """
                    INSERT INTO import_batch_payload_items (batch_id, part, items) VALUES (\(bind: id), \(bind: part), \(bind: String(line)))
                    """
                ).run()
            }
            try await sql.raw("UPDATE import_batch_payloads SET payload = \(bind: String(shell)) WHERE batch_id = \(bind: id)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let ids = try await sql.raw("SELECT batch_id FROM import_batch_payloads ORDER BY batch_id").all().map {
            try $0.decode(column: "batch_id", as: Int.self)
        }
        for id in ids {
            let parts = try await sql.raw("SELECT items FROM import_batch_payload_items WHERE batch_id = \(bind: id) ORDER BY part").all()
                .map { try $0.decode(column: "items", as: String.self) }
            guard !parts.isEmpty else { continue }
            let shell =
                try await sql.raw("SELECT payload FROM import_batch_payloads WHERE batch_id = \(bind: id)").first()?
                .decode(column: "payload", as: String.self) ?? ""
            try await sql.raw(
                "UPDATE import_batch_payloads SET payload = \(bind: ([shell] + parts).joined(separator: "\n")) WHERE batch_id = \(bind: id)"
            ).run()
        }
        try await database.schema("import_batch_payload_items").delete()
    }
}
