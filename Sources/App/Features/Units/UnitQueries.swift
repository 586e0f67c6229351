import SQLKit

package enum UnitQueries {
    static let columns: SQLQueryString = "id, jurisdiction_id, name, short_names, version, created_at, updated_at"

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> UnitRecord? {
        try await db.first(UnitRecord.self, "SELECT \(columns) FROM units WHERE id = \(bind: id)")
    }

    package static func require(_ id: Int, on db: any SQLDatabase) async throws -> UnitRecord {
        guard let u = try await find(id, on: db) else { throw AppError.notFound(entity: "unit", id: String(id)) }
        return u
    }

    static func inJurisdiction(_ id: Int, on db: any SQLDatabase) async throws -> [UnitRecord] {
        try await db.all(UnitRecord.self, "SELECT \(columns) FROM units WHERE jurisdiction_id = \(bind: id) ORDER BY id")
    }

    /// Units a plan of this jurisdiction may name: its own and those of its ancestors (a city plan can
    /// name a provincial department) — listed nearest first.
    static func selectable(for jurisdiction: JurisdictionRecord, on db: any SQLDatabase) async throws -> [UnitRecord] {
        let ids = PathRange.ids(in: jurisdiction.path)
        return try await db.all(
            UnitRecord.self, "SELECT \(columns) FROM units WHERE jurisdiction_id IN (\(binds: ids)) ORDER BY jurisdiction_id DESC, id")
    }

    static func byIDs(_ ids: [Int], on db: any SQLDatabase) async throws -> [UnitRecord] {
        guard !ids.isEmpty else { return [] }
        return try await db.all(UnitRecord.self, "SELECT \(columns) FROM units WHERE id IN (\(binds: ids))")
    }

    /// `scope` keeps the list inside a subtree (nil: every unit).
    static func page(
        jurisdictionId: Int?, q: String, limit: Int, offset: Int, within scope: String? = nil,
        on db: any SQLDatabase
    ) async throws -> [UnitRecord] {
        var sql: SQLQueryString = "SELECT \(columns) FROM units WHERE 1 = 1"
        if let scope {
            sql += " AND jurisdiction_id IN (SELECT id FROM jurisdictions WHERE \(PathRange.condition(column: "path", prefix: scope)))"
        }
        if let jurisdictionId { sql += " AND jurisdiction_id = \(bind: jurisdictionId)" }
        if !q.isEmpty {
            let like = "%" + LikePattern.escape(q) + "%"
            sql += " AND (name LIKE \(bind: like) ESCAPE '\\' OR short_names LIKE \(bind: like) ESCAPE '\\')"
        }
        sql += " ORDER BY jurisdiction_id, id LIMIT \(bind: limit) OFFSET \(bind: offset)"
        return try await db.all(UnitRecord.self, sql)
    }
}

enum LikePattern {
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}

/// A unit as a menu offers it: two columns, where decoding whole records for 500 options was a tenth of a supervision
/// ledger page's time (`reform bench --only supervision`, BENCHMARKS.md).
struct UnitOption: Decodable, Sendable, Equatable {
    var id: Int
    var name: String
}
