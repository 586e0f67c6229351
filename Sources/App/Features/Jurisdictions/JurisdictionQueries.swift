import SQLKit

package enum JurisdictionQueries {
    static let columns: SQLQueryString = "id, name, level, division_code, parent_id, path, depth, version, created_at, updated_at"

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> JurisdictionRecord? {
        try await db.first(JurisdictionRecord.self, "SELECT \(columns) FROM jurisdictions WHERE id = \(bind: id)")
    }

    package static func require(_ id: Int, on db: any SQLDatabase) async throws -> JurisdictionRecord {
        guard let j = try await find(id, on: db) else { throw AppError.notFound(entity: "jurisdiction", id: String(id)) }
        return j
    }

    /// All jurisdictions in tree order (path order keeps a parent before its children).
    static func all(on db: any SQLDatabase) async throws -> [JurisdictionRecord] {
        try await db.all(JurisdictionRecord.self, "SELECT \(columns) FROM jurisdictions ORDER BY depth, division_code")
    }

    /// The jurisdictions of a subtree (every one when `scope` is nil), in tree order.
    /// At most this many jurisdictions are offered in a register's filter as they are; a larger tree is trimmed (`choices`).
    static let choiceLimit = 300

    /// The jurisdictions a register's filter (and its form) offers within `scope`: all of them while there are at most
    /// `choiceLimit`; in a larger tree (the national one has thousands) the provinces, the reader's own jurisdiction and
    /// those right below it, and those `chosen`, so a page does not draw thousands of options (others go by id in the URL).
    static func choices(within scope: String?, reader: Principal, chosen: [Int], on db: any SQLDatabase) async throws -> [JurisdictionRecord] {
        let within: SQLQueryString = scope.map { PathRange.condition(column: "path", prefix: $0) } ?? "1 = 1"
        let n = try await db.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM jurisdictions WHERE \(within)") ?? 0
        if n <= choiceLimit { return try await all(within: scope, on: db) }
        let shown = chosen + [reader.jurisdictionId]
        return try await db.all(
            JurisdictionRecord.self,
            """
            SELECT \(columns) FROM jurisdictions
            WHERE \(within) AND (depth <= 1 OR id IN (\(binds: shown)) OR parent_id = \(bind: reader.jurisdictionId))
            ORDER BY depth, division_code
            """)
    }

    static func all(within scope: String?, on db: any SQLDatabase) async throws -> [JurisdictionRecord] {
        guard let scope else { return try await all(on: db) }
        return try await db.all(
            JurisdictionRecord.self,
            """
            SELECT \(columns) FROM jurisdictions WHERE \(PathRange.condition(column: "path", prefix: scope)) ORDER BY depth, division_code
            """)
    }

    static func children(of id: Int?, on db: any SQLDatabase) async throws -> [JurisdictionRecord] {
        if let id {
            return try await db.all(
                JurisdictionRecord.self, "SELECT \(columns) FROM jurisdictions WHERE parent_id = \(bind: id) ORDER BY division_code")
        }
        return try await db.all(JurisdictionRecord.self, "SELECT \(columns) FROM jurisdictions WHERE parent_id IS NULL ORDER BY division_code")
    }

    static func ancestors(of j: JurisdictionRecord, on db: any SQLDatabase) async throws -> [JurisdictionRecord] {
        let ids = PathRange.ids(in: j.path).filter { $0 != j.id }
        guard !ids.isEmpty else { return [] }
        return try await db.all(JurisdictionRecord.self, "SELECT \(columns) FROM jurisdictions WHERE id IN (\(binds: ids)) ORDER BY depth")
    }

    static func byDivisionCode(_ code: String, on db: any SQLDatabase) async throws -> JurisdictionRecord? {
        try await db.first(JurisdictionRecord.self, "SELECT \(columns) FROM jurisdictions WHERE division_code = \(bind: code)")
    }

    package static func count(on db: any SQLDatabase) async throws -> Int {
        try await db.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM jurisdictions") ?? 0
    }

    /// The first root: where the dashboard opens by default.
    static func defaultRoot(on db: any SQLDatabase) async throws -> JurisdictionRecord? {
        try await db.first(JurisdictionRecord.self, "SELECT \(columns) FROM jurisdictions ORDER BY depth, id LIMIT 1")
    }
}

/// Materialised paths ("/1/4/9/"): a subtree is every path starting with the prefix, written as a range
/// so a plain index serves it on both databases ('0' is the character after '/').
package enum PathRange {
    static func upperBound(of prefix: String) -> String { String(prefix.dropLast()) + "0" }

    package static func ids(in path: String) -> [Int] { path.split(separator: "/").compactMap { Int($0) } }

    static func condition(column: String, prefix: String) -> SQLQueryString {
        "\(unsafeRaw: column) >= \(bind: prefix) AND \(unsafeRaw: column) < \(bind: upperBound(of: prefix))"
    }
}
