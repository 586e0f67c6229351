import App

/// One user of each role, so every view of the system can be tried (their password is in the README).
extension DemoDataset {
    /// All demo accounts share one password: the demo hashes it once (a quarter second at bcrypt cost 12).
    static let userPassword = "reform-demo-2026"

    static let demoUsers: [DemoUser] = [
        DemoUser(username: "admin", displayName: "系统管理员", role: .admin, jurisdictionKey: "guangdong"),
        DemoUser(username: "office", displayName: "深圳市委改革办", role: .office, jurisdictionKey: "shenzhen"),
        DemoUser(username: "liaison", displayName: "龙华区发改局联络员", role: .liaison, unitKey: "lh.fgj"),
        DemoUser(username: "unithead", displayName: "龙华区发改局负责人", role: .unitHead, unitKey: "lh.fgj"),
        DemoUser(username: "inspector", displayName: "深圳市督查室", role: .inspector, jurisdictionKey: "shenzhen"),
        DemoUser(username: "viewer", displayName: "龙华区只读用户", role: .viewer, jurisdictionKey: "longhua"),
        DemoUser(username: "gd-office", displayName: "广东省委改革办", role: .office, jurisdictionKey: "guangdong"),
        DemoUser(username: "lh-office", displayName: "龙华区委改革办", role: .office, jurisdictionKey: "longhua")
    ]
}

struct DemoUser: Sendable {
    var username: String
    var displayName: String
    var role: Role
    var jurisdictionKey: String?
    var unitKey: String?
}
