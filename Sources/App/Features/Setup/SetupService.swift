import Foundation
import Logging
import ReformCore
import SQLKit

/// The first run without the demo: while no user exists, the server holds a setup code (printed in its log at start,
/// the same on every instance) and /setup lets whoever has the code create the first administrator. A server reached
/// by others before its operator would otherwise give its first visitor the keys.
package struct SetupService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    let users: UserService
    var sql: any SQLDatabase { database.sql }

    static let codeKey = "setup_code"

    package func needsSetup() async throws -> Bool {
        try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM users") == 0
    }

    /// The setup code while no user exists (made on first call, then the same for every instance), nil afterwards.
    package func code() async throws -> String? {
        guard try await needsSetup() else { return nil }
        try await sql.execute(
            """
            INSERT INTO app_settings (key, value, updated_at) VALUES (\(bind: Self.codeKey), \(bind: Self.newCode()), \(bind: clock.timestamp))
            ON CONFLICT (key) DO NOTHING
            """)
        return try await sql.scalar(String.self, column: "value", "SELECT value FROM app_settings WHERE key = \(bind: Self.codeKey)")
    }

    /// Eight letters and digits people do not confuse (no 0/O, 1/I/L), as XXXX-XXXX.
    static func newCode() -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let chars = (0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return String(chars[0..<4]) + "-" + String(chars[4..<8])
    }

    /// Creates the first administrator (nationwide) when `code` is right and no user exists yet; the code is then
    /// gone. A wrong code is a validation issue on `setupCode`; once a user exists, `notFound`.
    package func createFirstAdmin(code given: String, username: String, displayName: String, password: String, confirmation: String)
        async throws -> UserRecord
    {
        guard let code = try await code() else { throw AppError.notFound(entity: "setup", id: "") }
        let typed = given.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        var issues: [ValidationIssue] = []
        if !SecretToken.equal(typed, code.filter { $0 != "-" }) { issues.append(ValidationIssue(field: "setupCode", code: .incorrect)) }
        if password != confirmation { issues.append(ValidationIssue(field: "confirmPassword", code: .incorrect)) }
        guard issues.isEmpty else { throw AppError.validation(issues) }
        // Taking the code is one statement, so two visitors with it cannot both make an administrator.
        let taken = try await sql.raw("DELETE FROM app_settings WHERE key = \(bind: Self.codeKey) AND value = \(bind: code) RETURNING key")
            .all().count
        guard taken == 1 else { throw AppError.notFound(entity: "setup", id: "") }
        do {
            return try await users.create(
                UserService.Input(username: username, displayName: displayName.isEmpty ? username : displayName, role: Role.admin.rawValue),
                password: password, actor: "首次设置")
        } catch {
            try await sql.execute(
                """
                INSERT INTO app_settings (key, value, updated_at) VALUES (\(bind: Self.codeKey), \(bind: code), \(bind: clock.timestamp))
                ON CONFLICT (key) DO NOTHING
                """)
            throw error
        }
    }

    /// Logs where to go when the server starts with no user (and the code to type there).
    package func announce(logger: Logger, baseURL: String) async throws {
        guard let code = try await code() else { return }
        logger.notice(
            "no user yet: open \(baseURL)/setup and enter the setup code \(code) to create the first administrator (or run `reform user add --role admin`)",
            metadata: ["component": "setup"])
    }
}
