/// An API token as its owner sees it: the name and first characters, never the secret.
public struct APITokenRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var userId: Int
    public var name: String
    public var prefix: String
    public var createdAt: String
    public var lastUsedAt: String?
    public var revokedAt: String?
    /// After this moment the token no longer signs anyone in; nil: until revoked.
    public var expiresAt: String?
}
