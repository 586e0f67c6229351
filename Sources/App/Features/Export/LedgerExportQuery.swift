import FluentSQLiteDriver
import ReformCore
import SQLKit

/// Reads every row of a filtered ledger view, in the view's order, in keyset-paged batches: the export's
/// source. The filter is the ledger page's own (`LedgerFilter`, `LedgerQuery.conditions`), so whatever
/// narrows the page narrows the export; paging and the count cap do not apply.
struct LedgerExportQuery: Sendable {
    static let defaultBatchSize = LedgerExportOptions.defaultBatchSize

    let filter: LedgerFilter
    let today: LocalDate
    var batchSize = Self.defaultBatchSize

    /// Calls `body` with each batch of rows and their participants (full names, in order) until the view is
    /// exhausted; returns the number of rows read.
    @discardableResult
    func forEachBatch(
        on db: any SQLDatabase,
        _ body: ([LedgerExportRow], [Int: [String]]) async throws -> Void
    ) async throws -> Int {
        let conditions = try await LedgerQuery.conditions(filter, today: today, on: db)
        let keyset = LedgerKeyset(filter.sort)
        var last: [LedgerKeyset.Value]?
        var total = 0
        while true {
            let after: SQLQueryString = last.map { " AND " + keyset.after($0) } ?? ""
            // Choose and order the batch on plan_items alone, then join the names for those rows only.
            let query: SQLQueryString = """
                SELECT \(unsafeRaw: LedgerExportRow.selectList)
                FROM (SELECT i.id FROM plan_items i WHERE \(conditions)\(after) ORDER BY \(keyset.order) LIMIT \(bind: batchSize)) batch
                JOIN plan_items i ON i.id = batch.id
                LEFT JOIN plan_items f ON f.id = i.field_id
                LEFT JOIN plan_items t ON t.id = i.task_id
                LEFT JOIN units u ON u.id = i.lead_unit_id
                ORDER BY \(keyset.order)
                """
            let rows = try await Self.rows(query, on: db)
            guard let end = rows.last else { break }
            let participants = try await Self.participants(of: rows.map(\.id), on: db)
            try await body(rows, participants)
            total += rows.count
            if rows.count < batchSize { break }
            last = keyset.parts.map { end.keyValue($0.column) }
        }
        return total
    }

    /// The rows of `query` (which selects `LedgerExportRow.selectList`). On SQLite the columns are read by
    /// position straight from the driver: through SQLKit's Codable row decoder, looking each column up by name,
    /// decoding took half the time of a million-row export (`perf`, BENCHMARKS.md).
    static func rows(_ query: SQLQueryString, on db: any SQLDatabase) async throws -> [LedgerExportRow] {
        if let sqlite = db as? any SQLiteDatabase {
            return try await SQLitePositional.rows(query, on: db, sqlite).map(LedgerExportRow.init(positional:))
        }
        return try await db.all(LedgerExportRow.self, query)
    }

    /// Full unit names of each item's participating units, in their order.
    static func participants(of ids: [Int], on db: any SQLDatabase) async throws -> [Int: [String]] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int: [String]] = [:]
        if let sqlite = db as? any SQLiteDatabase {
            let query: SQLQueryString = """
                SELECT p.item_id, u.name FROM plan_item_participants p JOIN units u ON u.id = p.unit_id
                WHERE p.item_id IN (\(binds: ids)) ORDER BY p.item_id, p.position
                """
            for row in try await SQLitePositional.rows(query, on: db, sqlite) {
                result[Int(row[0].integer ?? 0), default: []].append(row[1].string ?? "")
            }
            return result
        }
        for p in try await ItemQueries.participants(of: ids, on: db) {
            result[p.itemId, default: []].append(p.name)
        }
        return result
    }

    /// The 领域 (field items) the view's rows fall under, in outline order, for one sheet per field. Every
    /// item has one: a field is its own (`field_id` is set on every insert).
    func fields(on db: any SQLDatabase) async throws -> [FieldRef] {
        let conditions = try await LedgerQuery.conditions(filter, today: today, on: db)
        return try await db.all(
            FieldRef.self,
            """
            SELECT f.id, f.title FROM plan_items f
            WHERE f.id IN (SELECT DISTINCT i.field_id FROM plan_items i WHERE \(conditions))
            ORDER BY f.plan_id, f.sort_key
            """)
    }

    struct FieldRef: Decodable, Sendable, Equatable {
        var id: Int
        var title: String
    }
}
