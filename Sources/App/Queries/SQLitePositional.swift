import FluentSQLiteDriver
import SQLKit

/// Runs a SQLKit query on SQLite's driver directly and returns each row's values by position, for the few
/// hot paths where SQLKit's by-name, Codable row decoding costs more than the query itself.
enum SQLitePositional {
    static func rows(_ query: SQLQueryString, on db: any SQLDatabase, _ sqlite: any SQLiteDatabase) async throws -> [[SQLiteData]] {
        var serializer = SQLSerializer(database: db)
        query.serialize(to: &serializer)
        let encoder = SQLiteDataEncoder()
        let binds = try serializer.binds.map { try encoder.encode($0) }
        return try await sqlite.query(serializer.sql, binds).map { row in row.columns.map(\.data) }
    }
}
