import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SQLKit
import Testing

@testable import App

/// Signing in and out, sessions, lockout, CSRF, passwords and API tokens.
struct AuthTests {
    private func actions(_ sql: any SQLDatabase, userId: Int) async throws -> [String] {
        struct Row: Decodable { var action: String }
        return try await sql.all(Row.self, "SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = \(bind: userId) ORDER BY id")
            .map(\.action)
    }

    private func loginCookies(_ response: TestResponse) -> [String] {
        response.headers[values: .setCookie]
    }

    /// GET /login, then POST it with the double-submit token as a browser would.
    private func browserLogin(_ client: SignedInClient, username: String, password: String, next: String = "") async throws -> TestResponse {
        let form = try await client.anonymous.get("/login")
        let cookie = try #require(loginCookies(form).first { $0.hasPrefix(AccountPages.loginCSRFCookie + "=") })
        let token = String(cookie.dropFirst(AccountPages.loginCSRFCookie.count + 1).prefix { $0 != ";" })
        #expect(form.text.contains("name=\"_csrf\" value=\"\(token)\""))
        return try await client.anonymous.executeRequest(
            uri: "/login", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(AccountPages.loginCSRFCookie)=\(token)"],
            body: ByteBuffer(string: FormBody.encode([("_csrf", token), ("username", username), ("password", password), ("next", next)])))
    }

    @Test func anonymousPagesRedirectToLoginAndTheAPIAnswers401() async throws {
        try await TestApp.run { _, client in
            // when
            let page = try await client.anonymous.get("/ledger?status=done")
            let api = try await client.anonymous.get("/api/v1/plans")
            let health = try await client.anonymous.get("/health")
            let spec = try await client.anonymous.get("/api/openapi.json")
            // then
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login?next=%2Fledger%3Fstatus%3Ddone")
            #expect(api.status == .unauthorized)
            #expect(api.apiError?.code == "unauthorized")
            #expect(api.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(health.status == .ok)
            #expect(spec.status == .ok)
        }
    }

    @Test func aBrowserSignsInAndGetsAnHttpOnlyLaxSessionCookie() async throws {
        try await TestApp.run { services, client in
            // given
            let user = try await TestAccounts(services: services).user(
                .viewer, jurisdiction: try await Fixtures(services: services).jurisdiction().id)
            // when
            let response = try await browserLogin(client, username: user.username, password: TestAccounts.password, next: "/ledger?plan=1")
            // then
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/ledger?plan=1")
            let session = try #require(loginCookies(response).first { $0.hasPrefix(AuthMiddleware.sessionCookie + "=") })
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Lax"))
            let value = String(session.dropFirst(AuthMiddleware.sessionCookie.count + 1).prefix { $0 != ";" })
            let stored = try await services.database.sql.scalar(
                Int.self, column: "n",
                "SELECT COUNT(*) AS n FROM sessions WHERE token_hash = \(bind: SecretToken.digest(value))")
            #expect(stored == 1)
            let ledger = try await client.anonymous.get("/ledger", headers: [.cookie: "\(AuthMiddleware.sessionCookie)=\(value)"])
            #expect(ledger.status == .ok)
            #expect(ledger.text.contains(user.user.displayName))
        }
    }

    @Test func aSecondVisitToTheLoginPageKeepsTheTokenTheFirstFormCarries() async throws {
        try await TestApp.run { services, client in
            // given: a browser shows the form, then fetches /favicon.ico, which (signed out) lands on /login again
            let user = try await TestAccounts(services: services).user(
                .viewer, jurisdiction: try await Fixtures(services: services).jurisdiction().id)
            let form = try await client.anonymous.get("/login")
            let cookie = try #require(loginCookies(form).first { $0.hasPrefix(AccountPages.loginCSRFCookie + "=") })
            let token = String(cookie.dropFirst(AccountPages.loginCSRFCookie.count + 1).prefix { $0 != ";" })
            let again = try await client.anonymous.get(
                "/login?next=%2Ffavicon.ico",
                headers: [.cookie: "\(AccountPages.loginCSRFCookie)=\(token)"])
            let icon = try await client.anonymous.get("/static/favicon.svg")
            // when: the first form is submitted with the cookie the browser now holds
            let held = try #require(loginCookies(again).first { $0.hasPrefix(AccountPages.loginCSRFCookie + "=") })
            let heldToken = String(held.dropFirst(AccountPages.loginCSRFCookie.count + 1).prefix { $0 != ";" })
            let response = try await client.anonymous.executeRequest(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(AccountPages.loginCSRFCookie)=\(heldToken)"],
                body: ByteBuffer(string: FormBody.encode([("_csrf", token), ("username", user.username), ("password", TestAccounts.password)])))
            // then
            #expect(heldToken == token)
            #expect(icon.status == .ok)
            #expect(response.status == .seeOther)
            #expect(loginCookies(response).contains { $0.hasPrefix(AuthMiddleware.sessionCookie + "=") })
        }
    }

