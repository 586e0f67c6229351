import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

@testable import App

/// A test client that sends every request as one user: with an API token, with a session cookie (adding the
/// session's CSRF token to form posts made with `postForm`), or as nobody.
struct SignedInClient: TestClientProtocol {
    enum Credential: Sendable {
        case bearer(String)
        case session(cookie: String, csrf: String)
        case anonymous
    }

    let inner: any TestClientProtocol
    let services: AppServices
    let credential: Credential

    var port: Int? { inner.port }

    /// The session's CSRF token, for tests that post by hand.
    var csrf: String? {
        if case .session(_, let csrf) = credential { return csrf }
        return nil
    }

    func executeRequest(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        var h = headers
        switch credential {
        case .bearer(let token):
            if h[.authorization] == nil { h[.authorization] = "Bearer \(token)" }
        case .session(let cookie, _):
            h.append(HTTPField(name: .cookie, value: "\(AuthMiddleware.sessionCookie)=\(cookie)"))
        case .anonymous:
            break
        }
        return try await inner.executeRequest(uri: uri, method: method, headers: h, body: body)
    }

    /// An HTML form post; a session client adds its `_csrf` field (pass `csrf: false` to leave it out).
    func postForm(_ uri: String, _ fields: [(String, String)], csrf addToken: Bool = true) async throws -> TestResponse {
        var all = fields
        if addToken, let csrf { all.insert((CSRFMiddleware.field, csrf), at: 0) }
        return try await executeRequest(
            uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: FormBody.encode(all)))
    }

    var anonymous: SignedInClient { SignedInClient(inner: inner, services: services, credential: .anonymous) }

    /// A client for a new user of `role` (API token), bound to `jurisdiction` or, for liaison and unit head, `unit`.
    func `as`(_ role: Role, jurisdiction: Int? = nil, unit: Int? = nil, username: String? = nil) async throws -> SignedInClient {
        let user = try await TestAccounts(services: services).user(role, jurisdiction: jurisdiction, unit: unit, username: username)
        return SignedInClient(inner: inner, services: services, credential: .bearer(user.token))
    }

    /// A client for a new user of `role` signed in through the login service: a session cookie and its CSRF token.
    func session(as role: Role, jurisdiction: Int? = nil, unit: Int? = nil, username: String? = nil) async throws -> SignedInClient {
        let accounts = TestAccounts(services: services)
        let user = try await accounts.user(role, jurisdiction: jurisdiction, unit: unit, username: username)
        let (cookie, csrf) = try await accounts.signIn(user.username)
        return SignedInClient(inner: inner, services: services, credential: .session(cookie: cookie, csrf: csrf))
    }
}
