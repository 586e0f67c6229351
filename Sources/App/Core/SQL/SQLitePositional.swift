import FluentSQLiteDriver
import NIOConcurrencyHelpers
import SQLKit

/// Runs a SQLKit query on SQLite's driver directly and returns each row's values by position, for the few
/// hot paths where SQLKit's by-name, Codable row decoding costs more than the query itself.
///
/// It uses the connection's async `query`, which hands each row over on SQLite's own thread; the database's
/// future-based one schedules a task on the event loop per row, a tenth of a million-row export's time.
enum SQLitePositional {
    static func rows(_ query: SQLQueryString, on db: any SQLDatabase, _ sqlite: any SQLiteDatabase) async throws -> [[SQLiteData]] {
        var serializer = SQLSerializer(database: db)
        query.serialize(to: &serializer)
        let encoder = SQLiteDataEncoder()
        let binds = try serializer.binds.map { try encoder.encode($0) }
        let sql = serializer.sql
        let rows = NIOLockedValueBox<[[SQLiteData]]>([])
        try await sqlite.withConnection { connection in
            try await connection.query(sql, binds) { row in
                let values = row.columns.map(\.data)
                rows.withLockedValue { $0.append(values) }
            }
        }
        return rows.withLockedValue { $0 }
    }
}
