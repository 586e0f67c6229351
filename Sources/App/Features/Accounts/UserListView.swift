/// The administrator's user list (`accounts/users.mustache`).
struct UserListView {
    struct Row {
        var id: Int
        var username: String
        var displayName: String
        var role: String
        var scope: String
        var inactive: Bool
        /// Until when a locked account stays locked.
        var lockedUntil: String?
        /// Signs in with two-factor (an administrator may reset it).
        var twoFactor: Bool
    }

    var rows: [Row]
    /// A password was reset just now.
    var reset: Bool
    /// A user's two-factor sign-in was reset just now.
    var twoFactorReset: Bool
    /// Administrators and offices must sign in with two-factor.
    var twoFactorRequired: Bool
}
