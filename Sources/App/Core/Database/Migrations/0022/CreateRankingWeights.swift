import FluentKit
import SQLKit

/// The unit ranking's weights (排名权重), per jurisdiction and per year or plan. Append-only: each save adds the next
/// version, in force from the day it was saved (`effective_from`), so a ranking as of a past day reads the weights of
/// that day and gives the same answer later. The unique index makes two saves of one version impossible.
struct CreateRankingWeights: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ranking_weights")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            // year (scope_ref = the year) or plan (scope_ref = the plan's id).
            .field("scope_kind", .string, .required)
            .field("scope_ref", .int64, .required)
            .field("version", .int, .required)
            .field("effective_from", .string, .required)
            // One column per `RankingComponent`, named by its raw value.
            .field("on_time_rate", .double, .required)
            .field("overdue_items", .double, .required)
            .field("review_returns", .double, .required)
            .field("findings", .double, .required)
            .field("rectifications_on_time", .double, .required)
            .field("rectifications_overdue", .double, .required)
            .field("matters_overdue", .double, .required)
            .field("commendations", .double, .required)
            .field("accountability", .double, .required)
            .field("changed_by", .string, .required)
            .field("changed_at", .string, .required)
            .create()
        try await (database as! any SQLDatabase).raw(
            "CREATE UNIQUE INDEX ranking_weights_scope ON ranking_weights (jurisdiction_id, scope_kind, scope_ref, version)"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ranking_weights").delete()
    }
}
