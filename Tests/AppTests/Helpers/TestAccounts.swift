import Foundation
import SQLKit
import Testing

@testable import App

/// Users for tests, made through the same services as the admin pages (bcrypt at the test cost of 4).
struct TestAccounts {
    let services: AppServices
    static let password = "correct horse battery"

    struct Made: Sendable {
        var user: UserRecord
        var username: String { user.username }
        /// An API token of the user.
        var token: String
    }

    func user(_ role: Role, jurisdiction: Int? = nil, unit: Int? = nil, username: String? = nil) async throws -> Made {
        let name = username ?? role.rawValue + "-" + UUID().uuidString.prefix(8).lowercased()
        let saved = try await services.users.create(
            UserService.Input(
                username: name, displayName: "测试" + role.rawValue, role: role.rawValue,
                jurisdictionId: jurisdiction, unitId: unit),
            password: Self.password, actor: "测试")
        let principal = try #require(try await principal(of: saved.id))
        let (_, token) = try await services.accounts.createToken(principal: principal, name: "tests")
        return Made(user: saved, token: token)
    }

    /// Signs in with the test password; returns the session cookie's value and the session's CSRF token.
    func signIn(_ username: String) async throws -> (cookie: String, csrf: String) {
        guard case .signedIn(let cookie, _) = try await services.accounts.login(username: username, password: Self.password) else {
            throw AppError.internalError("test sign-in refused for \(username)")
        }
        let csrf = try await services.database.sql.scalar(
            String.self, column: "csrf_token",
            "SELECT csrf_token FROM sessions WHERE token_hash = \(bind: SecretToken.digest(cookie))")
        return (cookie, try #require(csrf))
    }

    func principal(of userId: Int) async throws -> Principal? {
        try await UserQueries.require(userId, on: services.database.sql).principal
    }
}
