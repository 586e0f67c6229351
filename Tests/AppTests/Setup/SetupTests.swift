import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import App

/// The first run without the demo: the first administrator is made with the setup code, then /setup is gone.
struct SetupTests {
    @Test func theFirstAdministratorIsMadeWithTheSetupCodeAndSetupThenDisappears() async throws {
        try await TestDatabase.withServices { services in
            let app = Application(
                router: buildRouter(services), configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: TestDatabase.logger)
            try await app.test(.router) { client in
                // given: no user, so /setup is open and the code is in the database
                let code = try #require(try await services.setup.code())
                #expect(code.count == 9 && code.contains("-"))
                let form = try await client.get("/setup")
                #expect(form.status == .ok && form.text.contains("设置码") && form.text.contains("charset"))
                let cookie = try #require(form.headers[values: .setCookie].first { $0.hasPrefix(SetupPages.csrfCookie + "=") })
                let token = String(cookie.dropFirst(SetupPages.csrfCookie.count + 1).prefix { $0 != ";" })
                func post(_ fields: [(String, String)]) async throws -> TestResponse {
                    try await client.executeRequest(
                        uri: "/setup", method: .post,
                        headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(SetupPages.csrfCookie)=\(token)"],
                        body: ByteBuffer(string: FormBody.encode([("_csrf", token)] + fields)))
                }
                let fields = [
                    ("username", "lhgaigeban"), ("displayName", "龙华区委改革办"), ("password", "Tk9#mV2q!xLp"), ("confirmPassword", "Tk9#mV2q!xLp")
                ]
                // when: a wrong code, a weak password, then the right code
                let wrong = try await post([("setupCode", "WRON-GCOD")] + fields)
                let weak = try await post(
                    [("setupCode", code), ("username", "lhgaigeban"), ("password", "1234567890"), ("confirmPassword", "1234567890")])
                let made = try await post([("setupCode", code.lowercased())] + fields)
                // then
                #expect(wrong.status == .unprocessableContent && wrong.text.contains("设置码：不正确"))
                #expect(weak.status == .unprocessableContent && weak.text.contains("过于常见"))
                #expect(made.status == .seeOther && made.headers[.location] == "/login?next=%2Fstart")
                let admin = try #require(try await UserQueries.byUsername("lhgaigeban", on: services.database.sql))
                #expect(admin.role == "admin" && admin.jurisdictionId == nil)
                #expect(try await services.setup.code() == nil)
                #expect(try await client.get("/setup").status == .notFound)
                #expect(try await post([("setupCode", code)] + fields).status == .notFound)
            }
        }
    }

    @Test func theChecklistTicksEachStepOnceItHasSomething() async throws {
        try await TestApp.run { services, client in
            // given: only users so far
            // when
            let empty = try await client.get("/start")
            _ = try await Fixtures(services: services).jurisdiction()
            let one = try await client.get("/start")
            // then
            #expect(empty.status == .ok && empty.text.contains("建立行政区划") && empty.text.contains("导入改革方案"))
            #expect(!empty.text.contains("✓"))
            #expect(one.text.components(separatedBy: "✓").count == 2)
        }
    }
}
