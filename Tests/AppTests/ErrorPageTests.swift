import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// An error a signed-in reader meets is a page like the others: in their language, with the navigation, their name and
/// their inbox count; /api answers JSON.
struct ErrorPageTests {
    private func officeSession(_ services: AppServices, _ client: SignedInClient) async throws -> SignedInClient {
        let l = try await SmallLedger.make(Fixtures(services: services))
        return try await client.session(as: .office, jurisdiction: l.district.id)
    }

    @Test func aPageThatDoesNotExistIsAChinesePageWithTheNavigation() async throws {
        try await TestApp.run { services, client in
            // given
            let office = try await officeSession(services, client)
            // when
            let page = try await office.get("/no-such-page")
            // then
            #expect(page.status == .notFound)
            #expect(page.text.contains("页面不存在"))
            #expect(!page.text.contains("Not Found"))
            #expect(page.text.contains(#"href="/ledger""#))
            #expect(page.text.contains("测试office"))
            #expect(page.text.contains(#"href="/inbox" title="待办">待办 <span class="count">0</span>"#))
        }
    }

    @Test func aFormRefusedAfterAPostKeepsTheInboxCount() async throws {
        try await TestApp.run { services, client in
            // given an office user setting up two-factor sign-in
            let office = try await officeSession(services, client)
            _ = try await office.get("/account/two-factor")
            // when the code is wrong, the form comes back with the error
            let page = try await office.postForm("/account/two-factor", [("otp", "000000")])
            // then the header is the one every page has, the inbox count included
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains(#"href="/inbox" title="待办">待办 <span class="count">0</span>"#))
        }
    }

    @Test func anAddressWithABadIdSaysSoInTheReadersLanguage() async throws {
        try await TestApp.run { services, client in
            // given
            let office = try await officeSession(services, client)
            // when
            let zh = try await office.get("/items/abc")
            let en = try await office.get("/items/abc?lang=en")
            // then
            #expect(zh.status == .badRequest)
            #expect(zh.text.contains("地址中的“abc”不是有效的编号"))
            #expect(en.text.contains("“abc” in the address is not a valid number"))
            for page in [zh, en] {
                #expect(!page.text.contains("can not be converted") && !page.text.contains("(Int)"))
                #expect(page.text.contains(#"href="/inbox""#))
            }
            #expect(en.text.contains(#"<html lang="en">"#) && en.text.contains(">Ledger</a>"))
        }
    }

    @Test func aBadQueryParameterIsNamedInChinese() async throws {
        try await TestApp.run { services, client in
            // given
            let office = try await officeSession(services, client)
            // when
            let page = try await office.get("/audit?from=yesterday")
            // then
            #expect(page.status == .badRequest)
            #expect(page.text.contains("参数“from”的值无效"))
            #expect(!page.text.contains("expected a date"))
            #expect(page.text.contains(#"href="/inbox""#))
        }
    }

    @Test func theAPIKeepsJSONErrorsAndAMethodNotAllowedStillSaysWhichAre() async throws {
        try await TestApp.run { _, client in
            // when
            let missing = try await client.get("/api/v1/items/abc")
            let method = try await client.executeRequest(uri: "/ledger", method: .delete, headers: [:], body: nil)
            // then
            #expect(missing.status == .badRequest)
            #expect(missing.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(missing.apiError?.code != nil)
            #expect(method.status == .methodNotAllowed)
            #expect(method.headers[.allow] != nil)
            #expect(method.text.contains("此地址不支持这种请求方式"))
        }
    }
}
