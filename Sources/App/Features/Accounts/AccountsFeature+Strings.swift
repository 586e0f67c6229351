extension AccountsFeature {
    /// The accounts feature's strings.
    static let strings = StringTable(
        prefixes: ["account.", "login.", "users.", "field.", "twofactor.", "history.action.two_factor", "deny.twoFactor"],
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
            ("users.passwordHint", "初始密码，至少 10 个字符", "Initial password, at least 10 characters"),
            // Two-factor sign-in: 两步验证 throughout; 验证码 the app's six digits; 恢复码 the one-time recovery codes.
            ("twofactor.title", "两步验证", "Two-factor sign-in"),
            ("twofactor.on", "已开启", "On"),
            ("twofactor.off", "未开启", "Off"),
            ("twofactor.state", "状态", "State"),
            ("twofactor.setUp", "开启两步验证", "Set up two-factor sign-in"),
            ("twofactor.manage", "管理两步验证", "Manage two-factor sign-in"),
            (
                "twofactor.offHint", "开启后，登录时除密码外还需输入手机身份验证器应用生成的验证码，密码泄露也无法登录您的账户。",
                "Once on, signing in takes a code from an authenticator app on your phone as well as your password, so a leaked password alone cannot open your account."
            ),
            (
                "twofactor.intro", "使用手机上的身份验证器应用（如 Microsoft Authenticator、Google 身份验证器、FreeOTP、腾讯身份验证器等）按以下步骤设置。",
                "Set it up with an authenticator app on your phone (Microsoft Authenticator, Google Authenticator, FreeOTP and the like):"
            ),
            ("twofactor.step1", "在手机上安装身份验证器应用。", "Install an authenticator app on your phone."),
            ("twofactor.step2", "在应用中添加账户，扫描下面的二维码：", "In the app, add an account and scan this QR code:"),
            ("twofactor.manual", "无法扫码时，可手动输入以下密钥（基于时间，30 秒）：", "If you cannot scan it, type this key instead (time-based, 30 seconds):"),
            ("twofactor.uri", "密钥链接（otpauth）", "Key link (otpauth)"),
            ("twofactor.qrLabel", "两步验证设置二维码", "QR code for setting up two-factor sign-in"),
            (
                "twofactor.step3", "输入应用当前显示的 6 位验证码，确认后即开启：",
                "Enter the 6-digit code the app shows now; two-factor sign-in is on once it is confirmed:"
            ),
            ("twofactor.enable", "确认并开启", "Confirm and turn on"),
            (
                "twofactor.requiredNotice", "系统管理员要求系统管理员和改革办用户开启两步验证。完成设置后才能继续使用系统。",
                "The administrator requires two-factor sign-in for administrators and reform offices. Set it up to go on using the system."
            ),
            ("twofactor.codesOnce", "请立即保存以下 10 个恢复码，它们只显示这一次：", "Save these 10 recovery codes now; they are shown only this once:"),
            (
                "twofactor.codesHint", "手机丢失或无法使用验证器时，每个恢复码可代替验证码登录一次。请打印或存放在安全的地方。",
                "If you lose your phone, each recovery code signs you in once in place of a code. Print them or keep them somewhere safe."
            ),
            ("twofactor.continue", "我已保存，继续", "I have saved them, go on"),
            ("twofactor.codesLeft", "剩余恢复码", "Recovery codes left"),
            ("twofactor.fewLeft", "所剩不多，请重新生成", "Few left: make new ones"),
            ("twofactor.renewCodes", "重新生成恢复码", "Make new recovery codes"),
            (
                "twofactor.renewHint", "生成 10 个新的恢复码，原有恢复码随即作废。需输入当前验证码。",
                "Makes 10 new recovery codes; the old ones stop working. Takes a current code."
            ),
            ("twofactor.disable", "关闭两步验证", "Turn off two-factor sign-in"),
            (
                "twofactor.disableHint", "关闭后登录只需密码，恢复码一并作废。需输入当前验证码。",
                "Signing in then takes only the password, and the recovery codes stop working. Takes a current code."
            ),
            ("twofactor.disableConfirm", "确定关闭两步验证？", "Turn off two-factor sign-in?"),
            ("twofactor.turnedOff", "两步验证已关闭。", "Two-factor sign-in is off."),
            ("twofactor.backToAccount", "返回我的账户", "Back to my account"),
            ("twofactor.codeTitle", "两步验证", "Two-factor sign-in"),
            ("twofactor.codeHint", "请输入身份验证器应用当前显示的 6 位验证码。", "enter the 6-digit code your authenticator app shows now."),
            (
                "twofactor.codeRecoveryHint", "手机不在身边时，可输入一个恢复码（如 k3m7q-2xw9p），每个恢复码只能使用一次。",
                "Without your phone, enter one of your recovery codes (like k3m7q-2xw9p) instead; each works once."
            ),
            ("twofactor.verify", "验证", "Verify"),
            ("twofactor.codeFailed", "验证码不正确或已使用过，请输入应用中的新验证码。", "The code is wrong or has been used: enter the app's next code."),
            (
                "twofactor.challengeExpired", "验证已超时或错误次数过多，请重新输入用户名和密码。",
                "The code step timed out or had too many wrong codes: sign in with your password again."
            ),
            ("twofactor.reset", "重置两步验证", "Reset two-factor"),
            (
                "twofactor.resetConfirm", "重置后该用户只凭密码即可登录，须重新设置两步验证（如系统要求）。确定？",
                "The user then signs in with the password alone and sets up two-factor again (where it is required). Reset it?"
            ),
            ("twofactor.resetDone", "已重置该用户的两步验证。", "The user's two-factor sign-in has been reset."),
            ("twofactor.requireLabel", "要求系统管理员和改革办用户使用两步验证", "Require two-factor sign-in for administrators and reform offices"),
            (
                "twofactor.requireHint", "开启后，尚未设置的系统管理员和改革办用户登录后须先完成设置才能使用系统；接口令牌不受影响。",
                "Once on, administrators and reform offices who have not set it up are sent to set it up before anything else when they sign in; API tokens are not affected."
            ),
            ("field.otp", "验证码", "Code"),
            ("field.recoveryCodesLeft", "剩余恢复码", "Recovery codes left"),
            ("field.twoFactorRequired", "要求两步验证", "Two-factor required"),
            ("field.secondFactor", "两步验证方式", "Second step"),
            ("deny.twoFactorSetup", "请先在网页上完成两步验证设置", "Set up two-factor sign-in on the web first"),
            ("history.action.two_factor_enabled", "开启两步验证", "Two-factor turned on"),
            ("history.action.two_factor_disabled", "关闭两步验证", "Two-factor turned off"),
            ("history.action.two_factor_reset", "重置两步验证", "Two-factor reset"),
            ("history.action.two_factor_recovery_code_used", "使用恢复码登录", "Recovery code used"),
            ("history.action.two_factor_recovery_codes_renewed", "重新生成恢复码", "Recovery codes renewed"),
            ("history.action.two_factor_requirement", "修改两步验证要求", "Two-factor requirement changed")
        ])
}
