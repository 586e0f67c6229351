import NIOConcurrencyHelpers
import SQLKit

extension SQLDatabase {
    package func all<T: Decodable>(_ type: T.Type, _ query: SQLQueryString) async throws -> [T] {
        try await raw(query).all(decoding: T.self, with: ColumnNames.decoder)
    }

    package func first<T: Decodable>(_ type: T.Type, _ query: SQLQueryString) async throws -> T? {
        try await raw(query).first(decoding: T.self, with: ColumnNames.decoder)
    }

    package func scalar<T: Decodable>(_ type: T.Type, column: String, _ query: SQLQueryString) async throws -> T? {
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

    /// Runs an `INSERT … SELECT` and says how many rows it wrote, without reading them back: PostgreSQL counts them in the
    /// same statement (`WITH … RETURNING`), SQLite asks `changes()` straight after — so on SQLite call it inside a
    /// transaction, which holds the one connection between the two statements. (Returning the ids of a first reminder
    /// scan's 166,000 notifications to count them cost more than writing them.)
    func insertCount(_ query: SQLQueryString) async throws -> Int {
        if isPostgres {
            return try await scalar(Int.self, column: "n", "WITH written AS (" + query + " RETURNING 1) SELECT COUNT(*) AS n FROM written") ?? 0
        }
        try await raw(query).run()
        return try await scalar(Int.self, column: "n", "SELECT changes() AS n") ?? 0
    }
}

/// Column names for coding keys: camelCase → snake_case exactly as SQLKit's `.convertFromSnakeCase`, but
/// worked out once per key. SQLKit converts the key again for every column of every row, scanning Unicode
/// properties character by character; on a ledger page with its plan and unit lists that was a sixth of
/// the page's CPU time (`reform bench`, BENCHMARKS.md).
enum ColumnNames {
    static let decoder = SQLRowDecoder(
        keyDecodingStrategy: .custom { path in
            SomeCodingKey(stringValue: column(for: path.last!.stringValue))
        })

    private static let cache = NIOLockedValueBox<[String: String]>([:])

    static func column(for key: String) -> String {
        if let known = cache.withLockedValue({ $0[key] }) { return known }
        let column = snakeCase(key)
        cache.withLockedValue { $0[key] = column }
        return column
    }

    /// SQLKit's `StringProtocol.convertedToSnakeCase` (internal there), which follows Foundation's
    /// JSONEncoder: words start at an uppercase letter; a run of capitals is one word ("itemURL" → "item_url").
    static func snakeCase(_ s: String) -> String {
        guard !s.isEmpty else { return s }
        var words: [Range<String.Index>] = []
        var wordStart = s.startIndex, searchIndex = s.index(after: wordStart)
        while let upperCaseIndex = s[searchIndex...].firstIndex(where: \.isUppercase) {
            words.append(wordStart..<upperCaseIndex)
            wordStart = upperCaseIndex
            guard let lowerCaseIndex = s[upperCaseIndex...].firstIndex(where: \.isLowercase) else { break }
            searchIndex = lowerCaseIndex
            if lowerCaseIndex != s.index(after: upperCaseIndex) {
                let beforeLowerIndex = s.index(before: lowerCaseIndex)
                words.append(upperCaseIndex..<beforeLowerIndex)
                wordStart = beforeLowerIndex
            }
        }
        words.append(wordStart..<s.endIndex)
        return words.map { range in
            let word = s[range]
            return word.isEmpty ? "" : word[word.startIndex].lowercased() + word.dropFirst()
        }.joined(separator: "_")
    }
}
