import FluentKit

/// An entrusted power's effect evaluation may be a finished evaluation round over it (成效评估): `round_id` names that round
/// (NULL for one recorded on the power's page), so a round counts for one renewal only.
struct AddRoundToPowerEvaluations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("power_evaluations").field("round_id", .int64).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("power_evaluations").deleteField("round_id").update()
    }
}
