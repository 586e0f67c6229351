import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import Testing

@testable import App

/// Issue 10: about 10,000 requests left only start-up lines. Each request is now one structured line (method, route,
/// status, time, user, request id), errors carry the request id, and nothing secret reaches the log.
struct RequestLogTests {
    /// What a logger was given, event by event.
    final class Capture: Sendable {
        struct Line: Sendable {
            var level: Logger.Level
            var message: String
            var metadata: [String: String]
        }
        private let box = NIOLockedValueBox<[Line]>([])
        var lines: [Line] { box.withLockedValue { $0 } }
        var requests: [Line] { lines.filter { $0.message == "request" } }
        func append(_ line: Line) { box.withLockedValue { $0.append(line) } }
    }

    struct CapturingHandler: LogHandler {
        let capture: Capture
        var logLevel: Logger.Level = .info
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            var all = metadata
            if let extra = event.metadata { all.merge(extra) { _, new in new } }
            capture.append(.init(level: event.level, message: "\(event.message)", metadata: all.mapValues { "\($0)" }))
        }
    }

    struct Boom: Error {}

    /// The app's router (with one extra route that fails) on a logger that captures, as `reform serve` runs it.
    private func withApp(
        level: Logger.Level = .info, _ body: @escaping @Sendable (AppServices, SignedInClient, Capture) async throws -> Void
    ) async throws {
        let capture = Capture()
        try await TestDatabase.withServices { services in
            let router = buildRouter(services)
            router.get("/boom") { _, _ -> String in throw Boom() }
            var logger = Logger(label: "reform") { _ in CapturingHandler(capture: capture) }
            logger.logLevel = level
            let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
            try await app.test(.router) { client in
                let admin = try await TestAccounts(services: services).user(.admin, username: "log-admin")
                try await body(services, SignedInClient(inner: client, services: services, credential: .bearer(admin.token)), capture)
            }
        }
    }

    @Test func eachRequestIsOneLineWithTheRouteStatusTimeUserAndRequestID() async throws {
        try await withApp { services, client, capture in
            // given
            let district = try await Fixtures(services: services).jurisdiction()
            let before = capture.requests.count
            // when
            let response = try await client.get("/api/v1/jurisdictions/\(district.id)?secret=hunter2")
            // then
            #expect(response.status == .ok)
            let lines = capture.requests.dropFirst(before)
            #expect(lines.count == 1)
            let line = try #require(lines.first)
            #expect(line.level == .info)
            #expect(line.metadata["method"] == "GET")
            #expect(line.metadata["route"] == "/api/v1/jurisdictions/{id}")
            #expect(line.metadata["status"] == "200")
            #expect(Double(line.metadata["duration_ms"] ?? "") != nil)
            #expect(line.metadata["user"] == "log-admin" && line.metadata["user_id"] != nil)
            let id = try #require(line.metadata[RequestLogMiddleware.requestIDKey])
            #expect(id.count == 16 && response.headers[.xRequestID] == id)
            #expect(!line.metadata.values.contains { $0.contains("hunter2") || $0.contains(String(district.id) + "?") })
        }
    }

    @Test func aSaneIncomingRequestIDIsKeptAndEchoedAnOddOneReplaced() async throws {
        try await withApp { _, client, capture in
            // when
            let kept = try await client.get("/api/v1/me", headers: [.xRequestID: "lb-7f3a.42:1"])
            let replaced = try await client.get("/api/v1/me", headers: [.xRequestID: "two words\u{7}"])
            // then
            #expect(kept.headers[.xRequestID] == "lb-7f3a.42:1")
            #expect(capture.requests.contains { $0.metadata[RequestLogMiddleware.requestIDKey] == "lb-7f3a.42:1" })
            let fresh = try #require(replaced.headers[.xRequestID])
            #expect(fresh != "two words\u{7}" && fresh.count == 16)
        }
    }

    @Test func refusalsAndUnknownAddressesAreLoggedWithoutTheirQueryString() async throws {
        try await withApp { _, client, capture in
            // when
            let refused = try await client.anonymous.get("/api/v1/me")
            let unknown = try await client.get("/no/such/page?token=abc123")
            // then
            #expect(refused.status == .unauthorized && unknown.status == .notFound)
            let lines = capture.requests
            #expect(lines.contains { $0.metadata["route"] == "/api/v1/me" && $0.metadata["status"] == "401" && $0.metadata["user"] == nil })
            let notFound = try #require(lines.first { $0.metadata["status"] == "404" })
            #expect(notFound.metadata["route"] == "-" && notFound.metadata["path"] == "/no/such/page", "\(notFound.metadata)")
            #expect(!capture.lines.contains { $0.metadata.values.contains { $0.contains("abc123") } })
        }
    }

    @Test func aPasswordSentToSignInNeverReachesTheLog() async throws {
        try await withApp { services, client, capture in
            // given
            let user = try await TestAccounts(services: services).user(
                .viewer, jurisdiction: try await Fixtures(services: services).jurisdiction().id)
            let token = "log-login-token"
            // when
            let response = try await client.anonymous.executeRequest(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(AccountPages.loginCSRFCookie)=\(token)"],
                body: .init(string: FormBody.encode([("_csrf", token), ("username", user.username), ("password", TestAccounts.password)])))
            // then
            #expect(response.status == .seeOther)
            #expect(capture.requests.contains { $0.metadata["route"] == "/login" && $0.metadata["method"] == "POST" })
            let everything = capture.lines.map { $0.message + " " + $0.metadata.values.joined(separator: " ") }.joined(separator: "\n")
            #expect(!everything.contains(TestAccounts.password) && !everything.contains(token))
        }
    }

    @Test func anUnhandledErrorIsLoggedWithTheRequestID() async throws {
        try await withApp { _, client, capture in
            // when
            let response = try await client.get("/boom", headers: [.xRequestID: "boom-1"])
            // then
            #expect(response.status == .internalServerError)
            let error = try #require(capture.lines.first { $0.message == "unhandled error" })
            #expect(error.level == .error && error.metadata[RequestLogMiddleware.requestIDKey] == "boom-1")
            #expect(error.metadata["error"]?.contains("Boom") == true)
            let line = try #require(capture.requests.first { $0.metadata[RequestLogMiddleware.requestIDKey] == "boom-1" })
            #expect(line.level == .error && line.metadata["status"] == "500" && line.metadata["route"] == "/boom")
        }
    }

    @Test func theLevelIsConfigurable() async throws {
        try await withApp(level: .warning) { _, client, capture in
            _ = try await client.get("/api/v1/me")
            #expect(capture.requests.isEmpty)
            _ = try await client.get("/boom")
            #expect(capture.requests.count == 1)
        }
    }

    @Test func logfmtLinesQuoteWhatNeedsQuoting() {
        let line = LogfmtLogHandler.line(
            level: .info, label: "reform", message: "request",
            metadata: ["route": "/items/{id}", "user": "张 三", "hb.request.id": "abc", "note": #"a "b" = c"#],
            date: Date(timeIntervalSince1970: 1_795_140_000))
        #expect(
            line
                == #"ts=2026-11-20T02:00:00.000Z level=info label=reform msg=request request_id=abc note="a \"b\" = c" route=/items/{id} user="张 三""#
        )
    }
}
