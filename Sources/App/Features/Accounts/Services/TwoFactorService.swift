import Foundation
import ReformCore
import SQLKit

/// Two-factor sign-in (两步验证) with an authenticator app: TOTP codes (RFC 6238, `TOTP`) and one-time recovery codes.
///
/// A user turns it on from their account page: the server makes a secret, the user scans it and confirms with a code,
/// and only then is it on; the secret is shown while it is being set up and never after. The ten recovery codes are
/// shown once, kept as SHA-256 digests, and each signs in once. An administrator may require it for administrators
/// and offices (`isRequired`), and may reset it for a user who lost their phone. Secrets and codes are never written
/// to the log or the audit trail.
package struct TwoFactorService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    var sql: any SQLDatabase { database.sql }

    /// The name authenticator apps show above the code.
    static let issuer = "ReformLedger"
    static let recoveryCodeCount = 10
    static let requirementKey = "two_factor_required"
    /// The roles the requirement applies to: those who change plans, accounts and settings.
    static let requiredRoles: Set<Role> = [.admin, .office]

    package enum State: Sendable, Equatable {
        case off
        /// Set up but not yet confirmed with a code: the secret may still be shown.
        case pending(secret: String)
        case on(since: String, recoveryCodesLeft: Int)
    }

    private struct Row: Decodable {
        var secret: String
        var confirmedAt: String?
        var lastUsedStep: Int64?
    }

    private func row(_ userId: Int, on db: any SQLDatabase) async throws -> Row? {
        try await db.first(Row.self, "SELECT secret, confirmed_at, last_used_step FROM two_factor WHERE user_id = \(bind: userId)")
    }

    package func state(userId: Int) async throws -> State {
        guard let row = try await row(userId, on: sql) else { return .off }
        guard let since = row.confirmedAt else { return .pending(secret: row.secret) }
        return .on(since: since, recoveryCodesLeft: try await recoveryCodesLeft(userId, on: sql))
    }

    private func recoveryCodesLeft(_ userId: Int, on db: any SQLDatabase) async throws -> Int {
        try await db.scalar(
            Int.self, column: "n", "SELECT COUNT(*) AS n FROM two_factor_recovery_codes WHERE user_id = \(bind: userId) AND used_at IS NULL")
            ?? 0
    }

    /// The secret of the setup under way, or of a new one. Refused once two-factor sign-in is on: turning it off first
    /// takes a code, so a borrowed session cannot move it to another phone.
    package func beginSetup(principal: Principal) async throws -> String {
        try await database.transaction { tx in
            if let row = try await row(principal.userId, on: tx) {
                guard row.confirmedAt == nil else { throw AppError.validation([ValidationIssue(field: "otp", code: .unchanged)]) }
                return row.secret
            }
            let secret = Base32.encode(TOTP.newSecret())
            try await tx.execute(
                """
                INSERT INTO two_factor (user_id, secret, created_at) VALUES (\(bind: principal.userId), \(bind: secret), \(bind: clock.timestamp))
                """)
            return secret
        }
    }

    /// Turns two-factor sign-in on once `code` is right for the secret being set up; returns the recovery codes
    /// (shown once).
    package func confirm(principal: Principal, code: String, now given: Date? = nil) async throws -> [String] {
        let now = given ?? clock.now
        return try await database.transaction { tx in
            guard let row = try await row(principal.userId, on: tx), row.confirmedAt == nil, let key = Base32.decode(row.secret),
                let step = TOTP(key: key).matchingStep(code, at: now, after: nil)
            else { throw AppError.validation([ValidationIssue(field: "otp", code: .incorrect)]) }
            try await tx.execute(
                """
                UPDATE two_factor SET confirmed_at = \(bind: Timestamp.of(now)), last_used_step = \(bind: step)
                WHERE user_id = \(bind: principal.userId)
                """)
            let codes = try await replaceRecoveryCodes(principal.userId, on: tx)
            try await Audit.record(
                entity: "user", id: principal.userId, action: "two_factor_enabled", actor: principal.actorName, version: 0,
                changes: [], scopePath: scopePath(principal), at: clock.timestamp, on: tx)
            return codes
        }
    }

    /// New recovery codes in place of the old ones, which stop working. Takes a current code.
    package func regenerateRecoveryCodes(principal: Principal, code: String, now given: Date? = nil) async throws -> [String] {
        try await database.transaction { tx in
            try await useCode(code, userId: principal.userId, now: given ?? clock.now, on: tx)
            let codes = try await replaceRecoveryCodes(principal.userId, on: tx)
            try await Audit.record(
                entity: "user", id: principal.userId, action: "two_factor_recovery_codes_renewed", actor: principal.actorName, version: 0,
                changes: [], scopePath: scopePath(principal), at: clock.timestamp, on: tx)
            return codes
        }
    }

    /// Turns it off (or abandons a setup). Once it is on, this takes a current code.
    package func disable(principal: Principal, code: String, now given: Date? = nil) async throws {
        try await database.transaction { tx in
            guard let row = try await row(principal.userId, on: tx) else { return }
            if row.confirmedAt != nil { try await useCode(code, userId: principal.userId, now: given ?? clock.now, on: tx) }
            try await remove(principal.userId, on: tx)
            if row.confirmedAt != nil {
                try await Audit.record(
                    entity: "user", id: principal.userId, action: "two_factor_disabled", actor: principal.actorName, version: 0,
                    changes: [], scopePath: scopePath(principal), at: clock.timestamp, on: tx)
            }
        }
    }

    /// An administrator's reset for a user who lost their phone: two-factor sign-in is off, the user signs in with
    /// the password and sets it up again (at once, where it is required).
    package func reset(userId: Int, actor: String) async throws {
        try await database.transaction { tx in
            let user = try await UserQueries.require(userId, on: tx)
            guard try await row(userId, on: tx) != nil else { return }
            try await remove(userId, on: tx)
            try await Audit.record(
                entity: "user", id: userId, action: "two_factor_reset", actor: actor, version: user.version,
                changes: [], scopePath: user.jurisdictionPath, at: clock.timestamp, on: tx)
        }
    }

    private func remove(_ userId: Int, on tx: any SQLDatabase) async throws {
        try await tx.execute("DELETE FROM two_factor_recovery_codes WHERE user_id = \(bind: userId)")
        try await tx.execute("DELETE FROM two_factor WHERE user_id = \(bind: userId)")
    }

    // MARK: Checking a code at sign-in

    package enum Verification: Sendable, Equatable {
        case code
        case recoveryCode(left: Int)
        case refused
    }

    /// The second step of a sign-in: a current code from the app (each step's code once), or an unused recovery code.
    package func verify(userId: Int, entered: String, actor: String, scopePath: String?, now given: Date? = nil) async throws -> Verification {
        let now = given ?? clock.now
        let compact = entered.filter { !$0.isWhitespace }
        if compact.count == 6, compact.allSatisfy({ $0.isASCII && $0.isNumber }) {
            do {
                try await database.transaction { tx in try await useCode(compact, userId: userId, now: now, on: tx) }
                return .code
            } catch AppError.validation {
                return .refused
            }
        }
        return try await database.transaction { tx in
            let used = try await tx.updateReturningCount(
                """
                UPDATE two_factor_recovery_codes SET used_at = \(bind: Timestamp.of(now))
                WHERE user_id = \(bind: userId) AND code_hash = \(bind: SecretToken.digest(Self.normalizedRecoveryCode(entered)))
                  AND used_at IS NULL
                  AND EXISTS (SELECT 1 FROM two_factor WHERE user_id = \(bind: userId) AND confirmed_at IS NOT NULL)
                """)
            guard used == 1 else { return .refused }
            let left = try await recoveryCodesLeft(userId, on: tx)
            try await Audit.record(
                entity: "user", id: userId, action: "two_factor_recovery_code_used", actor: actor, version: 0,
                changes: [.init(field: "recoveryCodesLeft", before: nil, after: String(left))], scopePath: scopePath, at: clock.timestamp, on: tx)
            return .recoveryCode(left: left)
        }
    }

    /// Accepts a code of a step after the last one used and records its step, so the same code cannot be used twice
    /// (not even by two requests at once: the update takes the step only if it is still newer).
    private func useCode(_ code: String, userId: Int, now: Date, on tx: any SQLDatabase) async throws {
        guard let row = try await row(userId, on: tx), row.confirmedAt != nil, let key = Base32.decode(row.secret),
            let step = TOTP(key: key).matchingStep(code, at: now, after: row.lastUsedStep)
        else { throw AppError.validation([ValidationIssue(field: "otp", code: .incorrect)]) }
        let taken = try await tx.raw(
            """
            UPDATE two_factor SET last_used_step = \(bind: step)
            WHERE user_id = \(bind: userId) AND (last_used_step IS NULL OR last_used_step < \(bind: step)) RETURNING user_id
            """
        ).all().count
        guard taken == 1 else { throw AppError.validation([ValidationIssue(field: "otp", code: .incorrect)]) }
    }

    // MARK: Recovery codes

    /// "k3m7q-2xw9p": 50 random bits in base32, lower case, in two groups of five.
    static func newRecoveryCode() -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = Base32.encode((0..<8).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).lowercased()
        return String(letters.prefix(5)) + "-" + String(letters.dropFirst(5).prefix(5))
    }

    /// What a typed recovery code is compared as: lower case, without spaces or hyphens.
    static func normalizedRecoveryCode(_ typed: String) -> String {
        typed.lowercased().filter { !$0.isWhitespace && $0 != "-" }
    }

    private func replaceRecoveryCodes(_ userId: Int, on tx: any SQLDatabase) async throws -> [String] {
        try await tx.execute("DELETE FROM two_factor_recovery_codes WHERE user_id = \(bind: userId)")
        var codes: [String] = []
        while codes.count < Self.recoveryCodeCount {
            let code = Self.newRecoveryCode()
            if codes.contains(code) { continue }
            codes.append(code)
            try await tx.execute(
                """
                INSERT INTO two_factor_recovery_codes (user_id, code_hash)
                VALUES (\(bind: userId), \(bind: SecretToken.digest(Self.normalizedRecoveryCode(code))))
                """)
        }
        return codes
    }

    // MARK: The requirement

    /// Whether administrators and offices must sign in with two-factor (off unless an administrator turns it on).
    package func isRequired() async throws -> Bool {
        try await sql.scalar(String.self, column: "value", "SELECT value FROM app_settings WHERE key = \(bind: Self.requirementKey)") == "1"
    }

    package func setRequired(_ required: Bool, actor: Principal) async throws {
        let before = try await isRequired()
        guard before != required else { return }
        try await database.transaction { tx in
            let value = required ? "1" : "0"
            try await tx.execute(
                """
                INSERT INTO app_settings (key, value, updated_at) VALUES (\(bind: Self.requirementKey), \(bind: value), \(bind: clock.timestamp))
                ON CONFLICT (key) DO UPDATE SET value = \(bind: value), updated_at = \(bind: clock.timestamp)
                """)
            try await Audit.record(
                entity: "user", id: actor.userId, action: "two_factor_requirement", actor: actor.actorName, version: 0,
                changes: [.init(field: "twoFactorRequired", before: before ? "1" : "0", after: value)], scopePath: nil,
                at: clock.timestamp, on: tx)
        }
    }

    private func scopePath(_ principal: Principal) -> String? {
        principal.jurisdictionPath == Principal.nationwidePath ? nil : principal.jurisdictionPath
    }
}

extension AppServices {
    package var twoFactor: TwoFactorService { TwoFactorService(database: database, clock: clock) }
}
