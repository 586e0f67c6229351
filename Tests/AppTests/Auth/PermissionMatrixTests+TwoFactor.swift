import Foundation
import ReformCore

@testable import App

/// Two-factor sign-in's routes in the matrix: the code step is public (only a challenge cookie opens it), everyone
/// manages their own two-factor, and only the administrator resets a user's or sets the requirement.
extension PermissionMatrixTests {
    static let twoFactorEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let readers = only(accountHolders)
        /// A right code for the user's setup (started here) or, once it is on, a fresh one.
        let code: @Sendable (PermissionWorld, Who, _ enable: Bool) async throws -> String = { w, who, enable in
            guard let user = w.users[who], let principal = user.principal else { return "000000" }
            if enable {
                let (totp, _) = try await TwoFactorTests.enable(w.services, userId: user.id)
                return TwoFactorTests.nextCode(totp, w.services)
            }
            let secret = try await w.services.twoFactor.beginSetup(principal: principal)
            return TOTP(key: Base32.decode(secret) ?? []).code(at: w.services.clock.now)
        }

        // Without a challenge the code step sends everyone back to the password.
        add("GET /login/two-factor", publicRoute) { _, _ in Request(uri: "/login/two-factor") }
        add("POST /login/two-factor", publicRoute) { _, _ in
            let token = "matrix-login-token"
            return Request(
                uri: "/login/two-factor", method: .post, form: [("_csrf", token), ("otp", "000000")],
                headers: [.cookie: "\(AccountPages.loginCSRFCookie)=\(token)"])
        }
        add("GET /account/two-factor", readers) { _, _ in Request(uri: "/account/two-factor") }
        add("POST /account/two-factor", readers) { w, who in
            Request(uri: "/account/two-factor", method: .post, form: [("otp", try await code(w, who, false))])
        }
        add("POST /account/two-factor/recovery-codes", readers) { w, who in
            Request(uri: "/account/two-factor/recovery-codes", method: .post, form: [("otp", try await code(w, who, true))])
        }
        add("POST /account/two-factor/disable", readers) { w, who in
            Request(uri: "/account/two-factor/disable", method: .post, form: [("otp", try await code(w, who, true))])
        }
        add("POST /users/two-factor-requirement", only([.admin])) { _, _ in
            Request(uri: "/users/two-factor-requirement", method: .post, form: [("required", "1")])
        }
        add("POST /users/{id}/two-factor/reset", only([.admin])) { w, _ in
            let u = try await w.freshUser()
            _ = try await TwoFactorTests.enable(w.services, userId: u.id)
            return Request(uri: "/users/\(u.id)/two-factor/reset", method: .post, form: [])
        }
        return e
    }()
}
