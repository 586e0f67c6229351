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
