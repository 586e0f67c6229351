import FluentKit

/// Small named values the instances share (the first-run setup code).
struct CreateAppSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("app_settings")
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .field("updated_at", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("app_settings").delete()
    }
}
