import SQLKit

/// Multi-row INSERTs with bound values, cut so a statement stays under both databases' limits on bound
/// parameters (SQLite 32,766; PostgreSQL 65,535).
struct BenchBulkWriter {
    let sql: any SQLDatabase
    static let maxBinds = 16_000

    func insert(into table: String, columns: [String], rows: [[any Encodable & Sendable]]) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, Self.maxBinds / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + perStatement)
            var builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] { builder = builder.values(row) }
            try await builder.run()
            start = end
        }
    }
}
