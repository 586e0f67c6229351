import Foundation
import HummingbirdTesting
import SQLKit
import Testing

@testable import App

/// The administrator's user pages and `reform user …` (through `UserAdministration`, as the CLI calls it).
struct UserAdminTests {
    @Test func anAdminCreatesAUserWhoCanSignInAndDeactivatingEndsTheirSessions() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            let bureau = try await f.unit("深圳市龙华区发展和改革局", in: district.id)
            let admin = try await client.session(as: .admin)
            // when
            let missingUnit = try await admin.postForm(
                "/users",
                [
                    ("username", "lhfgj"), ("displayName", "联络员甲"), ("role", "liaison"),
                    ("password", "long enough 1")
                ])
            let created = try await admin.postForm(
                "/users",
                [
                    ("username", "lhfgj"), ("displayName", "联络员甲"), ("role", "liaison"),
                    ("unitId", String(bureau.id)), ("password", "long enough 1")
                ])
            let user = try #require(try await UserQueries.byUsername("lhfgj", on: services.database.sql))
            let signedIn = try await services.accounts.login(username: "lhfgj", password: "long enough 1")
            let deactivated = try await admin.postForm(
                "/users/\(user.id)",
                [
                    ("version", String(user.version)), ("username", "lhfgj"), ("displayName", "联络员甲"), ("role", "liaison"),
                    ("unitId", String(bureau.id)), ("active", "0")
                ])
            let list = try await admin.get("/users").text
            // then
            #expect(missingUnit.status == .unprocessableContent)
            #expect(missingUnit.text.contains(L10n.t("field.unitId", .zh)))
            #expect(created.status == .seeOther)
            #expect(user.unitId == bureau.id && user.jurisdictionPath == district.path && user.role == "liaison")
            guard case .signedIn = signedIn else {
                Issue.record("the new user cannot sign in")
                return
            }
            #expect(deactivated.status == .seeOther)
            #expect(try await Fixtures(services: services).count("sessions") == 1)  // the admin's own
            #expect(try await services.accounts.login(username: "lhfgj", password: "long enough 1") == .refused)
            #expect(list.contains("lhfgj") && list.contains(L10n.t("users.inactive", .zh)))
        }
    }

    @Test func aResetPasswordUnlocksAndTheOldOneStopsWorking() async throws {
        try await TestApp.run { services, client in
            // given
            let user = try await TestAccounts(services: services).user(.admin)
            for _ in 0..<5 { _ = try await services.accounts.login(username: user.username, password: "wrong wrong") }
            #expect(try await services.accounts.login(username: user.username, password: TestAccounts.password) == .throttled(retryAfter: 30))
            // when
            let reset = try await client.postForm("/users/\(user.user.id)/password", [("password", "fresh password 9")])
            // then
            #expect(reset.status == .seeOther)
            #expect(try await UserQueries.require(user.user.id, on: services.database.sql).lockedUntil == nil)
            #expect(try await services.accounts.login(username: user.username, password: TestAccounts.password) == .refused)
            if case .signedIn = try await services.accounts.login(username: user.username, password: "fresh password 9") {
            } else {
                Issue.record("the reset password does not sign in")
            }
        }
    }

    @Test func theCommandLineAddsListsUnlocksAndMintsTokens() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            _ = try await f.unit("深圳市龙华区发展和改革局", in: district.id)
            let cli = UserAdministration(services: services)
            // when
            let byCode = try await cli.add(
                username: "office1", displayName: "龙华区委改革办", role: "office", jurisdiction: "440309", unit: nil,
                password: "office password")
            let byName = try await cli.add(
                username: "liaison1", displayName: nil, role: "liaison", jurisdiction: nil,
                unit: "深圳市龙华区发展和改革局", password: "liaison password")
            let badRole = await #expect(throws: UserAdministration.Failure.self) {
                _ = try await cli.add(username: "x", displayName: nil, role: "boss", jurisdiction: nil, unit: nil, password: "long password 1")
            }
            let short = await #expect(throws: UserAdministration.Failure.self) {
                _ = try await cli.add(username: "y", displayName: nil, role: "viewer", jurisdiction: "龙华区", unit: nil, password: "short")
            }
            try await services.database.sql.execute("UPDATE users SET locked_until = '2999-01-01T00:00:00.000Z' WHERE username = 'office1'")
            try await cli.unlock(username: "office1")
            let token = try await cli.token(username: "office1", name: "integration")
            let me = try await SignedInClient(inner: client.inner, services: services, credential: .bearer(token)).get("/api/v1/me")
            let list = try await cli.list()
            // then
            #expect(byCode.contains("office1") && byCode.contains("龙华区"))
            #expect(byName.contains("liaison1") && byName.contains("深圳市龙华区发展和改革局"))
            #expect(badRole?.description.contains("--role") == true)
            #expect(short?.description.contains("at least 10 characters") == true)
            #expect(me.status == .ok && me.text.contains("\"username\":\"office1\""))
            #expect(list.contains { $0.contains("office1") && !$0.contains("locked") })
        }
    }
}
