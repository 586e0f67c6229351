import Foundation
import Mustache
import Testing

@testable import App

/// The page header: who is signed in, and the inbox count the reporting loop sets on the context.
struct HeaderTests {
    private func header(inboxCount: Int?) async throws -> String {
        let renderer = try await PageRenderer.load(clock: TestClock.make())
        let p = Principal(
            userId: 3, username: "liaison", displayName: "龙华区发改局联络员", role: .liaison, jurisdictionId: 4,
            jurisdictionPath: "/1/2/4/", unitId: 43, jurisdictionName: "龙华区", unitName: "深圳市龙华区发展和改革局")
        let data: [String: Any] = ["t": L10n.table(.zh), "me": PageRenderer.me(p, inboxCount: inboxCount, language: .zh), "csrf": "tok"]
        return try #require(renderer.library.render(data, withTemplate: "layout"))
    }

    @Test func theHeaderShowsTheUserTheirRoleAndUnitAndALogoutForm() async throws {
        // when
        let html = try await header(inboxCount: nil)
        // then
        #expect(html.contains("龙华区发改局联络员"))
        #expect(html.contains("改革联络员 · 深圳市龙华区发展和改革局"))
        #expect(html.contains("action=\"/logout\"") && html.contains("name=\"_csrf\" value=\"tok\""))
        #expect(!html.contains("class=\"inbox"))
    }

    @Test func anInboxCountOnTheContextShowsBesideTheName() async throws {
        // when
        let some = try await header(inboxCount: 7)
        let none = try await header(inboxCount: 0)
        // then
        #expect(some.contains("class=\"inbox has-items\"") && some.contains("<span class=\"count\">7</span>"))
        #expect(none.contains("class=\"inbox\"") && none.contains("<span class=\"count\">0</span>"))
    }
}
