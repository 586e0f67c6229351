/// The user's own account page (`accounts/account.mustache`): who they are, the password form and their API tokens.
struct AccountPageView {
    struct User {
        var username: String
        var displayName: String
        var role: String
        var scope: String
        var passwordChangedAt: String
    }
    struct Token {
        var id: Int
        var name: String
        var prefix: String
        var createdAt: String
        var lastUsedAt: String
        var revokedAt: String?
        /// When it stops working ("—": until revoked); `expired` once that has passed.
        var expiresAt: String
        var expired: Bool
    }

    var user: User
    var passwordHint: String
    var passwordChanged: Bool
    var passwordIssues: [String]
    var hasPasswordIssues: Bool
    var tokenIssues: [String]
    var hasTokenIssues: Bool
    var tokens: [Token]
    var hasTokens: Bool
    /// A token just created: shown in this response only.
    var newToken: String?
    /// Two-factor sign-in: when it was turned on (nil: off) and how many recovery codes are left.
    var twoFactorSince: String?
    var recoveryCodesLeft: Int
    /// It was turned off just now.
    var twoFactorOff: Bool
}
