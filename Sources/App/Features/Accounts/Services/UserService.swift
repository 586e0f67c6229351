import Foundation
import ReformCore
import SQLKit

/// Creating and changing users (the admin pages and `reform user …`). Each change is versioned and audited.
package struct UserService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    let hasher: PasswordHasher
    var sql: any SQLDatabase { database.sql }

    package struct Input: Sendable {
        var username: String
        var displayName: String
        var role: String
        var jurisdictionId: Int?
        var unitId: Int?
        var active: Bool

        package init(
            username: String = "", displayName: String = "", role: String = "", jurisdictionId: Int? = nil, unitId: Int? = nil,
            active: Bool = true
        ) {
            self.username = username
            self.displayName = displayName
            self.role = role
            self.jurisdictionId = jurisdictionId
            self.unitId = unitId
            self.active = active
        }
    }

    static let usernameMaxLength = 40
    static let displayNameMaxLength = 60

    package func create(_ input: Input, password: String, actor: String) async throws -> UserRecord {
        let issues = AccountService.passwordIssues(password, field: "password", username: input.username)
        guard issues.isEmpty else {
            throw AppError.validation(try await check(input, existingId: nil) + issues)
        }
        return try await create(input, passwordHash: try await hasher.hashOffloaded(password), actor: actor)
    }

    /// With a hash made beforehand (the demo hashes its one password once for all its users).
    package func create(_ input: Input, passwordHash hash: String, actor: String) async throws -> UserRecord {
        let issues = try await check(input, existingId: nil)
        guard issues.isEmpty else { throw AppError.validation(issues) }
        let role = Role(rawValue: input.role)!
        return try await database.transaction { tx in
            let now = clock.timestamp
            let id = try await tx.insertReturningID(
                """
                INSERT INTO users (username, display_name, password_hash, role, jurisdiction_id, unit_id, active, failed_logins,
                  password_changed_at, created_at, updated_at, version)
                VALUES (\(bind: input.username.trimmed), \(bind: input.displayName.trimmed), \(bind: hash), \(bind: role.rawValue),
                  \(bind: role.isUnitRole ? nil : input.jurisdictionId), \(bind: role.isUnitRole ? input.unitId : nil), \(bind: input.active), 0,
                  \(bind: now), \(bind: now), \(bind: now), 1)
                """)
            let saved = try await UserQueries.require(id, on: tx)
            try await Audit.record(
                entity: "user", id: id, action: "create", actor: actor, version: 1,
                changes: Audit.diff([:], Self.snapshot(saved)), scopePath: saved.jurisdictionPath, at: now, on: tx)
            return saved
        }
    }

    /// Role, scope, name and the active flag; a deactivated user's sessions end at once.
    func update(_ id: Int, _ input: Input, baseVersion: Int, actor: String) async throws -> UserRecord {
        let issues = try await check(input, existingId: id)
        guard issues.isEmpty else { throw AppError.validation(issues) }
        let role = Role(rawValue: input.role)!
        return try await database.transaction { tx in
            let current = try await UserQueries.require(id, on: tx)
            let updated = try await tx.updateReturningCount(
                """
                UPDATE users SET username = \(bind: input.username.trimmed), display_name = \(bind: input.displayName.trimmed),
                  role = \(bind: role.rawValue), jurisdiction_id = \(bind: role.isUnitRole ? nil : input.jurisdictionId),
                  unit_id = \(bind: role.isUnitRole ? input.unitId : nil), active = \(bind: input.active),
                  updated_at = \(bind: clock.timestamp), version = version + 1
                WHERE id = \(bind: id) AND version = \(bind: baseVersion)
                """)
            guard updated == 1 else {
                throw AppError.conflict(
                    entity: "user", id: id, currentVersion: current.version,
                    changes: try await Audit.conflictChanges(
                        entity: "user", id: id, baseVersion: baseVersion,
                        yours: [:], on: tx))
            }
            if !input.active || current.role != role.rawValue {
                // A changed role or a deactivated account takes effect now, not at the next sign-in.
                try await tx.execute("DELETE FROM sessions WHERE user_id = \(bind: id)")
                try await tx.execute("DELETE FROM login_challenges WHERE user_id = \(bind: id)")
            }
            let saved = try await UserQueries.require(id, on: tx)
            try await Audit.record(
                entity: "user", id: id, action: "update", actor: actor, version: saved.version,
                changes: Audit.diff(Self.snapshot(current), Self.snapshot(saved)), scopePath: saved.jurisdictionPath, at: clock.timestamp, on: tx)
            return saved
        }
    }

    /// An admin sets a new password (the user forgot theirs): unlocks the account and ends its sessions.
    func resetPassword(_ id: Int, password: String, actor: String) async throws {
        let username = try await UserQueries.require(id, on: sql).username
        let issues = AccountService.passwordIssues(password, field: "password", username: username)
        guard issues.isEmpty else { throw AppError.validation(issues) }
        let hash = try await hasher.hashOffloaded(password)
        try await database.transaction { tx in
            let user = try await UserQueries.require(id, on: tx)
            let now = clock.timestamp
            try await tx.execute(
                """
                UPDATE users SET password_hash = \(bind: hash), password_changed_at = \(bind: now), failed_logins = 0, locked_until = NULL,
                  updated_at = \(bind: now), version = version + 1 WHERE id = \(bind: id)
                """)
            try await tx.execute("DELETE FROM sessions WHERE user_id = \(bind: id)")
            // A sign-in half done with the old password (waiting for its code) ends too.
            try await tx.execute("DELETE FROM login_challenges WHERE user_id = \(bind: id)")
            try await Audit.record(
                entity: "user", id: id, action: "password_reset", actor: actor, version: user.version + 1,
                changes: [], scopePath: user.jurisdictionPath, at: now, on: tx)
        }
        try await LoginThrottle(database: database, clock: clock).clear(username: try await UserQueries.require(id, on: sql).username)
    }

    /// Ends every sign-in back-off of the account (`LoginThrottle`), and an old-style lock if one is left.
    func unlock(_ id: Int, actor: String) async throws {
        let user = try await UserQueries.require(id, on: sql)
        try await LoginThrottle(database: database, clock: clock).clear(username: user.username)
        try await database.transaction { tx in
            let user = try await UserQueries.require(id, on: tx)
            try await tx.execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = \(bind: id)")
            try await Audit.record(
                entity: "user", id: id, action: "unlock", actor: actor, version: user.version,
                changes: [.init(field: "lockedUntil", before: user.lockedUntil, after: nil)],
                scopePath: user.jurisdictionPath, at: clock.timestamp, on: tx)
        }
    }

    private func check(_ input: Input, existingId: Int?) async throws -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let username = input.username.trimmed
        if username.isEmpty {
            issues.append(ValidationIssue(field: "username", code: .required))
        } else if username.unicodeScalars.count > Self.usernameMaxLength {
            issues.append(ValidationIssue(field: "username", code: .tooLong, limit: Self.usernameMaxLength))
        } else if !username.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) {
            issues.append(ValidationIssue(field: "username", code: .invalidChoice))
        } else if let other = try await UserQueries.byUsername(username, on: sql), other.id != existingId {
            issues.append(ValidationIssue(field: "username", code: .duplicate))
        }
        let display = input.displayName.trimmed
        if display.isEmpty { issues.append(ValidationIssue(field: "displayName", code: .required)) }
        if display.unicodeScalars.count > Self.displayNameMaxLength {
            issues.append(ValidationIssue(field: "displayName", code: .tooLong, limit: Self.displayNameMaxLength))
        }
        guard let role = Role(rawValue: input.role) else {
            return issues + [ValidationIssue(field: "role", code: .invalidChoice)]
        }
        if role.isUnitRole {
            if let unitId = input.unitId {
                if try await UnitQueries.find(unitId, on: sql) == nil { issues.append(ValidationIssue(field: "unitId", code: .notFound)) }
            } else {
                issues.append(ValidationIssue(field: "unitId", code: .required))
            }
        } else if let jid = input.jurisdictionId {
            if try await JurisdictionQueries.find(jid, on: sql) == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
        } else if role != .admin {
            issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
        }
        return issues
    }

    static func snapshot(_ u: UserRecord) -> [String: String?] {
        [
            "username": u.username, "displayName": u.displayName, "role": u.role, "jurisdictionId": u.jurisdictionId.map(String.init),
            "unitId": u.unitId.map(String.init), "active": u.active ? "true" : "false"
        ]
    }
}
