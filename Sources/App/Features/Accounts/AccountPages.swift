import Foundation
import Hummingbird
import ReformCore

/// Signing in and out, and the user's own account page: password change and API tokens.
struct AccountPages: PageHandlers {
    let services: AppServices

    /// The login form has no session yet: its CSRF token is a double-submit cookie (a foreign site can neither read
    /// nor set it), so nobody can sign a victim into the attacker's account.
    static let loginCSRFCookie = "reform_login_csrf"

    /// Shared with the code step of a two-factor sign-in (/login/two-factor), which the cookie's path covers.
    static func loginCSRF(_ services: AppServices) -> DoubleSubmitCSRF {
        DoubleSubmitCSRF(cookieName: loginCSRFCookie, path: "/login", secure: services.config.secureCookies)
    }

    func loginForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        if context.principal != nil {
            return Response(status: .seeOther, headers: [.location: AuthMiddleware.safeNext(request.uri.queryParameters.get("next"))])
        }
        return loginPage(
            next: request.uri.queryParameters.get("next") ?? "", username: "", failed: false,
            signedOut: request.uri.queryParameters.get("signed_out") != nil, request: request, context: context,
            challengeExpired: request.uri.queryParameters.get("expired") != nil)
    }

    func login(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let f = try await request.formData()
        let next = f.string("next")
        let csrf = Self.loginCSRF(services)
        try csrf.verify(request, f)
        let address = ClientAddress.of(request, context, trustedProxies: services.config.trustedProxies)
        let outcome: AccountService.LoginOutcome
        do {
            outcome = try await services.accounts.login(
                username: f.string("username"), password: f.string("password"), address: address, next: next)
        } catch is PasswordHasher.Busy {
            outcome = .throttled(retryAfter: 5)
        }
        switch outcome {
        case .signedIn(let token, _):
            var response = Response(status: .seeOther, headers: [.location: AuthMiddleware.safeNext(next), .cacheControl: "no-store"])
            response.setCookie(sessionCookie(token, maxAge: nil))
            response.setCookie(csrf.expired)
            return response
        case .secondFactor(let challenge):
            // The form's CSRF cookie stays for the code form; the challenge lasts as long as the server keeps it.
            var response = Response(status: .seeOther, headers: [.location: TwoFactorPages.codePath, .cacheControl: "no-store"])
            response.setCookie(
                TwoFactorPages(services: services).challengeCookie(challenge, maxAge: Int(AccountService.challengeSeconds)))
            return response
        case .refused:
            return loginPage(
                next: next, username: String(f.string("username").prefix(60)), failed: true, signedOut: false,
                request: request, context: context, status: .unauthorized)
        case .throttled(let seconds):
            var response = loginPage(
                next: next, username: String(f.string("username").prefix(60)), failed: false, signedOut: false,
                request: request, context: context, status: .tooManyRequests, waitText: Self.waitText(seconds, context.language))
            response.headers[.retryAfter] = String(seconds)
            return response
        }
    }

    private func loginPage(
        next: String, username: String, failed: Bool, signedOut: Bool, request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok, waitText: String? = nil, challengeExpired: Bool = false
    ) -> Response {
        let l = context.language
        let csrf = Self.loginCSRF(services)
        let token = csrf.token(for: request)
        var response = renderer.page(
            "accounts/login", title: L10n.t("login.title", l),
            view: LoginPageView(
                next: AuthMiddleware.safeNext(next), username: username, failed: failed, signedOut: signedOut, loginCsrf: token, wait: waitText,
                challengeExpired: challengeExpired),
            context: context, request: request, status: status)
        response.setCookie(csrf.cookie(token))
        return response
    }

    /// "请 2 分钟后再试" / "Try again in 2 minutes".
    static func waitText(_ seconds: Int, _ l: Language) -> String {
        let minutes = (seconds + 59) / 60
        return seconds < 60
            ? L10n.t("login.waitSeconds", l).replacingOccurrences(of: "{n}", with: String(seconds))
            : L10n.t("login.waitMinutes", l).replacingOccurrences(of: "{n}", with: String(minutes))
    }

    func sessionCookie(_ value: String, maxAge: Int?) -> Cookie {
        // No Max-Age: the cookie ends with the browser; the server ends the session after the idle time anyway.
        Cookie(
            name: AuthMiddleware.sessionCookie, value: value, maxAge: maxAge, path: "/", secure: services.config.secureCookies,
            httpOnly: true, sameSite: .lax)
    }

    func logout(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        if case .session(let id, _) = context.authentication {
            try await services.accounts.logout(sessionId: id, principal: p)
        }
        var response = Response(status: .seeOther, headers: [.location: "/login?signed_out=1", .cacheControl: "no-store"])
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    // MARK: Account page

    func account(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await accountPage(request: request, context: context)
    }

    func accountPassword(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let f = try await request.formData()
        var keep: Int?
        if case .session(let id, _) = context.authentication { keep = id }
        do {
            try await services.accounts.changePassword(
                principal: p, current: f.string("currentPassword"), new: f.string("newPassword"),
                confirmation: f.string("confirmPassword"), keepSession: keep)
            return Response(status: .seeOther, headers: [.location: "/account?password_changed=1"])
        } catch AppError.validation(let issues) {
            return try await accountPage(passwordIssues: issues, request: request, context: context, status: .unprocessableContent)
        }
    }

    func accountTokenCreate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let f = try await request.formData()
        do {
            let days = f.string("expiresInDays")
            guard days.isEmpty || Int(days) != nil else {
                throw AppError.validation([ValidationIssue(field: "expiresInDays", code: .invalidChoice)])
            }
            let (_, token) = try await services.accounts.createToken(principal: p, name: f.string("name"), expiresInDays: Int(days))
            // Shown in this response only: it is not stored, so a reload cannot show it again.
            return try await accountPage(newToken: token, request: request, context: context, status: .created)
        } catch AppError.validation(let issues) {
            return try await accountPage(tokenIssues: issues, request: request, context: context, status: .unprocessableContent)
        }
    }

    func accountTokenRevoke(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try await services.accounts.revokeToken(principal: p, tokenId: try context.parameters.require("id", as: Int.self))
        return Response(status: .seeOther, headers: [.location: "/account"])
    }

    private func accountPage(
        passwordIssues: [ValidationIssue] = [], tokenIssues: [ValidationIssue] = [], newToken: String? = nil,
        request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let p = try context.requirePrincipal()
        let user = try await UserQueries.require(p.userId, on: sql)
        let tokens = try await UserQueries.tokens(userId: p.userId, on: sql)
        var twoFactorSince: String?, recoveryCodesLeft = 0
        if case .on(let since, let left) = try await services.twoFactor.state(userId: p.userId) {
            twoFactorSince = displayTime(since, l)
            recoveryCodesLeft = left
        }
        let view = AccountPageView(
            user: .init(
                username: user.username, displayName: user.displayName, role: L10n.t("role." + user.role, l),
                scope: [user.unitName, user.jurisdictionName].compactMap { $0 }.joined(separator: " · ").nonEmpty
                    ?? L10n.t("account.nationwide", l),
                passwordChangedAt: displayTime(user.passwordChangedAt, l)),
            passwordHint: String(format: L10n.t("account.passwordHint", l), PasswordHasher.minimumLength),
            passwordChanged: request.uri.queryParameters.get("password_changed") != nil,
            passwordIssues: passwordIssues.map { L10n.issue($0, l) }, hasPasswordIssues: !passwordIssues.isEmpty,
            tokenIssues: tokenIssues.map { L10n.issue($0, l) }, hasTokenIssues: !tokenIssues.isEmpty,
            tokens: tokens.map { t in
                .init(
                    id: t.id, name: t.name, prefix: t.prefix, createdAt: displayTime(t.createdAt, l),
                    lastUsedAt: t.lastUsedAt.map { displayTime($0, l) } ?? "—", revokedAt: t.revokedAt.map { displayTime($0, l) },
                    expiresAt: t.expiresAt.map { displayTime($0, l) } ?? "—", expired: t.expiresAt.map { $0 <= services.clock.timestamp } ?? false)
            },
            hasTokens: !tokens.isEmpty, newToken: newToken, twoFactorSince: twoFactorSince, recoveryCodesLeft: recoveryCodesLeft,
            twoFactorOff: request.uri.queryParameters.get("two_factor_off") != nil)
        return renderer.page(
            "accounts/account", title: L10n.t("account.title", l), view: view, context: context, request: request,
            status: status, active: "account")
    }
}