    @Test func loginRefusesAForeignNextAndAPostWithoutItsToken() async throws {
        // then
        #expect(AuthMiddleware.safeNext("//evil.example/x") == "/")
        #expect(AuthMiddleware.safeNext("https://evil.example") == "/")
        #expect(AuthMiddleware.safeNext("/\\evil.example") == "/")
        #expect(AuthMiddleware.safeNext("/plans/3") == "/plans/3")
        try await TestApp.run { services, client in
            // given
            let user = try await TestAccounts(services: services).user(.admin)
            // when
            let noToken = try await client.anonymous.postForm("/login", [("username", user.username), ("password", TestAccounts.password)])
            let foreign = try await browserLogin(client, username: user.username, password: TestAccounts.password, next: "//evil.example")
            // then
            #expect(noToken.status == .forbidden)
            #expect(foreign.headers[.location] == "/")
        }
    }

    @Test func fiveWrongPasswordsMakeTheBrowserWaitWith429AndTheWaitEnds() async throws {
        try await TestApp.run { services, client in
            // given
            let user = try await TestAccounts(services: services).user(.admin)
            let sql = services.database.sql
            // when
            var failures: [TestResponse] = []
            for _ in 0..<5 { failures.append(try await browserLogin(client, username: user.username, password: "wrong password!")) }
            let waiting = try await browserLogin(client, username: user.username, password: TestAccounts.password)
            let unknown = try await browserLogin(client, username: "nobody-here", password: "wrong password!")
            // then: the five are refused with the same words as an unknown user, the sixth waits without being checked
            #expect(failures.allSatisfy { $0.status == .unauthorized && $0.text.contains(L10n.t("login.failed", .zh)) })
            #expect(unknown.status == .unauthorized && unknown.text.contains(L10n.t("login.failed", .zh)))
            #expect(waiting.status == .tooManyRequests)
            #expect(waiting.headers[.retryAfter] == "30")
            #expect(waiting.text.contains("尝试次数过多") && waiting.text.contains("请 30 秒后再试"))
            #expect(waiting.text.contains(L10n.t("login.policy", .zh)))
            // the account itself is not locked: no lock is written, and five audit rows say why each failed
            #expect(try await UserQueries.require(user.user.id, on: sql).lockedUntil == nil)
            #expect(try await actions(sql, userId: user.user.id).filter { $0.hasPrefix("login") } == Array(repeating: "login_failed", count: 5))
            // when the wait is over
            try await sql.execute("UPDATE login_throttle SET blocked_until = \(bind: Timestamp.of(services.clock.now.addingTimeInterval(-1)))")
            let after = try await browserLogin(client, username: user.username, password: TestAccounts.password)
            // then
            #expect(after.status == .seeOther)
            #expect(try await actions(sql, userId: user.user.id).last == "login")
            let auditPage = try await client.get("/audit?entity=user&actor=\(user.username)").text
            #expect(auditPage.contains("密码错误"))
        }
    }

