import FluentKit

/// Failed sign-ins counted per client address and per account + address (see `LoginThrottle`), in the database so
/// that every instance sees the same counts.
struct CreateLoginThrottle: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_throttle")
            .field("key", .string, .identifier(auto: false))
            .field("failures", .int, .required)
            .field("last_failure_at", .string, .required)
            .field("blocked_until", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_throttle").delete()
    }
}
