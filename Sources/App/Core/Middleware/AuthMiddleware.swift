import Foundation
import Hummingbird

/// Resolves the session cookie or the bearer token to a `Principal` (one indexed lookup) and keeps everyone else
/// out of all but the public routes: pages redirect to the login page, /api answers 401. A session whose user must set
/// up two-factor sign-in first reaches only its setup page (API tokens are not held to it: see `TwoFactorService`).
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let accounts: AccountService

    static let sessionCookie = "reform_session"

    /// Reachable without signing in. /metrics is not: it needs an admin (a Prometheus scraper sends an API token).
    static func isPublic(_ path: String) -> Bool {
        path == "/login" || path == TwoFactorPages.codePath || path == "/setup" || path == "/health" || path == "/api/openapi.json"
            || path.hasPrefix("/static/")
            || path.hasPrefix(EvaluationFeature.publicPrefix)
            || path.hasPrefix("/static/") || PublicSite.isPublicPath(path)
    }

    /// Machine endpoints: without credentials they answer 401, not a redirect to the login page.
    static func isAPI(_ path: String) -> Bool { path.hasPrefix("/api/") || path == "/metrics" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let path = request.uri.path
        // The public side is the same for everyone: no session or token is read there, so no page of it can differ by
        // who asks, and its form carries its own signed token instead of the session's (see `PublicSite`).
        if PublicSite.isPublicPath(path) { return try await next(request, context) }
        if let header = request.headers[.authorization] {
            // A token that is wrong is an error even where none is needed: the client meant to authenticate.
            guard let token = Self.bearer(header), let resolved = try await accounts.apiToken(token) else {
                throw AppError.unauthenticated
            }
            context.principal = resolved.principal
            context.authentication = resolved.authentication
        } else if let cookie = request.cookies[Self.sessionCookie]?.value, !cookie.isEmpty,
            let resolved = try await accounts.session(token: cookie)
        {
            context.principal = resolved.principal
            context.authentication = resolved.authentication
            if resolved.mustSetUpTwoFactor, !TwoFactorPages.reachableBeforeSetup(path) {
                if Self.isAPI(path) { throw AppError.forbidden(action: "twoFactorSetup") }
                return Response(status: .seeOther, headers: [.location: TwoFactorPages.setupPath, .cacheControl: "no-store"])
            }
        }
        if context.principal == nil, !Self.isPublic(path) {
            if Self.isAPI(path) { throw AppError.unauthenticated }
            return Self.redirectToLogin(request)
        }
        return try await next(request, context)
    }

    static func bearer(_ header: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// A page asked for without a session: back here after signing in (for a GET; a form post starts again).
    static func redirectToLogin(_ request: Request) -> Response {
        var target = "/login"
        if request.method == .get || request.method == .head {
            let here = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            if here != "/" { target += "?next=" + QueryString.escape(here) }
        }
        return Response(status: .seeOther, headers: [.location: target, .cacheControl: "no-store"])
    }

    /// Only a local path may follow a login: "/ledger?x=1" yes; "//evil.example", "https://…", "/\\evil" no.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"), next.utf8.count <= 2000,
            !next.contains(where: { $0.isNewline || $0 == "\\" }), !next.hasPrefix("/login")
        else { return "/" }
        return next
    }
}
