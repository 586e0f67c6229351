import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import App

/// Issue 10: every response carries the security headers, pages, the API, errors and static files alike; and no
/// template holds a script the policy would block (an inline `<script>` or an `onclick=` handler).
struct SecurityHeadersTests {
    static let expected: [(String, String)] = [
        ("X-Frame-Options", "DENY"), ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "strict-origin-when-cross-origin")
    ]

    private func check(_ response: TestResponse, _ what: String) {
        for (name, value) in Self.expected {
            #expect(response.headers[HTTPField.Name(name)!] == value, "\(what): \(name)")
        }
        let csp = response.headers[.contentSecurityPolicy] ?? ""
        #expect(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), "\(what): \(csp)")
        #expect(!csp.contains("script-src 'self' 'unsafe-inline'") && !csp.contains("unsafe-eval"), "\(what): \(csp)")
        #expect(response.headers[.xRequestID]?.isEmpty == false, "\(what): X-Request-Id")
    }

    @Test func aPageAnAPIAnswerErrorsAndStaticFilesCarryTheHeaders() async throws {
        try await TestApp.run { services, client in
            // given
            let district = try await Fixtures(services: services).jurisdiction()
            let office = try await client.session(as: .office, jurisdiction: district.id)
            // when / then
            let page = try await office.get("/ledger")
            #expect(page.status == .ok)
            check(page, "page")
            let api = try await client.get("/api/v1/me")
            #expect(api.status == .ok)
            check(api, "API")
            let pageError = try await office.get("/items/999999")
            #expect(pageError.status == .notFound)
            check(pageError, "error page")
            let apiError = try await client.anonymous.get("/api/v1/me")
            #expect(apiError.status == .unauthorized)
            check(apiError, "API error")
            let unknown = try await client.anonymous.get("/no/such/page")
            check(unknown, "unmatched route")
            let script = try await client.anonymous.get("/static/app.js")
            #expect(script.status == .ok)
            check(script, "static file")
            let login = try await client.anonymous.get("/login")
            check(login, "login page")
        }
    }

    @Test func noTemplateHoldsAnInlineScriptOrEventHandler() throws {
        // given
        let templates = try TemplateFiles.all()
        #expect(templates.count > 20)
        let handler = try Regex(#"\son[a-z]+\s*="#).ignoresCase()
        let script = try Regex(#"<script(?![^>]*\bsrc=)[^>]*>"#).ignoresCase()
        // then
        for (name, text) in templates {
            #expect(text.firstMatch(of: handler) == nil, "\(name) has an inline event handler")
            #expect(text.firstMatch(of: script) == nil, "\(name) has an inline <script>")
            #expect(!text.lowercased().contains("javascript:"), "\(name) has a javascript: link")
            #expect(!text.contains("<style"), "\(name) has a <style> block: put it in a file under Static")
        }
    }

    @Test func everyScriptATemplateLoadsIsAStaticFile() async throws {
        let src = try Regex(#"<script[^>]*\bsrc="/static/([^"]+)""#)
        var loaded: Set<String> = []
        for (_, text) in try TemplateFiles.all() {
            for match in text.matches(of: src) { loaded.insert(String(match.output[1].substring ?? "")) }
        }
        #expect(loaded == ["app.js", "autoprint.js"])
        for name in loaded {
            _ = try StaticController.file(name)
        }
    }
}
