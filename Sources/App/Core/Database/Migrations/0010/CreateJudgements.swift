import FluentKit
import SQLKit

/// The office's judgements of items (研判): append-only history, one row per judgement made.
struct CreateJudgements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("judgements")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            // ReportingPeriod key ("2026-11", "2026-Q4") and JudgementRating raw value.
            .field("period", .string, .required)
            .field("rating", .string, .required)
            .field("reason", .string, .required)
            .field("judged_by", .string, .required)
            .field("judged_at", .string, .required)
            .create()
        try await (database as! any SQLDatabase).raw("CREATE INDEX judgements_item ON judgements (item_id, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("judgements").delete()
    }
}
