import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

@testable import App

/// HTTP tests: the router on a migrated test database. The helper owns the database's lifecycle, so the
/// application is built without the database service and without the start-up migration.
///
/// The client is signed in as a nationwide admin (an API token); `client.as(.liaison, unit: id)`,
/// `client.session(as: …)` and `client.anonymous` give clients for other users. `features` are the app's unless a
/// test adds one. `demo: true` loads the demo dataset first (`TestDemo`).
enum TestApp {
    static func run(
        features: [any Feature.Type] = AppFeatures.all, demo: Bool = false,
        _ body: @escaping @Sendable (AppServices, SignedInClient) async throws -> Void
    ) async throws {
        try await TestDatabase.withServices { services in
            // The demo goes in before the test's admin: on PostgreSQL it is a copy of whole tables (`TestDemo`).
            if demo { try await TestDemo.load(services) }
            let app = Application(
                router: buildRouter(services, features: features), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                logger: TestDatabase.logger)
            try await app.test(.router) { client in
                let admin = try await TestAccounts(services: services).user(.admin, username: "test-admin")
                try await body(services, SignedInClient(inner: client, services: services, credential: .bearer(admin.token)))
            }
        }
    }
}

extension TestClientProtocol {
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await executeRequest(uri: uri, method: .get, headers: headers, body: nil)
    }

    /// An HTML form post (application/x-www-form-urlencoded); repeated keys are kept.
    func postForm(_ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        try await executeRequest(
            uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: FormBody.encode(fields)))
    }

    func sendJSON(_ uri: String, method: HTTPRequest.Method, _ json: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var h = headers
        h[.contentType] = "application/json"
        return try await executeRequest(uri: uri, method: method, headers: h, body: ByteBuffer(string: json))
    }

    func sendJSON<T: Encodable>(_ uri: String, method: HTTPRequest.Method, value: T) async throws -> TestResponse {
        try await sendJSON(uri, method: method, String(decoding: try JSONEncoder().encode(value), as: UTF8.self))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: body))
    }

    var apiError: APIErrorBody.Detail? { (try? decode(APIErrorBody.self))?.error }
}

/// The JSON error shape of /api/v1, read back.
struct APIErrorBody: Decodable {
    struct Field: Decodable {
        var field: String
        var code: String
        var message: String
    }
    struct Detail: Decodable {
        var code: String
        var message: String
        var fields: [Field]?
        var currentVersion: Int?
        var changes: [ConflictChange]?
        var parameter: String?
    }
    var error: Detail
}

enum FormBody {
    static func encode(_ fields: [(String, String)]) -> String {
        func escape(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: URLSafe.unreserved) ?? s }
        return fields.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }
}

/// Percent-encodes a query value (Chinese search text, commas in lists).
func q(_ s: String) -> String {
    s.addingPercentEncoding(withAllowedCharacters: URLSafe.unreserved.union(CharacterSet(charactersIn: ","))) ?? s
}

enum URLSafe {
    /// RFC 3986 unreserved characters, ASCII only (CharacterSet.alphanumerics would let Chinese through unencoded).
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
