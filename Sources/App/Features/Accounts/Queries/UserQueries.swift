import SQLKit

package enum UserQueries {
    /// The user with the names of their scope. For unit roles the jurisdiction is the unit's.
    static let select: SQLQueryString = """
        SELECT u.id, u.username, u.display_name, u.role, u.jurisdiction_id, u.unit_id, u.active, u.failed_logins, u.locked_until,
          u.password_changed_at, u.created_at, u.updated_at, u.version, j.id AS scope_jurisdiction_id, j.name AS jurisdiction_name,
          j.path AS jurisdiction_path,
          un.name AS unit_name
        FROM users u LEFT JOIN units un ON un.id = u.unit_id
        LEFT JOIN jurisdictions j ON j.id = COALESCE(un.jurisdiction_id, u.jurisdiction_id)
        """

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> UserRecord? {
        try await db.first(UserRecord.self, select + " WHERE u.id = \(bind: id)")
    }

    static func require(_ id: Int, on db: any SQLDatabase) async throws -> UserRecord {
        guard let u = try await find(id, on: db) else { throw AppError.notFound(entity: "user", id: String(id)) }
        return u
    }

    package static func byUsername(_ username: String, on db: any SQLDatabase) async throws -> UserRecord? {
        try await db.first(UserRecord.self, select + " WHERE u.username = \(bind: username)")
    }

    static func all(on db: any SQLDatabase) async throws -> [UserRecord] {
        try await db.all(UserRecord.self, select + " ORDER BY u.username")
    }

    static func passwordHash(userId: Int, on db: any SQLDatabase) async throws -> String? {
        try await db.scalar(String.self, column: "password_hash", "SELECT password_hash FROM users WHERE id = \(bind: userId)")
    }

    static func tokens(userId: Int, on db: any SQLDatabase) async throws -> [APITokenRecord] {
        try await db.all(
            APITokenRecord.self,
            """
            SELECT id, user_id, name, prefix, created_at, last_used_at, revoked_at, expires_at FROM api_tokens
            WHERE user_id = \(bind: userId) ORDER BY id DESC
            """)
    }

    /// The users whose two-factor sign-in is on.
    static func withTwoFactor(on db: any SQLDatabase) async throws -> Set<Int> {
        struct Row: Decodable { var userId: Int }
        return Set(try await db.all(Row.self, "SELECT user_id FROM two_factor WHERE confirmed_at IS NOT NULL").map(\.userId))
    }

    static func count(on db: any SQLDatabase) async throws -> Int {
        try await db.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM users") ?? 0
    }

    /// What one request costs to authenticate: one indexed lookup (the secret's digest) joined to the user and the
    /// scope by primary keys.
    struct Credential: Decodable, Sendable {
        var credentialId: Int
        var csrfToken: String?
        var expiresAt: String?
        var lastSeenAt: String?
        var userId: Int
        var username: String
        var displayName: String
        var role: String
        var unitId: Int?
        var active: Bool
        var jurisdictionId: Int?
        var jurisdictionPath: String?
        var jurisdictionName: String?
        var unitName: String?
        /// Sessions only: when the user's two-factor sign-in was turned on (nil: off), and the requirement setting.
        var twoFactorConfirmedAt: String?
        var twoFactorRequired: String?
    }

    private static let principalColumns: SQLQueryString = """
        u.id AS user_id, u.username, u.display_name, u.role, u.unit_id, u.active,
          j.id AS jurisdiction_id, j.path AS jurisdiction_path, j.name AS jurisdiction_name, un.name AS unit_name
        """
    private static let principalJoins: SQLQueryString = """
        LEFT JOIN units un ON un.id = u.unit_id
        LEFT JOIN jurisdictions j ON j.id = COALESCE(un.jurisdiction_id, u.jurisdiction_id)
        """

    static func session(tokenHash: String, on db: any SQLDatabase) async throws -> Credential? {
        try await db.first(
            Credential.self,
            """
            SELECT s.id AS credential_id, s.csrf_token, s.expires_at, s.last_seen_at, \(principalColumns),
              tf.confirmed_at AS two_factor_confirmed_at,
              (SELECT value FROM app_settings WHERE key = \(bind: TwoFactorService.requirementKey)) AS two_factor_required
            FROM sessions s JOIN users u ON u.id = s.user_id \(principalJoins)
            LEFT JOIN two_factor tf ON tf.user_id = u.id
            WHERE s.token_hash = \(bind: tokenHash)
            """)
    }

    /// A token that exists, is not revoked and has not expired by `now` (stored timestamp text).
    static func apiToken(tokenHash: String, now: String, on db: any SQLDatabase) async throws -> Credential? {
        try await db.first(
            Credential.self,
            """
            SELECT t.id AS credential_id, t.last_used_at AS last_seen_at, \(principalColumns)
            FROM api_tokens t JOIN users u ON u.id = t.user_id \(principalJoins)
            WHERE t.token_hash = \(bind: tokenHash) AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > \(bind: now))
            """)
    }
}

extension UserQueries.Credential {
    /// Nil when the role is unknown or the scope is missing (a unit role whose unit is gone): such a user is not let in.
    var principal: Principal? {
        guard let role = Role(rawValue: role) else { return nil }
        if role.isUnitRole && unitId == nil { return nil }
        if role != .admin && jurisdictionId == nil { return nil }
        return Principal(
            userId: userId, username: username, displayName: displayName, role: role,
            jurisdictionId: jurisdictionId ?? 0, jurisdictionPath: jurisdictionPath ?? Principal.nationwidePath,
            unitId: unitId, jurisdictionName: jurisdictionName ?? "", unitName: unitName)
    }
}
