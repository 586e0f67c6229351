import FluentKit

/// Two-factor sign-in (TOTP, RFC 6238): each user's authenticator secret and recovery codes, and the sign-ins that
/// have passed the password and wait for a code (see `TwoFactorService`).
struct CreateTwoFactor: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("two_factor")
            .field("user_id", .int64, .identifier(auto: false), .references("users", "id", onDelete: .cascade))
            // Base32 of the 20 random bytes; shown only until the user confirms it with a code.
            .field("secret", .string, .required)
            // NULL while the user is still setting it up: two-factor sign-in is on once this is set.
            .field("confirmed_at", .string)
            // The time step of the last code accepted: a code of it or an earlier step is refused (no replay).
            .field("last_used_step", .int64)
            .field("created_at", .string, .required)
            .create()
        try await database.schema("two_factor_recovery_codes")
            .field("id", .int64, .identifier(auto: true))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            // SHA-256 of the code, hex (the codes are random: no salt or slow hash needed).
            .field("code_hash", .string, .required)
            .field("used_at", .string)
            .unique(on: "user_id", "code_hash")
            .create()
        try await database.schema("login_challenges")
            .field("id", .int64, .identifier(auto: true))
            // SHA-256 of the challenge cookie's value. The challenge is not a session: it opens nothing but the code form.
            .field("token_hash", .string, .required)
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            // Where to go once signed in (already checked to be a local path).
            .field("next", .string, .required)
            .field("expires_at", .string, .required)
            // Wrong codes against this challenge; at `AccountService.challengeAttempts` it ends and the password is asked again.
            .field("failures", .int, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_challenges").delete()
        try await database.schema("two_factor_recovery_codes").delete()
        try await database.schema("two_factor").delete()
    }
}
