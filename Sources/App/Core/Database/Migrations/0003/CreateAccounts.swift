import FluentKit
import SQLKit

/// Accounts (issue 4): users with a role bound to a jurisdiction or a unit, sessions and API tokens kept in the
/// database (several instances serve one user; only SHA-256 digests of the secrets are stored), and a scope path on
/// the audit log so the office's audit search stays inside its jurisdiction's subtree.
struct CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .field("id", .int64, .identifier(auto: true))
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            // bcrypt ("$2b$12$…"); the cost is part of the hash, so a lower test cost verifies the same way.
            .field("password_hash", .string, .required)
            // admin / office / liaison / unit_head / inspector / viewer (Role)
            .field("role", .string, .required)
            // Office, inspector, viewer (and optionally admin) are bound to a jurisdiction; liaison and unit head to a unit,
            // whose jurisdiction is theirs. An admin without one is nationwide.
            .field("jurisdiction_id", .int64, .references("jurisdictions", "id"))
            .field("unit_id", .int64, .references("units", "id"))
            .field("active", .bool, .required)
            .field("failed_logins", .int, .required)
            .field("locked_until", .string)
            .field("password_changed_at", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("version", .int, .required)
            .unique(on: "username")
            .create()
        try await database.schema("sessions")
            .field("id", .int64, .identifier(auto: true))
            // SHA-256 of the 256-bit cookie value, hex: a stolen database does not yield usable cookies.
            .field("token_hash", .string, .required)
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            // Sent back in every form's hidden `_csrf` field.
            .field("csrf_token", .string, .required)
            .field("created_at", .string, .required)
            .field("expires_at", .string, .required)
            .field("last_seen_at", .string, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema("api_tokens")
            .field("id", .int64, .identifier(auto: true))
            .field("user_id", .int64, .required, .references("users", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            // The first characters of the token, so a user can tell their tokens apart without the secret.
            .field("prefix", .string, .required)
            .field("created_at", .string, .required)
            .field("last_used_at", .string)
            .field("revoked_at", .string)
            .unique(on: "token_hash")
            .create()
        let sql = database as! any SQLDatabase
        for statement in [
            "CREATE INDEX sessions_user ON sessions (user_id)",
            "CREATE INDEX api_tokens_user ON api_tokens (user_id, id)",
            "CREATE INDEX users_jurisdiction ON users (jurisdiction_id)",
            "CREATE INDEX users_unit ON users (unit_id)",
            // The jurisdiction path of the changed entity ("/1/4/9/"), null for account events without one.
            "ALTER TABLE audit_log ADD COLUMN scope_path TEXT",
            "CREATE INDEX audit_log_scope ON audit_log (scope_path, id)",
            "CREATE INDEX audit_log_at ON audit_log (at)"
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").delete()
        try await database.schema("sessions").delete()
        try await database.schema("users").delete()
    }
}
