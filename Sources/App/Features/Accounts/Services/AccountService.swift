import Foundation
import Metrics
import ReformCore
import SQLKit

/// Users, sessions, passwords, lockout and API tokens. Everything lives in the database (several instances serve one
/// user); the secrets themselves are never stored, only their SHA-256 (tokens) or bcrypt hash (passwords).
package struct AccountService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    let hasher: PasswordHasher
    let sessionIdleMinutes: Int
    /// A hash verified when the username is unknown, so a failure takes as long either way.
    let dummyHash: String
    var sql: any SQLDatabase { database.sql }

    /// last_seen_at / last_used_at are written at most this often, so browsing does not write on every request.
    static let touchIntervalSeconds: TimeInterval = 60
    static let tokenPrefix = "rl_"
    static let maxTokenDays = 3650

    // MARK: Signing in and out

    enum LoginOutcome: Sendable, Equatable {
        case signedIn(sessionToken: String, userId: Int)
        /// Wrong username or password, or inactive: one answer for all, so nobody learns which usernames exist.
        case refused
        /// Too many failures from this address, or for this account from this address (`LoginThrottle`): try again
        /// after this many seconds. Nothing was checked.
        case throttled(retryAfter: Int)
    }

    var throttle: LoginThrottle { LoginThrottle(database: database, clock: clock) }

    /// `address` is the client's (see `ClientAddress`); the throttle counts failures by it.
    func login(username: String, password: String, address: String = "", now given: Date? = nil) async throws -> LoginOutcome {
        let now = given ?? clock.now
        let name = username.trimmingCharacters(in: .whitespaces)
        if let wait = try await throttle.wait(username: name, address: address, now: now) {
            Counter(label: "reform_login_throttled_total").increment()
            return .throttled(retryAfter: wait)
        }
        guard let user = try await UserQueries.byUsername(name, on: sql),
            let hash = try await UserQueries.passwordHash(userId: user.id, on: sql)
        else {
            // Unknown names are counted, not written to the audit log one row per guess.
            _ = try await hasher.verifyOffloaded(password, hash: dummyHash)
            try await throttle.recordFailure(username: name, address: address, now: now)
            Counter(label: "reform_login_failures_total", dimensions: [("reason", "unknown_user")]).increment()
            return .refused
        }
        let stamp = Timestamp.of(now)
        let actor = Self.actorName(user)
        guard try await hasher.verifyOffloaded(password, hash: hash), user.active else {
            let reason = user.active ? "wrong_password" : "inactive"
            try await throttle.recordFailure(username: name, address: address, now: now)
            Counter(label: "reform_login_failures_total", dimensions: [("reason", reason)]).increment()
            try await Audit.record(
                entity: "user", id: user.id, action: "login_failed", actor: actor, version: user.version,
                changes: [.init(field: "failure", before: nil, after: reason)], scopePath: user.jurisdictionPath, at: clock.timestamp, on: sql)
            return .refused
        }
        let token = SecretToken.generate()
        try await database.transaction { tx in
            try await tx.execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = \(bind: user.id)")
            try await tx.execute(
                """
                INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at)
                VALUES (\(bind: SecretToken.digest(token)), \(bind: user.id), \(bind: SecretToken.generate()), \(bind: stamp),
                        \(bind: expiry(from: now)), \(bind: stamp))
                """)
            try await Audit.record(
                entity: "user", id: user.id, action: "login", actor: actor, version: user.version, changes: [],
                scopePath: user.jurisdictionPath, at: clock.timestamp, on: tx)
        }
        try await throttle.recordSuccess(username: name, address: address)
        try await throttle.prune(now: now)
        return .signedIn(sessionToken: token, userId: user.id)
    }

    func logout(sessionId: Int, principal: Principal) async throws {
        try await database.transaction { tx in
            try await tx.execute("DELETE FROM sessions WHERE id = \(bind: sessionId)")
            try await Audit.record(
                entity: "user", id: principal.userId, action: "logout", actor: principal.actorName, version: 0,
                changes: [], scopePath: scopePath(principal), at: clock.timestamp, on: tx)
        }
    }

    // MARK: Resolving a request

    struct Resolved: Sendable {
        var principal: Principal
        var authentication: AppRequestContext.Authentication
    }

    /// The session behind a cookie value, if it exists, has not expired and its user is active.
    func session(token: String, now given: Date? = nil) async throws -> Resolved? {
        let now = given ?? clock.now
        guard token.utf8.count <= 100, let row = try await UserQueries.session(tokenHash: SecretToken.digest(token), on: sql),
            row.active, let principal = row.principal, let expires = row.expiresAt, let csrf = row.csrfToken
        else { return nil }
        let stamp = Timestamp.of(now)
        guard expires > stamp else {
            try await sql.execute("DELETE FROM sessions WHERE id = \(bind: row.credentialId)")
            return nil
        }
        if Self.isStale(row.lastSeenAt, now: now) {
            try await sql.execute(
                """
                UPDATE sessions SET last_seen_at = \(bind: stamp), expires_at = \(bind: expiry(from: now)) WHERE id = \(bind: row.credentialId)
                """)
        }
        return Resolved(principal: principal, authentication: .session(id: row.credentialId, csrfToken: csrf))
    }

    /// The user behind an API token, if it is known, not revoked and its user is active.
    func apiToken(_ token: String, now given: Date? = nil) async throws -> Resolved? {
        let now = given ?? clock.now
        guard token.hasPrefix(Self.tokenPrefix), token.utf8.count <= 100,
            let row = try await UserQueries.apiToken(tokenHash: SecretToken.digest(token), now: Timestamp.of(now), on: sql),
            row.active, let principal = row.principal
        else { return nil }
        if Self.isStale(row.lastSeenAt, now: now) {
            try await sql.execute("UPDATE api_tokens SET last_used_at = \(bind: Timestamp.of(now)) WHERE id = \(bind: row.credentialId)")
        }
        return Resolved(principal: principal, authentication: .token(id: row.credentialId))
    }

    private static func isStale(_ stamp: String?, now: Date) -> Bool {
        guard let stamp else { return true }
        return stamp < Timestamp.of(now.addingTimeInterval(-touchIntervalSeconds))
    }

    private func expiry(from now: Date) -> String { Timestamp.of(now.addingTimeInterval(Double(sessionIdleMinutes * 60))) }

    // MARK: Passwords

    func changePassword(principal: Principal, current: String, new: String, confirmation: String, keepSession: Int?) async throws {
        var issues: [ValidationIssue] = []
        let hash = try await UserQueries.passwordHash(userId: principal.userId, on: sql) ?? ""
        if try await !hasher.verifyOffloaded(current, hash: hash) { issues.append(ValidationIssue(field: "currentPassword", code: .incorrect)) }
        issues += Self.passwordIssues(new, field: "newPassword", username: principal.username)
        if new != confirmation { issues.append(ValidationIssue(field: "confirmPassword", code: .incorrect)) }
        if new == current, issues.isEmpty { issues.append(ValidationIssue(field: "newPassword", code: .unchanged)) }
        guard issues.isEmpty else { throw AppError.validation(issues) }
        let newHash = try await hasher.hashOffloaded(new)
        try await database.transaction { tx in
            try await tx.execute(
                """
                UPDATE users SET password_hash = \(bind: newHash), password_changed_at = \(bind: clock.timestamp),
                  updated_at = \(bind: clock.timestamp), version = version + 1 WHERE id = \(bind: principal.userId)
                """)
            // Other browsers signed in with the old password are signed out.
            try await tx.execute("DELETE FROM sessions WHERE user_id = \(bind: principal.userId) AND id <> \(bind: keepSession ?? 0)")
            try await Audit.record(
                entity: "user", id: principal.userId, action: "password_changed", actor: principal.actorName, version: 0,
                changes: [], scopePath: scopePath(principal), at: clock.timestamp, on: tx)
        }
    }

    static func passwordIssues(_ password: String, field: String, username: String) -> [ValidationIssue] {
        if password.count < PasswordHasher.minimumLength {
            return [ValidationIssue(field: field, code: .tooShort, limit: PasswordHasher.minimumLength)]
        }
        if password.utf8.count > PasswordHasher.maximumLength {
            return [ValidationIssue(field: field, code: .tooLong, limit: PasswordHasher.maximumLength)]
        }
        if let weakness = PasswordRules.weakness(password, username: username) { return [ValidationIssue(field: field, code: weakness)] }
        return []
    }

    // MARK: API tokens

    /// Returns the token itself: shown once, never stored.
    /// `expiresInDays`: the token stops working that many days from now (1…3650); nil keeps it until revoked.
    package func createToken(principal: Principal, name: String, expiresInDays: Int? = nil) async throws -> (APITokenRecord, String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw AppError.validation([ValidationIssue(field: "name", code: .required)]) }
        if trimmed.count > 100 { throw AppError.validation([ValidationIssue(field: "name", code: .tooLong, limit: 100)]) }
        if let days = expiresInDays, !(1...Self.maxTokenDays).contains(days) {
            throw AppError.validation([ValidationIssue(field: "expiresInDays", code: .outOfRange, limit: Self.maxTokenDays)])
        }
        let expires = expiresInDays.map { clock.timestamp(in: Double($0) * 86_400) }
        let token = Self.tokenPrefix + SecretToken.generate()
        let id = try await database.transaction { tx in
            let id = try await tx.insertReturningID(
                """
                INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at, expires_at)
                VALUES (\(bind: principal.userId), \(bind: trimmed), \(bind: SecretToken.digest(token)), \(bind: String(token.prefix(8))),
                        \(bind: clock.timestamp), \(bind: expires))
                """)
            try await Audit.record(
                entity: "user", id: principal.userId, action: "token_created", actor: principal.actorName, version: 0,
                changes: [.init(field: "token", before: nil, after: trimmed)], scopePath: scopePath(principal), at: clock.timestamp, on: tx)
            return id
        }
        guard let record = try await UserQueries.tokens(userId: principal.userId, on: sql).first(where: { $0.id == id }) else {
            throw AppError.internalError("token not saved")
        }
        return (record, token)
    }

    /// Revokes one of the user's own tokens; another user's token is "not found".
    func revokeToken(principal: Principal, tokenId: Int) async throws {
        try await database.transaction { tx in
            let name = try await tx.scalar(
                String.self, column: "name",
                """
                UPDATE api_tokens SET revoked_at = \(bind: clock.timestamp)
                WHERE id = \(bind: tokenId) AND user_id = \(bind: principal.userId) AND revoked_at IS NULL RETURNING name
                """)
            guard let name else { throw AppError.notFound(entity: "token", id: String(tokenId)) }
            try await Audit.record(
                entity: "user", id: principal.userId, action: "token_revoked", actor: principal.actorName, version: 0,
                changes: [.init(field: "token", before: name, after: nil)], scopePath: scopePath(principal), at: clock.timestamp, on: tx)
        }
    }

    // MARK: helpers

    static func actorName(_ user: UserRecord) -> String { "\(user.displayName)（\(user.username)）" }

    /// The audit scope of a user's own account events: their jurisdiction (none for an admin bound to none).
    func scopePath(_ principal: Principal) -> String? {
        principal.jurisdictionPath == Principal.nationwidePath ? nil : principal.jurisdictionPath
    }
}
