import Foundation
import Hummingbird
import ReformCore

/// Two-factor sign-in pages: the code step after the password, the user's own setup and management page, and the
/// administrator's reset and requirement (see `TwoFactorService`).
struct TwoFactorPages: PageHandlers {
    let services: AppServices

    /// The code step of a sign-in. Public (there is no session yet); only a valid challenge cookie opens it.
    static let codePath = "/login/two-factor"
    /// The user's setup and management page; where a user who must set it up is sent from every other page.
    static let setupPath = "/account/two-factor"
    /// Holds the challenge between the password and the code. Scoped to /login, like the sign-in form's CSRF cookie.
    static let challengeCookie = "reform_login_challenge"

    /// What a session that must set up two-factor first may still reach: the setup page and its forms, signing out,
    /// and the stylesheet and script.
    static func reachableBeforeSetup(_ path: String) -> Bool {
        path == setupPath || path.hasPrefix(setupPath + "/") || path == "/logout" || path.hasPrefix("/static/")
    }

    var loginCSRF: DoubleSubmitCSRF { AccountPages.loginCSRF(services) }

    func challengeCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: Self.challengeCookie, value: value, maxAge: maxAge, path: "/login", secure: services.config.secureCookies, httpOnly: true,
            sameSite: .strict)
    }

    // MARK: The code step

    struct CodeView {
        var loginCsrf: String
        var displayName: String
        var failed: Bool
        var wait: String?
    }

    func codeForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let challenge = request.cookies[Self.challengeCookie]?.value,
            let user = try await services.accounts.challengeUser(challenge)
        else { return Self.backToLogin(expired: true) }
        return codePage(user: user, failed: false, request: request, context: context)
    }

    func code(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let f = try await request.formData()
        try loginCSRF.verify(request, f)
        let challenge = request.cookies[Self.challengeCookie]?.value ?? ""
        let address = ClientAddress.of(request, context, trustedProxies: services.config.trustedProxies)
        switch try await services.accounts.completeSecondFactor(challenge: challenge, code: f.string("otp"), address: address) {
        case .signedIn(let token, _, let next):
            var response = Response(status: .seeOther, headers: [.location: AuthMiddleware.safeNext(next), .cacheControl: "no-store"])
            response.setCookie(AccountPages(services: services).sessionCookie(token, maxAge: nil))
            response.setCookie(loginCSRF.expired)
            response.setCookie(challengeCookie("", maxAge: 0))
            return response
        case .refused:
            guard let user = try await services.accounts.challengeUser(challenge) else { return Self.backToLogin(expired: true) }
            return codePage(user: user, failed: true, request: request, context: context, status: .unauthorized)
        case .expired:
            var response = Self.backToLogin(expired: true)
            response.setCookie(challengeCookie("", maxAge: 0))
            return response
        case .throttled(let seconds):
            guard let user = try await services.accounts.challengeUser(challenge) else { return Self.backToLogin(expired: true) }
            var response = codePage(
                user: user, failed: false, request: request, context: context, status: .tooManyRequests,
                wait: AccountPages.waitText(seconds, context.language))
            response.headers[.retryAfter] = String(seconds)
            return response
        }
    }

    static func backToLogin(expired: Bool) -> Response {
        Response(status: .seeOther, headers: [.location: expired ? "/login?expired=1" : "/login", .cacheControl: "no-store"])
    }

    private func codePage(
        user: UserRecord, failed: Bool, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, wait: String? = nil
    ) -> Response {
        let token = loginCSRF.token(for: request)
        var response = renderer.page(
            "accounts/login_code", title: L10n.t("twofactor.codeTitle", context.language),
            view: CodeView(loginCsrf: token, displayName: user.displayName, failed: failed, wait: wait), context: context, request: request,
            status: status)
        response.setCookie(loginCSRF.cookie(token))
        return response
    }

    // MARK: The user's own page

    struct SetupView {
        /// The requirement sent the user here.
        var required: Bool
        var setup: Setup?
        var enabled: Enabled?
        /// Recovery codes made just now: shown in this response only.
        var recoveryCodes: [String]
        var hasRecoveryCodes: Bool
        var issues: [String]
        var hasIssues: Bool

        struct Setup {
            var qrSVG: String?
            var uri: String
            var groupedSecret: String
        }
        struct Enabled {
            var since: String
            var recoveryCodesLeft: Int
            var fewLeft: Bool
        }
    }

    func setupPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await page(request: request, context: context)
    }

    func confirm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let f = try await request.formData()
        do {
            let codes = try await services.twoFactor.confirm(principal: p, code: f.string("otp"))
            return try await page(recoveryCodes: codes, request: request, context: context)
        } catch AppError.validation(let issues) {
            return try await page(issues: issues, request: request, context: context, status: .unprocessableContent)
        }
    }

    func renewRecoveryCodes(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let f = try await request.formData()
        do {
            let codes = try await services.twoFactor.regenerateRecoveryCodes(principal: p, code: f.string("otp"))
            return try await page(recoveryCodes: codes, request: request, context: context)
        } catch AppError.validation(let issues) {
            return try await page(issues: issues, request: request, context: context, status: .unprocessableContent)
        }
    }

    func disable(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let f = try await request.formData()
        do {
            try await services.twoFactor.disable(principal: p, code: f.string("otp"))
            return Response(status: .seeOther, headers: [.location: "/account?two_factor_off=1"])
        } catch AppError.validation(let issues) {
            return try await page(issues: issues, request: request, context: context, status: .unprocessableContent)
        }
    }

    private func page(
        recoveryCodes: [String]? = nil, issues: [ValidationIssue] = [], request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let p = try context.requirePrincipal()
        var view = SetupView(
            required: try await services.twoFactor.isRequired() && TwoFactorService.requiredRoles.contains(p.role),
            recoveryCodes: recoveryCodes ?? [], hasRecoveryCodes: !(recoveryCodes ?? []).isEmpty,
            issues: issues.map { L10n.issue($0, l) }, hasIssues: !issues.isEmpty)
        switch try await services.twoFactor.state(userId: p.userId) {
        case .on(let since, let left):
            view.enabled = .init(since: displayTime(since, l), recoveryCodesLeft: left, fewLeft: left <= 3)
        case .off, .pending:
            // Opening the page starts a setup (the secret is kept until it is confirmed or abandoned).
            let secret = try await services.twoFactor.beginSetup(principal: p)
            let uri = TOTP.provisioningURI(secret: secret, username: p.username, issuer: TwoFactorService.issuer)
            view.setup = .init(
                qrSVG: try? QRCode.encode(uri).svg(moduleSize: 5, label: L10n.t("twofactor.qrLabel", l)), uri: uri,
                groupedSecret: Base32.grouped(secret))
        }
        return renderer.page(
            "accounts/two_factor", title: L10n.t("twofactor.title", l), view: view, context: context, request: request, status: status,
            active: "account")
    }

    // MARK: Administration

    func reset(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canManageUsers(p), "users")
        let id = try context.parameters.require("id", as: Int.self)
        try await services.twoFactor.reset(userId: id, actor: p.actorName)
        return Response(status: .seeOther, headers: [.location: "/users?two_factor_reset=\(id)"])
    }

    func requirement(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canManageUsers(p), "users")
        let f = try await request.formData()
        try await services.twoFactor.setRequired(f.string("required") == "1", actor: p)
        return Response(status: .seeOther, headers: [.location: "/users"])
    }
}
