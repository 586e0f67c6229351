extension AccountsFeature {
    /// The accounts feature's strings.
    static let strings = StringTable(
        prefixes: ["account.", "login.", "users.", "field."],
        entries: [
            ("login.title", "登录", "Sign in"),
            ("login.submit", "登录", "Sign in"),
            (
                "login.failed", "登录失败：用户名或密码错误，或账户已停用。",
                "Sign-in failed: wrong username or password, or the account is disabled."
            ),
            (
                "login.policy", "同一账户在同一地址连续输错密码 5 次后，须等待一段时间（30 秒起，逐次加倍，最长 15 分钟）才能再试；其他地址不受影响。",
                "After 5 wrong passwords for one account from one address, that address must wait before trying again (30 seconds, doubling up to 15 minutes); other addresses are not affected."
            ),
            ("login.throttled", "尝试次数过多，已暂停登录。", "Too many attempts: signing in is paused."),
            ("login.waitSeconds", "请 {n} 秒后再试。", "Try again in {n} seconds."),
            ("login.waitMinutes", "请 {n} 分钟后再试。", "Try again in {n} minutes."),
            ("login.signedOut", "已退出登录。", "You have signed out."),
            ("account.title", "我的账户", "My account"),
            ("account.logout", "退出", "Sign out"),
            ("account.scope", "所属", "Bound to"),
            ("account.nationwide", "全国", "Nationwide"),
            ("account.passwordChanged", "密码修改时间", "Password changed"),
            ("account.changePassword", "修改密码", "Change password"),
            ("account.passwordChangedNow", "密码已修改；其他设备上的登录已失效。", "Password changed; sign-ins on other devices have ended."),
            ("account.passwordHint", "至少 %d 个字符", "At least %d characters"),
            ("account.tokens", "接口令牌", "API tokens"),
            (
                "account.tokensHint", "供其他系统调用 /api/v1：请求头 Authorization: Bearer <令牌>。令牌具有您的权限，只在创建时显示一次。",
                "For integrations calling /api/v1: send Authorization: Bearer <token>. A token acts with your permissions and is shown once, when created."
            ),
            ("account.tokenOnce", "请立即复制此令牌，它不会再次显示：", "Copy this token now; it will not be shown again:"),
            ("account.tokenPrefix", "开头", "Starts with"),
            ("account.tokenCreated", "创建时间", "Created"),
            ("account.tokenUsed", "最近使用", "Last used"),
            ("account.tokenRevoked", "已吊销", "Revoked"),
            ("account.tokenExpires", "有效期至", "Valid until"),
            ("field.expiresInDays", "有效期", "Valid for"),
            ("account.tokenExpired", "已过期", "expired"),
            ("account.tokenValidity", "有效期", "Valid for"),
            ("account.tokenForever", "长期（直至吊销）", "Until revoked"),
            ("account.token30", "30 天", "30 days"),
            ("account.token90", "90 天", "90 days"),
            ("account.token365", "1 年", "1 year"),
            ("account.revoke", "吊销", "Revoke"),
            ("account.revokeConfirm", "吊销后使用此令牌的系统将无法访问，确定？", "Systems using this token will lose access. Revoke it?"),
            ("account.createToken", "创建令牌", "Create token"),
            ("account.tokenNameHint", "用途，如：督查系统对接", "What it is for, e.g. supervision system"),
            ("users.title", "用户管理", "Users"),
            ("users.new", "新建用户", "New user"),
            ("users.edit", "编辑用户", "Edit user"),
            ("users.locked", "已锁定至", "Locked until"),
            ("users.inactive", "已停用", "Inactive"),
            ("users.state", "账号状态", "Account state"),
            ("users.unlock", "解锁", "Unlock"),
            ("users.resetPassword", "重置密码", "Reset password"),
            ("users.resetDone", "密码已重置，该用户的登录已失效。", "Password reset; the user's sessions have ended."),
            (
                "users.scopeHint", "联络员、单位负责人选择所属单位；其他角色选择行政区划（系统管理员可留空，即全国）",
                "Liaisons and unit heads choose a unit; other roles a jurisdiction (an administrator may leave it blank: nationwide)"
            ),
            ("users.passwordHint", "初始密码，至少 10 个字符", "Initial password, at least 10 characters")
        ])
}
