import SQLKit

/// An import batch as listed: everything but the payload and the report, which can be large.
public struct ImportBatchRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var planId: Int?
    public var jurisdictionId: Int
    public var kind: String
    public var filename: String
    public var status: String
    public var actor: String
    public var createdAt: String
    public var updatedAt: String
    public var committedAt: String?
    public var undoneAt: String?
    public var createdPlan: Bool
    public var itemCount: Int
    public var newUnitCount: Int
    public var errorCount: Int
    public var warningCount: Int
    public var version: Int
}

enum ImportQueries {
    static let columns: SQLQueryString = """
        id, plan_id, jurisdiction_id, kind, filename, status, actor, created_at, updated_at, committed_at, undone_at, \
        created_plan, item_count, new_unit_count, error_count, warning_count, version
        """

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> ImportBatchRecord? {
        try await db.first(ImportBatchRecord.self, "SELECT \(columns) FROM import_batches WHERE id = \(bind: id)")
    }

    static func require(_ id: Int, on db: any SQLDatabase) async throws -> ImportBatchRecord {
        guard let batch = try await find(id, on: db) else { throw AppError.notFound(entity: "import", id: String(id)) }
        return batch
    }

    /// The latest imports into a subtree (every one when `scope` is nil).
    static func recent(limit: Int = 200, within scope: String? = nil, on db: any SQLDatabase) async throws -> [ImportBatchRecord] {
        var where_: SQLQueryString = "1 = 1"
        if let scope {
            where_ = "jurisdiction_id IN (SELECT id FROM jurisdictions WHERE \(PathRange.condition(column: "path", prefix: scope)))"
        }
        return try await db.all(ImportBatchRecord.self, "SELECT \(columns) FROM import_batches WHERE \(where_) ORDER BY id DESC LIMIT \(bind: limit)")
    }

    struct Stored: Sendable {
        /// The payload without its items, the items in parts (JSON arrays, in order), and the report.
        var payload: String
        var itemParts: [String]
        var problems: String
    }

    /// The JSON texts of the payload, its items and the report.
    static func stored(_ id: Int, on db: any SQLDatabase) async throws -> Stored {
        struct Row: Decodable {
            var payload: String
            var problems: String
        }
        struct Part: Decodable { var items: String }
        guard let row = try await db.first(Row.self, "SELECT payload, problems FROM import_batch_payloads WHERE batch_id = \(bind: id)") else {
            throw AppError.notFound(entity: "import", id: String(id))
        }
        let parts = try await db.all(Part.self, "SELECT items FROM import_batch_payload_items WHERE batch_id = \(bind: id) ORDER BY part")
        return Stored(payload: row.payload, itemParts: parts.map(\.items), problems: row.problems)
    }
}
