import SQLKit

extension SQLDatabase {
    func all<T: Decodable>(_ type: T.Type, _ query: SQLQueryString) async throws -> [T] {
        try await raw(query).all(decoding: T.self, with: SQLRowDecoder(keyDecodingStrategy: .convertFromSnakeCase))
    }

    func first<T: Decodable>(_ type: T.Type, _ query: SQLQueryString) async throws -> T? {
        try await raw(query).first(decoding: T.self, with: SQLRowDecoder(keyDecodingStrategy: .convertFromSnakeCase))
    }

    func scalar<T: Decodable>(_ type: T.Type, column: String, _ query: SQLQueryString) async throws -> T? {
        try await raw(query).first()?.decode(column: column, as: T?.self) ?? nil
    }

    func execute(_ query: SQLQueryString) async throws {
        try await raw(query).run()
    }

    /// Inserts and returns the new row's id (RETURNING works on SQLite ≥ 3.35 and PostgreSQL).
    func insertReturningID(_ query: SQLQueryString) async throws -> Int {
        guard let id = try await scalar(Int.self, column: "id", query + " RETURNING id") else {
            throw AppError.internalError("insert returned no id")
        }
        return id
    }

    /// Rows changed by the last statement are not portable through SQLKit, so updates that must detect
    /// a lost race use `RETURNING id` and count what comes back.
    func updateReturningCount(_ query: SQLQueryString) async throws -> Int {
        try await raw(query + " RETURNING id").all().count
    }
}