    @Test func wrongGuessesFromOneAddressDoNotLockTheUserOutElsewhere() async throws {
        try await TestApp.run { services, _ in
            // given: someone guesses the director's password from 203.0.113.9
            let user = try await TestAccounts(services: services).user(.admin)
            let accounts = services.accounts
            let start = services.clock.now
            for _ in 0..<5 {
                #expect(try await accounts.login(username: user.username, password: "guess guess", address: "203.0.113.9", now: start) == .refused)
            }
            // when
            let attacker = try await accounts.login(username: user.username, password: "guess guess", address: "203.0.113.9", now: start)
            let director = try await accounts.login(username: user.username, password: TestAccounts.password, address: "10.1.2.3", now: start)
            // then: the guesser waits, the director signs in from the office
            #expect(attacker == .throttled(retryAfter: 30))
            if case .signedIn = director {} else { Issue.record("the director could not sign in: \(director)") }
            // when: the guesser goes on after each wait, the waits double up to fifteen minutes
            var now = start.addingTimeInterval(31)
            var waits: [Int] = []
            for _ in 0..<8 {
                #expect(try await accounts.login(username: user.username, password: "guess guess", address: "203.0.113.9", now: now) == .refused)
                guard case .throttled(let wait) = try await accounts.login(username: user.username, password: "x", address: "203.0.113.9", now: now)
                else {
                    Issue.record("no wait after a failure")
                    return
                }
                waits.append(wait)
                now = now.addingTimeInterval(Double(wait) + 1)
            }
            // then
            #expect(waits == [60, 120, 240, 480, 900, 900, 900, 900])
        }
    }

    @Test func oneAddressTryingManyNamesIsPausedAndUnknownNamesWriteNoAuditRows() async throws {
        try await TestApp.run { services, _ in
            // given
            let accounts = services.accounts
            let before = try await services.database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log") ?? 0
            // when: thirty different unknown names from one address
            for i in 0..<LoginThrottle.addressLimit {
                #expect(try await accounts.login(username: "guess\(i)", password: "password \(i)", address: "198.51.100.7") == .refused)
            }
            let next = try await accounts.login(username: "another", password: "password x", address: "198.51.100.7")
            let elsewhere = try await accounts.login(username: "another", password: "password x", address: "198.51.100.8")
            // then
            #expect(next == .throttled(retryAfter: 900))
            #expect(elsewhere == .refused)
            let after = try await services.database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log") ?? 0
            #expect(after == before)
        }
    }

