import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import SQLKit
import Testing

@testable import App

/// Two-factor sign-in: setting it up, the code step after the password, recovery codes, the back-off on wrong codes,
/// the administrator's requirement and reset.
struct TwoFactorTests {
    /// Turns two-factor on for a user through the service at the clock's now (its step is then used); returns the
    /// generator and the recovery codes.
    static func enable(_ services: AppServices, userId: Int) async throws -> (totp: TOTP, codes: [String]) {
        let principal = try #require(try await TestAccounts(services: services).principal(of: userId))
        let secret = try await services.twoFactor.beginSetup(principal: principal)
        let totp = TOTP(key: try #require(Base32.decode(secret)))
        let codes = try await services.twoFactor.confirm(principal: principal, code: totp.code(at: services.clock.now))
        return (totp, codes)
    }

    /// The next step's code: the one the clock's own step already turned it on.
    static func nextCode(_ totp: TOTP, _ services: AppServices) -> String { totp.code(counter: totp.counter(at: services.clock.now) + 1) }

    static func cookie(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1).prefix { $0 != ";" }) }
    }

    /// A browser's password step: GET /login for the form's token, then POST it.
    struct PasswordStep {
        var response: TestResponse
        var csrf: String
        var challenge: String?
    }

    static func passwordStep(_ client: SignedInClient, username: String, next: String = "") async throws -> PasswordStep {
        let form = try await client.anonymous.get("/login")
        let csrf = try #require(cookie(AccountPages.loginCSRFCookie, in: form))
        let response = try await client.anonymous.executeRequest(
            uri: "/login", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(AccountPages.loginCSRFCookie)=\(csrf)"],
            body: ByteBuffer(
                string: FormBody.encode([("_csrf", csrf), ("username", username), ("password", TestAccounts.password), ("next", next)])))
        return PasswordStep(response: response, csrf: csrf, challenge: cookie(TwoFactorPages.challengeCookie, in: response))
    }

    static func codeStep(_ client: SignedInClient, _ step: PasswordStep, code: String) async throws -> TestResponse {
        try await client.anonymous.executeRequest(
            uri: TwoFactorPages.codePath, method: .post,
            headers: [
                .contentType: "application/x-www-form-urlencoded",
                .cookie: "\(AccountPages.loginCSRFCookie)=\(step.csrf); \(TwoFactorPages.challengeCookie)=\(step.challenge ?? "")"
            ],
            body: ByteBuffer(string: FormBody.encode([("_csrf", step.csrf), ("otp", code)])))
    }

    static func session(_ client: SignedInClient, _ services: AppServices, cookie: String) async throws -> SignedInClient {
        let csrf = try #require(
            try await services.database.sql.scalar(
                String.self, column: "csrf_token", "SELECT csrf_token FROM sessions WHERE token_hash = \(bind: SecretToken.digest(cookie))"))
        return SignedInClient(inner: client.inner, services: services, credential: .session(cookie: cookie, csrf: csrf))
    }

    static func userId(_ client: SignedInClient, _ services: AppServices) async throws -> Int {
        let username = try #require(try await client.principalUsername(services))
        let user = try #require(try await UserQueries.byUsername(username, on: services.database.sql))
        return user.id
    }

    private func actions(_ sql: any SQLDatabase, userId: Int) async throws -> [String] {
        struct Row: Decodable { var action: String }
        return try await sql.all(Row.self, "SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = \(bind: userId) ORDER BY id")
            .map(\.action)
    }

    // MARK: Setting it up

    @Test func aUserTurnsItOnWithAQRCodeAndACurrentCodeAndTheSecretIsNotShownAgain() async throws {
        try await TestApp.run { services, client in
            // given an office user signed in in a browser
            let jurisdiction = try await Fixtures(services: services).jurisdiction().id
            let office = try await client.session(as: .office, jurisdiction: jurisdiction)
            let userId = try await Self.userId(office, services)
            // when the setup page is opened
            let setup = try await office.get(TwoFactorPages.setupPath)
            let secret = try #require(
                try await services.database.sql.scalar(String.self, column: "secret", "SELECT secret FROM two_factor WHERE user_id = \(bind: userId)")
            )
            // then it shows the QR code as SVG, the key in groups of four and the otpauth URI; it is not on yet
            #expect(setup.status == .ok)
            #expect(setup.text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(setup.text.contains(Base32.grouped(secret)) && Base32.decode(secret)?.count == 20)
            #expect(setup.text.contains("otpauth://totp/ReformLedger:"))
            #expect(try await services.twoFactor.state(userId: userId) == .pending(secret: secret))
            // and in English, in English, with the same secret
            let english = try await office.get(TwoFactorPages.setupPath + "?lang=en").text
            #expect(english.contains("Set it up with an authenticator app") && english.contains(Base32.grouped(secret)))
            #expect(!english.contains("两步验证") && !english.contains("验证码"))
            // when a wrong code, then the right one, is entered
            let totp = TOTP(key: try #require(Base32.decode(secret)))
            let right = totp.code(at: services.clock.now)
            let wrong = try await office.postForm(TwoFactorPages.setupPath, [("otp", right == "123456" ? "654321" : "123456")])
            let confirmed = try await office.postForm(TwoFactorPages.setupPath, [("otp", right)])
            // then the wrong one is refused and changes nothing; the right one turns it on and shows 10 recovery codes once
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("验证码：不正确"))
            #expect(confirmed.status == .ok)
            let codes = confirmed.text.matches(of: /<code>([a-z2-7]{5}-[a-z2-7]{5})<\/code>/).map { String($0.1) }
            #expect(codes.count == 10 && Set(codes).count == 10)
            guard case .on(_, let left) = try await services.twoFactor.state(userId: userId) else {
                Issue.record("not on")
                return
            }
            #expect(left == 10)
            // and afterwards neither the secret nor the codes are shown again, and none of them is in the audit log
            let after = try await office.get(TwoFactorPages.setupPath).text
            #expect(!after.contains(Base32.grouped(secret)) && !after.contains(secret) && !after.contains("<svg"))
            #expect(!codes.contains { after.contains($0) })
            let audit = try await services.database.sql.all(AuditText.self, "SELECT changes FROM audit_log").map(\.changes).joined()
            #expect(!audit.contains(secret) && !codes.contains { audit.contains($0) })
            #expect(try await actions(services.database.sql, userId: userId).contains("two_factor_enabled"))
            // and stored codes are digests
            let stored = try await services.database.sql.all(
                AuditText.self, "SELECT code_hash AS changes FROM two_factor_recovery_codes WHERE user_id = \(bind: userId)"
            ).map(\.changes)
            #expect(stored.count == 10 && stored.allSatisfy { $0.count == 64 } && !codes.contains { stored.contains($0) })
        }
    }

    struct AuditText: Decodable { var changes: String }

    // MARK: Signing in

    @Test func aSignInWithTwoFactorTakesTheCodeAndTheHalfSignedInStateOpensNothing() async throws {
        try await TestApp.run { services, client in
            // given a user with two-factor on
            let user = try await TestAccounts(services: services).user(.admin)
            let (totp, _) = try await Self.enable(services, userId: user.user.id)
            // when the password is right
            let step = try await Self.passwordStep(client, username: user.username, next: "/ledger")
            // then the browser is sent to the code step with a challenge, and no session
            #expect(step.response.status == .seeOther && step.response.headers[.location] == TwoFactorPages.codePath)
            let challenge = try #require(step.challenge)
            #expect(Self.cookie(AuthMiddleware.sessionCookie, in: step.response) == nil)
            let challengeHeader = "\(TwoFactorPages.challengeCookie)=\(challenge); \(AccountPages.loginCSRFCookie)=\(step.csrf)"
            // when the half-signed-in browser asks for pages and the API, with the challenge as it is or as a session cookie
            let ledger = try await client.anonymous.get("/ledger", headers: [.cookie: challengeHeader])
            let api = try await client.anonymous.get("/api/v1/me", headers: [.cookie: challengeHeader])
            let asSession = try await client.anonymous.get("/ledger", headers: [.cookie: "\(AuthMiddleware.sessionCookie)=\(challenge)"])
            let apiAsSession = try await client.anonymous.get("/api/v1/plans", headers: [.cookie: "\(AuthMiddleware.sessionCookie)=\(challenge)"])
            let codePage = try await client.anonymous.get(TwoFactorPages.codePath, headers: [.cookie: challengeHeader])
            // then nothing opens but the code form
            #expect(ledger.status == .seeOther && ledger.headers[.location]?.hasPrefix("/login") == true)
            #expect(api.status == .unauthorized && apiAsSession.status == .unauthorized)
            #expect(asSession.status == .seeOther && asSession.headers[.location]?.hasPrefix("/login") == true)
            #expect(codePage.status == .ok && codePage.text.contains("name=\"otp\""))
            // when the code is entered
            let signedIn = try await Self.codeStep(client, step, code: Self.nextCode(totp, services))
            // then the browser is signed in and goes where it asked
            #expect(signedIn.status == .seeOther && signedIn.headers[.location] == "/ledger")
            let cookie = try #require(Self.cookie(AuthMiddleware.sessionCookie, in: signedIn))
            #expect(Self.cookie(TwoFactorPages.challengeCookie, in: signedIn) == "")
            let browser = try await Self.session(client, services, cookie: cookie)
            #expect(try await browser.get("/ledger").status == .ok)
            #expect(try await actions(services.database.sql, userId: user.user.id).last == "login")
        }
    }

    @Test func aCodeThatHasSignedInOnceIsRefused() async throws {
        try await TestApp.run { services, client in
            // given a user who signed in with the next step's code
            let user = try await TestAccounts(services: services).user(.admin)
            let (totp, _) = try await Self.enable(services, userId: user.user.id)
            let code = Self.nextCode(totp, services)
            let first = try await Self.codeStep(client, try await Self.passwordStep(client, username: user.username), code: code)
            #expect(first.status == .seeOther && Self.cookie(AuthMiddleware.sessionCookie, in: first) != nil)
            // when the same code (say, seen over a shoulder) is used again, and then the current step's older code
            let again = try await Self.passwordStep(client, username: user.username)
            let replay = try await Self.codeStep(client, again, code: code)
            let older = try await Self.codeStep(client, again, code: totp.code(at: services.clock.now))
            // then both are refused and nobody is signed in
            #expect(replay.status == .unauthorized && replay.text.contains(L10n.t("twofactor.codeFailed", .zh)))
            #expect(older.status == .unauthorized)
            #expect(Self.cookie(AuthMiddleware.sessionCookie, in: replay) == nil)
            #expect(try await actions(services.database.sql, userId: user.user.id).suffix(2) == ["login_failed", "login_failed"])
        }
    }

    @Test func aRecoveryCodeSignsInOnceAndNewCodesEndTheOldOnes() async throws {
        try await TestApp.run { services, client in
            // given a user with two-factor on and their recovery codes
            let user = try await TestAccounts(services: services).user(.admin)
            let (totp, codes) = try await Self.enable(services, userId: user.user.id)
            // when one recovery code (typed in capitals, without the hyphen) is used twice
            let typed = codes[0].uppercased().replacingOccurrences(of: "-", with: "")
            let first = try await Self.codeStep(client, try await Self.passwordStep(client, username: user.username), code: typed)
            let second = try await Self.codeStep(client, try await Self.passwordStep(client, username: user.username), code: codes[0])
            // then it signs in the first time only, and the audit log says one was used and how many are left
            #expect(first.status == .seeOther && Self.cookie(AuthMiddleware.sessionCookie, in: first) != nil)
            #expect(second.status == .unauthorized)
            let sql = services.database.sql
            #expect(try await actions(sql, userId: user.user.id).contains("two_factor_recovery_code_used"))
            let left = try await sql.scalar(
                String.self, column: "changes", "SELECT changes FROM audit_log WHERE action = 'two_factor_recovery_code_used'")
            #expect(left?.contains("\"recoveryCodesLeft\":[null,\"9\"]") == true)
            // when new codes are made (with a current code)
            let principal = try #require(try await TestAccounts(services: services).principal(of: user.user.id))
            let fresh = try await services.twoFactor.regenerateRecoveryCodes(principal: principal, code: Self.nextCode(totp, services))
            // then an old unused code no longer works and a new one does
            let old = try await Self.codeStep(client, try await Self.passwordStep(client, username: user.username), code: codes[1])
            let new = try await Self.codeStep(client, try await Self.passwordStep(client, username: user.username), code: fresh[0])
            #expect(old.status == .unauthorized)
            #expect(new.status == .seeOther && Self.cookie(AuthMiddleware.sessionCookie, in: new) != nil)
            #expect(fresh.count == 10 && Set(fresh).isDisjoint(with: codes))
        }
    }

    @Test func wrongCodesCountInTheLoginBackOffAndARightPasswordDoesNotWipeThem() async throws {
        try await TestApp.run { services, _ in
            // given a user with two-factor on, whose password someone knows
            let user = try await TestAccounts(services: services).user(.admin)
            let (totp, _) = try await Self.enable(services, userId: user.user.id)
            let accounts = services.accounts
            let now = services.clock.now
            func challenge(_ address: String) async throws -> String {
                guard
                    case .secondFactor(let c) = try await accounts.login(
                        username: user.username, password: TestAccounts.password, address: address, now: now)
                else { throw AppError.internalError("no challenge") }
                return c
            }
            // when four wrong codes go to one challenge, the password is entered again, and a fifth wrong code follows
            let first = try await challenge("203.0.113.9")
            for guess in ["000001", "000002", "000003", "000004"] {
                #expect(try await accounts.completeSecondFactor(challenge: first, code: guess, address: "203.0.113.9", now: now) == .refused)
            }
            let second = try await challenge("203.0.113.9")
            #expect(try await accounts.completeSecondFactor(challenge: second, code: "000005", address: "203.0.113.9", now: now) == .refused)
            // then even the right code must wait (429 with Retry-After at the page), and so must the password
            let right = totp.code(counter: totp.counter(at: now) + 1)
            #expect(
                try await accounts.completeSecondFactor(challenge: second, code: right, address: "203.0.113.9", now: now)
                    == .throttled(retryAfter: 30))
            #expect(
                try await accounts.login(username: user.username, password: TestAccounts.password, address: "203.0.113.9", now: now)
                    == .throttled(retryAfter: 30))
            // and guessing from another address is slowed too (the account's own code back-off)
            let elsewhere = try await challenge("198.51.100.7")
            #expect(
                try await accounts.completeSecondFactor(challenge: elsewhere, code: right, address: "198.51.100.7", now: now)
                    == .throttled(retryAfter: 30))
            // when the wait is over, the right code signs in
            let later = now.addingTimeInterval(31)
            let laterCode = totp.code(at: later)
            guard case .signedIn = try await accounts.completeSecondFactor(challenge: elsewhere, code: laterCode, address: "198.51.100.7", now: later)
            else {
                Issue.record("not signed in after the wait")
                return
            }
        }
    }

    @Test func aChallengeEndsAfterFiveWrongCodesOrFiveMinutes() async throws {
        try await TestApp.run { services, client in
            // given a user with two-factor on
            let user = try await TestAccounts(services: services).user(.admin)
            let (totp, _) = try await Self.enable(services, userId: user.user.id)
            let accounts = services.accounts
            let now = services.clock.now
            // when a challenge is answered more than five minutes later
            guard case .secondFactor(let late) = try await accounts.login(username: user.username, password: TestAccounts.password, now: now)
            else { throw AppError.internalError("no challenge") }
            let after = now.addingTimeInterval(AccountService.challengeSeconds + 1)
            // then it has expired, even with the right code
            #expect(try await accounts.completeSecondFactor(challenge: late, code: totp.code(at: after), now: after) == .expired)
            // when a browser's challenge takes five wrong codes
            let step = try await Self.passwordStep(client, username: user.username)
            var last: TestResponse?
            for guess in ["000011", "000012", "000013", "000014", "000015"] { last = try await Self.codeStep(client, step, code: guess) }
            // then the fifth sends it back to the password, saying why
            #expect(last?.status == .seeOther && last?.headers[.location] == "/login?expired=1")
            let login = try await client.anonymous.get("/login?expired=1")
            #expect(login.text.contains(L10n.t("twofactor.challengeExpired", .zh)))
        }
    }

    @Test func aNewPasswordEndsTheSignInsWaitingForTheirCode() async throws {
        try await TestApp.run { services, client in
            // given a user with two-factor on, and two sign-ins that passed the old password and wait for a code
            let user = try await TestAccounts(services: services).user(.admin)
            let (totp, _) = try await Self.enable(services, userId: user.user.id)
            let now = services.clock.now
            func challenge() async throws -> String {
                guard
                    case .secondFactor(let c) = try await services.accounts.login(username: user.username, password: TestAccounts.password, now: now)
                else { throw AppError.internalError("no challenge") }
                return c
            }
            let beforeReset = try await challenge()
            // when an administrator sets a new password
            try await services.users.resetPassword(user.user.id, password: "Shenzhen-reform-2027", actor: "admin")
            // then the waiting sign-in ends, even with the right code
            #expect(
                try await services.accounts.completeSecondFactor(challenge: beforeReset, code: Self.nextCode(totp, services), now: now) == .expired)
            // and when the user changes the password themself, a sign-in waiting elsewhere ends as well
            let holder = try #require(try await TestAccounts(services: services).principal(of: user.user.id))
            let elsewhere = try await services.accounts.login(username: user.username, password: "Shenzhen-reform-2027", now: now)
            guard case .secondFactor(let waiting) = elsewhere else { throw AppError.internalError("no challenge") }
            try await services.accounts.changePassword(
                principal: holder, current: "Shenzhen-reform-2027", new: "Longhua-pilot-2028", confirmation: "Longhua-pilot-2028", keepSession: nil)
            #expect(try await services.accounts.completeSecondFactor(challenge: waiting, code: Self.nextCode(totp, services), now: now) == .expired)
        }
    }

    @Test func theCodeStepNeedsTheFormsCSRFCookie() async throws {
        try await TestApp.run { services, client in
            // given a challenge
            let user = try await TestAccounts(services: services).user(.admin)
            let (totp, _) = try await Self.enable(services, userId: user.user.id)
            let step = try await Self.passwordStep(client, username: user.username)
            // when the code is posted with a token that does not match the cookie (a foreign site's form)
            let forged = try await client.anonymous.executeRequest(
                uri: TwoFactorPages.codePath, method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded",
                    .cookie: "\(AccountPages.loginCSRFCookie)=\(step.csrf); \(TwoFactorPages.challengeCookie)=\(step.challenge ?? "")"
                ],
                body: ByteBuffer(string: FormBody.encode([("_csrf", "forged"), ("otp", Self.nextCode(totp, services))])))
            // then it is refused
            #expect(forged.status == .forbidden)
            #expect(Self.cookie(AuthMiddleware.sessionCookie, in: forged) == nil)
        }
    }

    // MARK: The requirement and the administrator

    @Test func whenRequiredAnOfficeWithoutItIsSentToSetItUpFromEveryPage() async throws {
        try await TestApp.run { services, client in
            // given an office and a liaison signed in, and the requirement off (the default)
            let fixtures = Fixtures(services: services)
            let jurisdiction = try await fixtures.jurisdiction().id
            let unit = try await fixtures.unit("区发展改革局", in: jurisdiction)
            let office = try await client.session(as: .office, jurisdiction: jurisdiction)
            let liaison = try await client.session(as: .liaison, unit: unit.id)
            let officeToken = try await client.as(.office, jurisdiction: jurisdiction)
            #expect(try await services.twoFactor.isRequired() == false)
            #expect(try await office.get("/ledger").status == .ok)
            // when the administrator requires it
            let set = try await client.session(as: .admin).postForm("/users/two-factor-requirement", [("required", "0"), ("required", "1")])
            #expect(set.status == .seeOther)
            #expect(try await services.twoFactor.isRequired())
            // then the office's pages all lead to the setup, its session cannot use the API, and the setup page opens
            for path in ["/", "/ledger", "/account", "/users"] {
                let r = try await office.get(path)
                #expect(r.status == .seeOther && r.headers[.location] == TwoFactorPages.setupPath, "\(path)")
            }
            #expect(try await office.get("/api/v1/me").status == .forbidden)
            let setup = try await office.get(TwoFactorPages.setupPath)
            #expect(setup.status == .ok && setup.text.contains(L10n.t("twofactor.requiredNotice", .zh)))
            // and a liaison and an API token are not held to it
            #expect(try await liaison.get("/ledger").status == .ok)
            #expect(try await officeToken.get("/api/v1/me").status == .ok)
            // when the office sets it up
            let userId = try await Self.userId(office, services)
            let secret = try #require(
                try await services.database.sql.scalar(String.self, column: "secret", "SELECT secret FROM two_factor WHERE user_id = \(bind: userId)")
            )
            let done = try await office.postForm(
                TwoFactorPages.setupPath, [("otp", TOTP(key: try #require(Base32.decode(secret))).code(at: services.clock.now))])
            #expect(done.status == .ok)
            // then the pages open again
            #expect(try await office.get("/ledger").status == .ok)
            #expect(
                try await services.database.sql.scalar(
                    Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'two_factor_requirement'") == 1)
        }
    }

    @Test func anAdministratorResetsALostPhoneAndTheUserSignsInWithThePassword() async throws {
        try await TestApp.run { services, client in
            // given a user with two-factor on
            let user = try await TestAccounts(services: services).user(.admin)
            _ = try await Self.enable(services, userId: user.user.id)
            let admin = try await client.session(as: .admin)
            #expect(try await admin.get("/users").text.contains("/users/\(user.user.id)/two-factor/reset"))
            // when the administrator resets it
            let reset = try await admin.postForm("/users/\(user.user.id)/two-factor/reset", [])
            // then it is off, audited, and the password alone signs in
            #expect(reset.status == .seeOther && reset.headers[.location] == "/users?two_factor_reset=\(user.user.id)")
            #expect(try await services.twoFactor.state(userId: user.user.id) == .off)
            #expect(try await actions(services.database.sql, userId: user.user.id).contains("two_factor_reset"))
            let step = try await Self.passwordStep(client, username: user.username)
            #expect(step.response.status == .seeOther && Self.cookie(AuthMiddleware.sessionCookie, in: step.response) != nil)
        }
    }

    @Test func turningItOffTakesACurrentCode() async throws {
        try await TestApp.run { services, client in
            // given a signed-in user who then turned two-factor on
            let browser = try await client.session(as: .admin)
            let userId = try await Self.userId(browser, services)
            let (totp, _) = try await Self.enable(services, userId: userId)
            // when it is turned off with a wrong code, and with the code its setup used
            let wrong = try await browser.postForm("/account/two-factor/disable", [("otp", "000000")])
            let used = try await browser.postForm("/account/two-factor/disable", [("otp", totp.code(at: services.clock.now))])
            // then both are refused and it stays on
            #expect(wrong.status == .unprocessableContent && used.status == .unprocessableContent)
            #expect(try await services.twoFactor.state(userId: userId) != .off)
            // when a fresh code is given
            let off = try await browser.postForm("/account/two-factor/disable", [("otp", Self.nextCode(totp, services))])
            // then it is off and audited
            #expect(off.status == .seeOther && off.headers[.location] == "/account?two_factor_off=1")
            #expect(try await services.twoFactor.state(userId: userId) == .off)
            #expect(try await actions(services.database.sql, userId: userId).last == "two_factor_disabled")
            #expect(try await browser.get("/account?two_factor_off=1").text.contains(L10n.t("twofactor.turnedOff", .zh)))
        }
    }
}

extension SignedInClient {
    /// The username of a session client's user.
    func principalUsername(_ services: AppServices) async throws -> String? {
        guard case .session(let cookie, _) = credential else { return nil }
        return try await services.accounts.session(token: cookie)?.principal.username
    }
}
