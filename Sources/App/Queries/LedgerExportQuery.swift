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
    func forEachBatch(on db: any SQLDatabase,
                      _ body: ([LedgerExportRow], [Int: [String]]) async throws -> Void) async throws -> Int {
        let conditions = try await LedgerQuery.conditions(filter, today: today, on: db)
        let keyset = LedgerKeyset(filter.sort)
        var last: [LedgerKeyset.Value]?
        var total = 0
        while true {
            let after: SQLQueryString = last.map { " AND " + keyset.after($0) } ?? ""
            // Choose and order the batch on plan_items alone, then join the names for those rows only.
            let rows = try await db.all(LedgerExportRow.self, """
                SELECT i.id, i.plan_id, i.sort_key, i.depth, i.number, i.field_id, f.title AS field_title, t.title AS task_title, i.title,
                  i.lead_unit_id, u.name AS lead_unit_name, i.responsible_leader, i.responsible_person, i.handler,
                  i.current_deadline, i.deadline_text, i.expected_results, i.policy_documents, i.remarks, i.status,
                  i.own_percent, i.derived_percent, i.rollup_percent, i.updated_at
                FROM (SELECT i.id FROM plan_items i WHERE \(conditions)\(after) ORDER BY \(keyset.order) LIMIT \(bind: batchSize)) batch
                JOIN plan_items i ON i.id = batch.id
                LEFT JOIN plan_items f ON f.id = i.field_id
                LEFT JOIN plan_items t ON t.id = i.task_id
                LEFT JOIN units u ON u.id = i.lead_unit_id
                ORDER BY \(keyset.order)
                """)
            guard let end = rows.last else { break }
            var participants: [Int: [String]] = [:]
            for p in try await ItemQueries.participants(of: rows.map(\.id), on: db) {
                participants[p.itemId, default: []].append(p.name)
            }
            try await body(rows, participants)
            total += rows.count
            if rows.count < batchSize { break }
            last = keyset.parts.map { end.keyValue($0.column) }
        }
        return total
    }

    /// The 领域 (field items) the view's rows fall under, in outline order, for one sheet per field. Every
    /// item has one: a field is its own (`field_id` is set on every insert).
    func fields(on db: any SQLDatabase) async throws -> [FieldRef] {
        let conditions = try await LedgerQuery.conditions(filter, today: today, on: db)
        return try await db.all(FieldRef.self, """
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
