import Foundation

/// A user as the admin pages and the CLI list them (never the password hash).
public struct UserRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var username: String
    public var displayName: String
    public var role: String
    public var jurisdictionId: Int?
    public var unitId: Int?
    public var active: Bool
    public var failedLogins: Int
    public var lockedUntil: String?
    public var passwordChangedAt: String
    public var createdAt: String
    public var updatedAt: String
    public var version: Int
    /// Joined: the jurisdiction the user's view starts at (the unit's for unit roles), and the unit.
    public var scopeJurisdictionId: Int?
    public var jurisdictionName: String?
    public var jurisdictionPath: String?
    public var unitName: String?
}

extension UserRecord {
    /// The user as a request would see them (for the CLI and tests acting as a user).
    public var principal: Principal? {
        guard let role = Role(rawValue: role) else { return nil }
        return Principal(userId: id, username: username, displayName: displayName, role: role,
                         jurisdictionId: scopeJurisdictionId ?? 0, jurisdictionPath: jurisdictionPath ?? Principal.nationwidePath,
                         unitId: unitId, jurisdictionName: jurisdictionName ?? "", unitName: unitName)
    }
}

/// An API token as its owner sees it: the name and first characters, never the secret.
public struct APITokenRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var userId: Int
    public var name: String
    public var prefix: String
    public var createdAt: String
    public var lastUsedAt: String?
    public var revokedAt: String?
}
