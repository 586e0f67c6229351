import SQLKit

package enum ItemQueries {
    static let columnNames = [
        "id", "plan_id", "parent_id", "jurisdiction_id", "jurisdiction_path", "field_id", "task_id", "path", "depth",
        "position", "sort_key", "number", "title", "content", "lead_unit_id", "responsible_leader", "responsible_person",
        "handler", "start_date", "original_deadline", "current_deadline", "warn_from", "expected_results", "result_form",
        "policy_documents", "remarks", "weight", "status", "own_percent", "derived_percent", "rollup_percent",
        "delay_count", "child_count", "search_text", "is_demo", "version", "created_at", "updated_at"
    ]
    package static let columns = SQLQueryString(columnNames.joined(separator: ", "))
    static func columns(prefix: String) -> SQLQueryString {
        SQLQueryString(columnNames.map { prefix + $0 }.joined(separator: ", "))
    }

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> ItemRecord? {
        try await db.first(ItemRecord.self, "SELECT \(columns) FROM plan_items WHERE id = \(bind: id)")
    }

    package static func require(_ id: Int, on db: any SQLDatabase) async throws -> ItemRecord {
        guard let i = try await find(id, on: db) else { throw AppError.notFound(entity: "item", id: String(id)) }
        return i
    }

    /// A whole plan in outline order.
    static func tree(planId: Int, on db: any SQLDatabase) async throws -> [ItemRecord] {
        try await db.all(ItemRecord.self, "SELECT \(columns) FROM plan_items WHERE plan_id = \(bind: planId) ORDER BY sort_key")
    }

    static func children(of id: Int, on db: any SQLDatabase) async throws -> [ItemRecord] {
        try await db.all(ItemRecord.self, "SELECT \(columns) FROM plan_items WHERE parent_id = \(bind: id) ORDER BY position")
    }

    static func byIDs(_ ids: [Int], on db: any SQLDatabase) async throws -> [ItemRecord] {
        guard !ids.isEmpty else { return [] }
        return try await db.all(ItemRecord.self, "SELECT \(columns) FROM plan_items WHERE id IN (\(binds: ids))")
    }

    package static func participants(of itemIds: [Int], on db: any SQLDatabase) async throws -> [ParticipantName] {
        guard !itemIds.isEmpty else { return [] }
        // Read column by column, not through `Codable` (the ledger page reads these for every row it shows).
        return try await db.raw(
            """
            SELECT p.item_id, p.unit_id, u.name, u.short_names FROM plan_item_participants p JOIN units u ON u.id = p.unit_id
            WHERE p.item_id IN (\(binds: itemIds)) ORDER BY p.item_id, p.position
            """
        ).all().map { r in
            ParticipantName(
                itemId: try r.decode(column: "item_id", as: Int.self), unitId: try r.decode(column: "unit_id", as: Int.self),
                name: try r.decode(column: "name", as: String.self), shortNames: try r.decode(column: "short_names", as: String.self))
        }
    }

    static func amendments(of itemId: Int, on db: any SQLDatabase) async throws -> [AmendmentRecord] {
        try await db.all(
            AmendmentRecord.self,
            """
            SELECT id, item_id, old_deadline, new_deadline, reason, changed_by, approved_by, changed_at
            FROM deadline_amendments WHERE item_id = \(bind: itemId) ORDER BY changed_at, id
            """)
    }

    static func history(entity: String, id: Int, sinceVersion: Int? = nil, limit: Int = 200, on db: any SQLDatabase) async throws -> [AuditRecord] {
        var sql: SQLQueryString = """
            SELECT id, entity_type, entity_id, action, actor, at, version, changes FROM audit_log
            WHERE entity_type = \(bind: entity) AND entity_id = \(bind: id)
            """
        if let sinceVersion { sql += " AND version > \(bind: sinceVersion)" }
        sql += " ORDER BY id DESC LIMIT \(bind: limit)"
        return try await db.all(AuditRecord.self, sql)
    }
}
