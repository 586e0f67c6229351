import SQLKit

/// The office's view of what is public: settings, holds and updates as stored (the public pages read `PublicQueries`).
enum PublicationQueries {
    static func settings(_ planId: Int, on sql: any SQLDatabase) async throws -> PublicPlanSettingsRecord {
        try await sql.first(
            PublicPlanSettingsRecord.self,
            """
            SELECT plan_id, is_published, names_level, status_words, published_on, version, updated_at FROM public_plans WHERE plan_id = \(bind: planId)
            """) ?? .unpublished(planId)
    }

    static func settings(of planIds: [Int], on sql: any SQLDatabase) async throws -> [Int: PublicPlanSettingsRecord] {
        guard !planIds.isEmpty else { return [:] }
        let rows = try await sql.all(
            PublicPlanSettingsRecord.self,
            """
            SELECT plan_id, is_published, names_level, status_words, published_on, version, updated_at FROM public_plans
            WHERE plan_id IN (\(binds: planIds))
            """)
        return Dictionary(rows.map { ($0.planId, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func holds(planId: Int, on sql: any SQLDatabase) async throws -> [PublicHoldRecord] {
        try await sql.all(
            PublicHoldRecord.self, "SELECT item_id, plan_id, reason, held_by, held_at FROM public_item_holds WHERE plan_id = \(bind: planId)")
    }

    static func updates(itemId: Int, on sql: any SQLDatabase) async throws -> [PublicUpdateRecord] {
        try await sql.all(
            PublicUpdateRecord.self,
            """
            SELECT id, item_id, plan_id, written_on, body, created_by, created_at FROM public_updates WHERE item_id = \(bind: itemId)
            ORDER BY written_on DESC, id DESC
            """)
    }

    static func updates(planId: Int, limit: Int = 200, on sql: any SQLDatabase) async throws -> [PublicUpdateRecord] {
        try await sql.all(
            PublicUpdateRecord.self,
            """
            SELECT id, item_id, plan_id, written_on, body, created_by, created_at FROM public_updates WHERE plan_id = \(bind: planId)
            ORDER BY written_on DESC, id DESC LIMIT \(bind: limit)
            """)
    }

    static func update(_ id: Int, on sql: any SQLDatabase) async throws -> PublicUpdateRecord? {
        try await sql.first(
            PublicUpdateRecord.self,
            "SELECT id, item_id, plan_id, written_on, body, created_by, created_at FROM public_updates WHERE id = \(bind: id)")
    }

    static func publishedBatchIds(on sql: any SQLDatabase) async throws -> Set<Int> {
        struct Row: Decodable { var batchId: Int }
        return Set(try await sql.all(Row.self, "SELECT batch_id FROM public_authorization_batches").map(\.batchId))
    }
}
