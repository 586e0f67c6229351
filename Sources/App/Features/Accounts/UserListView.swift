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
    }

    var rows: [Row]
    /// A password was reset just now.
    var reset: Bool
}
