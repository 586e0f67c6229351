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
        /// The password was right and the account signs in with two-factor: the value of the challenge cookie that
        /// the code step asks for (`completeSecondFactor`). Not a session: it opens nothing else.
        case secondFactor(challenge: String)
    }

    var throttle: LoginThrottle { LoginThrottle(database: database, clock: clock) }

    /// `address` is the client's (see `ClientAddress`); the throttle counts failures by it. `next` is kept with a
    /// two-factor challenge, for after the code.
    func login(username: String, password: String, address: String = "", next: String = "/", now given: Date? = nil) async throws
        -> LoginOutcome
    {
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
        if try await sql.scalar(
            String.self, column: "confirmed_at", "SELECT confirmed_at FROM two_factor WHERE user_id = \(bind: user.id)") != nil
        {
            // The back-offs stay as they are until the code is right too: a right password must not wipe the count
            // of wrong codes.
            let challenge = SecretToken.generate()
            try await sql.execute("DELETE FROM login_challenges WHERE expires_at <= \(bind: Timestamp.of(now))")
            try await sql.execute(
                """
                INSERT INTO login_challenges (token_hash, user_id, next, expires_at, failures)
                VALUES (\(bind: SecretToken.digest(challenge)), \(bind: user.id), \(bind: AuthMiddleware.safeNext(next)),
                        \(bind: Timestamp.of(now.addingTimeInterval(Self.challengeSeconds))), 0)
                """)
            return .secondFactor(challenge: challenge)
        }
        let token = try await openSession(user, now: now, changes: [])
        try await throttle.recordSuccess(username: name, address: address)
        try await throttle.prune(now: now)
        return .signedIn(sessionToken: token, userId: user.id)
    }

    /// A new session for a user whose sign-in is complete, and its audit entry.
    private func openSession(_ user: UserRecord, now: Date, changes: [Audit.Change]) async throws -> String {
        let token = SecretToken.generate()
        let stamp = Timestamp.of(now)
        try await database.transaction { tx in
            try await tx.execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = \(bind: user.id)")
            try await tx.execute(
                """
                INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at)
                VALUES (\(bind: SecretToken.digest(token)), \(bind: user.id), \(bind: SecretToken.generate()), \(bind: stamp),
                        \(bind: expiry(from: now)), \(bind: stamp))
                """)
            try await Audit.record(
                entity: "user", id: user.id, action: "login", actor: Self.actorName(user), version: user.version, changes: changes,
                scopePath: user.jurisdictionPath, at: clock.timestamp, on: tx)
        }
        return token
    }

    // MARK: The code step of a two-factor sign-in

    /// How long the code step waits after the password, and how many wrong codes one challenge takes.
    static let challengeSeconds: TimeInterval = 5 * 60
    static let challengeAttempts = 5

    enum SecondFactorOutcome: Sendable, Equatable {
        case signedIn(sessionToken: String, userId: Int, next: String)
        /// The code is wrong or used; the same challenge may be tried again.
        case refused
        /// No such challenge, or it has expired or taken too many wrong codes: sign in with the password again.
        case expired
        case throttled(retryAfter: Int)
    }

    private struct Challenge: Decodable {
        var id: Int
        var userId: Int
        var next: String
        var failures: Int
    }

    /// The user a challenge cookie belongs to while it is valid (for the code page's greeting), nil otherwise.
    func challengeUser(_ challenge: String, now given: Date? = nil) async throws -> UserRecord? {
        guard let c = try await openChallenge(challenge, now: given ?? clock.now) else { return nil }
        return try await UserQueries.find(c.userId, on: sql)
    }

    private func openChallenge(_ challenge: String, now: Date) async throws -> Challenge? {
        guard SecretToken.looksGenerated(challenge) else { return nil }
        return try await sql.first(
            Challenge.self,
            """
            SELECT id, user_id, next, failures FROM login_challenges
            WHERE token_hash = \(bind: SecretToken.digest(challenge)) AND expires_at > \(bind: Timestamp.of(now))
              AND failures < \(bind: Self.challengeAttempts)
            """)
    }

    /// The second step: a code from the authenticator app or a recovery code. Wrong codes count in the
    /// `LoginThrottle` like wrong passwords (and under the account's code key), so codes cannot be guessed.
    func completeSecondFactor(challenge: String, code: String, address: String = "", now given: Date? = nil) async throws
        -> SecondFactorOutcome
    {
        let now = given ?? clock.now
        guard let c = try await openChallenge(challenge, now: now), let user = try await UserQueries.find(c.userId, on: sql), user.active
        else { return .expired }
        if let wait = try await throttle.wait(username: user.username, address: address, secondFactor: true, now: now) {
            Counter(label: "reform_login_throttled_total").increment()
            return .throttled(retryAfter: wait)
        }
        let verification = try await TwoFactorService(database: database, clock: clock).verify(
            userId: user.id, entered: code, actor: Self.actorName(user), scopePath: user.jurisdictionPath, now: now)
        guard verification != .refused else {
            try await throttle.recordSecondFactorFailure(username: user.username, address: address, now: now)
            Counter(label: "reform_login_failures_total", dimensions: [("reason", "wrong_code")]).increment()
            try await database.transaction { tx in
                try await tx.execute("UPDATE login_challenges SET failures = failures + 1 WHERE id = \(bind: c.id)")
                try await Audit.record(
                    entity: "user", id: user.id, action: "login_failed", actor: Self.actorName(user), version: user.version,
                    changes: [.init(field: "failure", before: nil, after: "wrong_code")], scopePath: user.jurisdictionPath,
                    at: clock.timestamp, on: tx)
            }
            return c.failures + 1 >= Self.challengeAttempts ? .expired : .refused
        }
        // One challenge signs in once: whoever deletes it first goes on.
        guard try await sql.updateReturningCount("DELETE FROM login_challenges WHERE id = \(bind: c.id)") == 1 else { return .expired }
        let how = verification == .code ? "code" : "recovery_code"
        let token = try await openSession(user, now: now, changes: [.init(field: "secondFactor", before: nil, after: how)])
        try await throttle.recordSuccess(username: user.username, address: address)
        return .signedIn(sessionToken: token, userId: user.id, next: c.next)
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
        /// Two-factor sign-in is required for the user's role and they have not set it up: until they do, the session
        /// reaches only the setup page (`AuthMiddleware`).
        var mustSetUpTwoFactor = false
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
        return Resolved(
            principal: principal, authentication: .session(id: row.credentialId, csrfToken: csrf),
            mustSetUpTwoFactor: row.twoFactorRequired == "1" && row.twoFactorConfirmedAt == nil
                && TwoFactorService.requiredRoles.contains(principal.role))
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
            // A sign-in half done with the old password (waiting for its code) ends too.
            try await tx.execute("DELETE FROM login_challenges WHERE user_id = \(bind: principal.userId)")
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
        if trimmed.unicodeScalars.count > 100 { throw AppError.validation([ValidationIssue(field: "name", code: .tooLong, limit: 100)]) }
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
