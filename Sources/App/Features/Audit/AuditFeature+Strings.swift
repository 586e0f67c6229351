extension AuditFeature {
    /// The audit feature's strings.
    static let strings = StringTable(
        prefixes: ["audit."],
        entries: [
            ("audit.title", "审计日志", "Audit log"),
            ("audit.actor", "操作人", "Actor"),
            ("audit.entity", "对象", "Entity"),
            ("audit.action", "操作", "Action"),
            ("audit.at", "时间", "When"),
            ("audit.changes", "变更（原值 → 新值）", "Changes (before → after)"),
            ("audit.from", "起始日期", "From"),
            ("audit.to", "截止日期", "To"),
            ("audit.text", "包含文字", "Containing"),
            ("audit.any", "全部", "Any"),
            ("audit.search", "查询", "Search"),
            ("audit.empty", "没有符合条件的记录", "No entries match"),
            ("audit.reason.wrong_password", "密码错误", "wrong password"),
            ("audit.reason.unknown_user", "用户名不存在", "unknown username"),
            ("audit.reason.locked", "账户已锁定", "account locked"),
            ("audit.reason.inactive", "账户已停用", "account inactive")
        ])
}