    @Test func aTokenWithAnExpiryStopsWorkingThenAndRecordsItsLastUse() async throws {
        try await TestApp.run { services, _ in
            // given
            let user = try await TestAccounts(services: services).user(.admin)
            let principal = try #require(try await UserQueries.require(user.user.id, on: services.database.sql).principal)
            let (record, token) = try await services.accounts.createToken(principal: principal, name: "对接系统", expiresInDays: 30)
            let start = services.clock.now
            // when
            let within = try await services.accounts.apiToken(token, now: start.addingTimeInterval(29 * 86_400))
            let after = try await services.accounts.apiToken(token, now: start.addingTimeInterval(30 * 86_400 + 1))
            // then
            #expect(within?.principal.userId == user.user.id)
            #expect(after == nil)
            #expect(record.expiresAt != nil && record.expiresAt! > Timestamp.of(start.addingTimeInterval(29 * 86_400)))
            let stored = try await UserQueries.tokens(userId: user.user.id, on: services.database.sql).first { $0.id == record.id }
            #expect(stored?.lastUsedAt != nil)
            await #expect(throws: AppError.self) {
                _ = try await services.accounts.createToken(principal: principal, name: "太长", expiresInDays: 5000)
            }
        }
    }

    @Test func forwardedForIsBelievedOnlyFromATrustedProxy() {
        // given
        let proxies = ["127.0.0.1", "10.0.0.2"]
        // then
        #expect(ClientAddress.resolve(peer: "203.0.113.5", forwardedFor: ["1.2.3.4"], trustedProxies: proxies) == "203.0.113.5")
        #expect(ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: ["1.2.3.4"], trustedProxies: proxies) == "1.2.3.4")
        #expect(ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: ["6.6.6.6, 1.2.3.4, 10.0.0.2"], trustedProxies: proxies) == "1.2.3.4")
        #expect(ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: [], trustedProxies: proxies) == "127.0.0.1")
        #expect(ClientAddress.resolve(peer: nil, forwardedFor: ["1.2.3.4"], trustedProxies: []) == "unknown")
    }

    @Test func anExpiredSessionSendsTheBrowserBackToLogin() async throws {
        try await TestApp.run { services, client in
            // given
            let viewer = try await client.session(as: .admin)
            #expect(try await viewer.get("/plans").status == .ok)
            // when
            try await services.database.sql.execute(
                "UPDATE sessions SET expires_at = \(bind: Timestamp.of(services.clock.now.addingTimeInterval(-1)))")
            let response = try await viewer.get("/plans")
            // then
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login?next=%2Fplans")
            #expect(try await Fixtures(services: services).count("sessions") == 0)
        }
    }

    @Test func logoutEndsTheSessionForGood() async throws {
        try await TestApp.run { services, client in
            // given
            let admin = try await client.session(as: .admin)
            // when
            let response = try await admin.postForm("/logout", [])
            let afterwards = try await admin.get("/plans")
            // then
            #expect(response.status == .seeOther)
            #expect(response.headers[values: .setCookie].contains { $0.hasPrefix(AuthMiddleware.sessionCookie + "=;") || $0.contains("Max-Age=0") })
            #expect(afterwards.status == .seeOther)
            #expect(try await Fixtures(services: services).count("sessions") == 0)
        }
    }

    @Test func aFormPostWithoutTheSessionsCSRFTokenIsRefusedAndChangesNothing() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let admin = try await client.session(as: .admin)
            let before = try await f.counts()
            let form = [("name", "龙华区"), ("level", "district"), ("divisionCode", "440309")]
            // when
            let missing = try await admin.postForm("/jurisdictions", form, csrf: false)
            let wrong = try await admin.postForm("/jurisdictions", [("_csrf", "not-the-token")] + form, csrf: false)
            let multipart = try await admin.executeRequest(
                uri: "/imports", method: .post, headers: [.contentType: "multipart/form-data; boundary=XYZ"],
                body: ByteBuffer(string: "--XYZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n一、改革\r\n--XYZ--\r\n"))
            let after = try await f.counts()
            let accepted = try await admin.postForm("/jurisdictions", form)
            // then
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("_csrf"))
            #expect(wrong.status == .forbidden)
            #expect(multipart.status == .forbidden)
            #expect(after == before)
            #expect(accepted.status == .seeOther)
            #expect(try await f.count("jurisdictions") == 1)
        }
    }

    @Test func aScriptUsingTheSessionCookieSendsTheTokenAsAHeaderWhileABearerTokenNeedsNone() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let j = try await f.jurisdiction()
            let browser = try await client.session(as: .admin)
            let body = #"{"name": "龙华区（改）", "version": 1}"#
            // when
            let withoutHeader = try await browser.sendJSON("/api/v1/jurisdictions/\(j.id)", method: .patch, body)
            let withHeader = try await browser.sendJSON(
                "/api/v1/jurisdictions/\(j.id)", method: .patch, body,
                headers: [CSRFMiddleware.header: try #require(browser.csrf)])
            let bearer = try await client.sendJSON("/api/v1/jurisdictions/\(j.id)", method: .patch, #"{"name": "龙华区", "version": 2}"#)
            // then
            #expect(withoutHeader.status == .forbidden)
            #expect(withoutHeader.apiError?.code == "csrf_failed")
            #expect(withHeader.status == .ok)
            #expect(bearer.status == .ok)
        }
    }

    @Test func everyPostFormOfTheTemplatesCarriesTheCSRFField() throws {
        // given
        let files = try TemplateFiles.all()
        var forms = 0
        for (file, text) in files {
            // when
            for part in text.components(separatedBy: "<form").dropFirst() where part.prefix(200).contains("method=\"post\"") {
                forms += 1
                let form = String(part.prefix { $0 != ">" }) + String(part.drop { $0 != ">" }.dropFirst().prefix(120))
                // then
                #expect(form.contains("name=\"_csrf\""), "\(file): a post form without _csrf")
            }
        }
        #expect(forms >= 10)
    }

    @Test func changingThePasswordNeedsTheOldOneAndEndsOtherSessions() async throws {
        try await TestApp.run { services, client in
            // given
            let accounts = TestAccounts(services: services)
            let user = try await accounts.user(.admin)
            let (cookie, csrf) = try await accounts.signIn(user.username)
            let other = try await accounts.signIn(user.username)
            let browser = SignedInClient(inner: client.inner, services: services, credential: .session(cookie: cookie, csrf: csrf))
            // when
            let wrongOld = try await browser.postForm(
                "/account/password",
                [
                    ("currentPassword", "nope"), ("newPassword", "a new long password"),
                    ("confirmPassword", "a new long password")
                ])
            let short = try await browser.postForm(
                "/account/password",
                [
                    ("currentPassword", TestAccounts.password), ("newPassword", "short"),
                    ("confirmPassword", "short")
                ])
            let ok = try await browser.postForm(
                "/account/password",
                [
                    ("currentPassword", TestAccounts.password),
                    ("newPassword", "a new long password"), ("confirmPassword", "a new long password")
                ])
            // then
            #expect(wrongOld.status == .unprocessableContent)
            #expect(wrongOld.text.contains(L10n.t("field.currentPassword", .zh)))
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("不能少于 10 个字符"))
            #expect(ok.status == .seeOther)
            let stillIn = try await browser.get("/account")
            #expect(stillIn.status == .ok)
            let otherBrowser = SignedInClient(inner: client.inner, services: services, credential: .session(cookie: other.cookie, csrf: other.csrf))
            #expect(try await otherBrowser.get("/account").status == .seeOther)
            #expect(try await services.accounts.login(username: user.username, password: TestAccounts.password) == .refused)
            if case .signedIn = try await services.accounts.login(username: user.username, password: "a new long password") {
            } else {
                Issue.record("the new password does not sign in")
            }
            #expect(try await actions(services.database.sql, userId: user.user.id).contains("password_changed"))
        }
    }

    @Test func aTokenIsShownOnceStoredHashedAndStopsWorkingWhenRevoked() async throws {
        try await TestApp.run { services, client in
            // given
            let browser = try await client.session(as: .admin)
            // when
            let created = try await browser.postForm("/account/tokens", [("name", "督查系统对接")])
            let token = try #require(created.text.range(of: "rl_[A-Za-z0-9_-]{43}", options: .regularExpression).map { String(created.text[$0]) })
            let api = SignedInClient(inner: client.inner, services: services, credential: .bearer(token))
            let works = try await api.get("/api/v1/plans")
            let reloaded = try await browser.get("/account")
            let username = try #require(await meUsername(browser))
            let row = try #require(try await UserQueries.byUsername(username, on: services.database.sql))
            let tokenId = try #require(try await UserQueries.tokens(userId: row.id, on: services.database.sql).first { $0.name == "督查系统对接" }).id
            let revoked = try await browser.postForm("/account/tokens/\(tokenId)/revoke", [])
            let refused = try await api.get("/api/v1/plans")
            // then
            #expect(created.status == .created)
            #expect(works.status == .ok)
            #expect(!reloaded.text.contains(token))
            let stored = try await services.database.sql.scalar(
                Int.self, column: "n",
                "SELECT COUNT(*) AS n FROM api_tokens WHERE token_hash = \(bind: SecretToken.digest(token))")
            #expect(stored == 1)
            #expect(revoked.status == .seeOther)
            #expect(refused.status == .unauthorized)
            let log = try await actions(services.database.sql, userId: row.id)
            #expect(log.contains("token_created") && log.contains("token_revoked"))
        }
    }

    @Test func theAccountPageSetsATokensValidityAndRefusesAnUnknownOne() async throws {
        try await TestApp.run { _, client in
            // given
            let browser = try await client.session(as: .admin)
            // when
            let form = try await browser.get("/account")
            let created = try await browser.postForm("/account/tokens", [("name", "统计系统"), ("expiresInDays", "30")])
            let bad = try await browser.postForm("/account/tokens", [("name", "坏的"), ("expiresInDays", "forever")])
            // then: the list says until when (30 days after 2026-11-20)
            #expect(form.text.contains(#"<option value="90" selected>90 天</option>"#))
            #expect(created.status == .created)
            #expect(created.text.contains("有效期至") && created.text.contains("2026年12月20日"))
            #expect(bad.status == .unprocessableContent && bad.text.contains("有效期：不是可选的值"))
        }
    }

    private func meUsername(_ client: SignedInClient) async throws -> String? {
        struct Me: Decodable { var username: String }
        return try? await client.get("/api/v1/me").decode(Me.self).username
    }
}
