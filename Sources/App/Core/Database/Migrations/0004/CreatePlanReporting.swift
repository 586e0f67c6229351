import FluentKit
import SQLKit

/// A plan's reporting settings, apart from `plans` so the plan's own form and version are untouched:
/// the schedule ("monthly:25", "quarterly:03-25,06-25,09-25,12-20"; null = no periodic reports) and
/// the days a unit has to sign for an assigned task before it is flagged.
struct CreatePlanReporting: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_reporting")
            .field("plan_id", .int64, .identifier(auto: false), .references("plans", "id", onDelete: .cascade))
            .field("schedule", .string)
            .field("sign_days", .int, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .string, .required)
            .field("version", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_reporting").delete()
    }
}
