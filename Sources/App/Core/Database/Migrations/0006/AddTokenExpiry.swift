import FluentKit

/// API tokens may end on a set day (`expires_at`, stored timestamp text); NULL keeps a token until it is revoked.
struct AddTokenExpiry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens").field("expires_at", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").deleteField("expires_at").update()
    }
}
