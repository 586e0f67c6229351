import SQLKit

package enum PlanQueries {
    static let columns: SQLQueryString = """
        id, jurisdiction_id, title, doc_number, issuer, issue_date, period_start, period_end, level_names, \
        rollup_rule, warn_days, source_note, is_demo, derived_percent, version, created_at, updated_at
        """

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> PlanRecord? {
        try await db.first(PlanRecord.self, "SELECT \(columns) FROM plans WHERE id = \(bind: id)")
    }

    package static func require(_ id: Int, on db: any SQLDatabase) async throws -> PlanRecord {
        guard let p = try await find(id, on: db) else { throw AppError.notFound(entity: "plan", id: String(id)) }
        return p
    }

    /// Plans owned by the jurisdiction or any jurisdiction below it.
    static func inSubtree(of j: JurisdictionRecord, limit: Int = 500, on db: any SQLDatabase) async throws -> [PlanRecord] {
        try await inSubtree(path: j.path, limit: limit, on: db)
    }

    static func inSubtree(path: String, limit: Int = 500, on db: any SQLDatabase) async throws -> [PlanRecord] {
        try await db.all(
            PlanRecord.self,
            """
            SELECT \(unsafeRaw: prefixed("p.")) FROM plans p JOIN jurisdictions j ON j.id = p.jurisdiction_id
            WHERE \(PathRange.condition(column: "j.path", prefix: path))
            ORDER BY j.depth, p.issue_date DESC, p.id LIMIT \(bind: limit)
            """)
    }

    /// Every plan a user may see: all for an admin (`scope` nil), else those of the subtree.
    static func visible(scope: String?, limit: Int = 500, on db: any SQLDatabase) async throws -> [PlanRecord] {
        guard let scope else { return try await all(limit: limit, on: db) }
        return try await inSubtree(path: scope, limit: limit, on: db)
    }

    static func byIDs(_ ids: [Int], on db: any SQLDatabase) async throws -> [PlanRecord] {
        guard !ids.isEmpty else { return [] }
        return try await db.all(PlanRecord.self, "SELECT \(columns) FROM plans WHERE id IN (\(binds: ids))")
    }

    package static func all(limit: Int = 500, on db: any SQLDatabase) async throws -> [PlanRecord] {
        try await db.all(PlanRecord.self, "SELECT \(columns) FROM plans ORDER BY jurisdiction_id, id LIMIT \(bind: limit)")
    }

    private static func prefixed(_ p: String) -> String {
        [
            "id", "jurisdiction_id", "title", "doc_number", "issuer", "issue_date", "period_start", "period_end", "level_names",
            "rollup_rule", "warn_days", "source_note", "is_demo", "derived_percent", "version", "created_at", "updated_at"
        ]
        .map { p + $0 }.joined(separator: ", ")
    }
}
