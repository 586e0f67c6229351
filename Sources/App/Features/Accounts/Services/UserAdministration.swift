import Foundation
import ReformCore
import SQLKit

/// What `reform user …` does, through the same services as the admin pages (validation, audit log).
public struct UserAdministration: Sendable {
    let services: AppServices
    var sql: any SQLDatabase { services.database.sql }
    static let actor = "reform user（命令行）"

    public init(services: AppServices) { self.services = services }

    /// A refusal worded for the terminal, naming the field.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Creates a user; `jurisdiction` and `unit` may be an id, a division code (jurisdictions) or a name.
    public func add(
        username: String, displayName: String?, role: String, jurisdiction: String?, unit: String?,
        password: String
    ) async throws -> String {
        guard Role(rawValue: role) != nil else {
            throw Failure(description: "--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")) (got \(role))")
        }
        let jid = try await jurisdiction.asyncMap { try await resolveJurisdiction($0) }
        let uid = try await unit.asyncMap { try await resolveUnit($0) }
        do {
            let user = try await services.users.create(
                UserService.Input(username: username, displayName: displayName ?? username, role: role, jurisdictionId: jid, unitId: uid),
                password: password, actor: Self.actor)
            return "created user \(user.username) (id \(user.id), \(user.role), \(Self.scope(user)))"
        } catch AppError.validation(let issues) {
            throw Self.failure(issues)
        }
    }

    public func list() async throws -> [String] {
        try await UserQueries.all(on: sql).map { u in
            var flags: [String] = []
            if !u.active { flags.append("inactive") }
            if let locked = u.lockedUntil, locked > services.clock.timestamp { flags.append("locked until \(locked)") }
            return "\(u.id)\t\(u.username)\t\(u.displayName)\t\(u.role)\t\(Self.scope(u))"
                + (flags.isEmpty ? "" : "\t" + flags.joined(separator: ", "))
        }
    }

    public func setPassword(username: String, password: String) async throws {
        let user = try await require(username)
        do {
            try await services.users.resetPassword(user.id, password: password, actor: Self.actor)
        } catch AppError.validation(let issues) {
            throw Self.failure(issues)
        }
    }

    /// The last way back for an administrator who lost both the phone and the recovery codes.
    public func resetTwoFactor(username: String) async throws {
        try await services.twoFactor.reset(userId: try await require(username).id, actor: Self.actor)
    }

    public func unlock(username: String) async throws {
        try await services.users.unlock(try await require(username).id, actor: Self.actor)
    }

    /// Mints an API token for the user (shown once: print it, it is not stored).
    public func token(username: String, name: String, expiresInDays: Int? = nil) async throws -> String {
        let user = try await require(username)
        guard user.active, let principal = user.principal else { throw Failure(description: "user \(username) is inactive or has no usable role") }
        do {
            return try await services.accounts.createToken(principal: principal, name: name, expiresInDays: expiresInDays).1
        } catch AppError.validation(let issues) {
            throw Self.failure(issues)
        }
    }

    private func require(_ username: String) async throws -> UserRecord {
        guard let user = try await UserQueries.byUsername(username, on: sql) else { throw Failure(description: "no user named \(username)") }
        return user
    }

    private func resolveJurisdiction(_ text: String) async throws -> Int {
        if let id = Int(text), let j = try await JurisdictionQueries.find(id, on: sql) { return j.id }
        if let j = try await JurisdictionQueries.byDivisionCode(text, on: sql) { return j.id }
        let named = try await JurisdictionQueries.all(on: sql).filter { $0.name == text }
        guard named.count == 1 else {
            throw Failure(
                description:
                    "--jurisdiction \(text): \(named.isEmpty ? "no jurisdiction has this id, division code or name" : "several jurisdictions have this name; give the id or code")"
            )
        }
        return named[0].id
    }

    private func resolveUnit(_ text: String) async throws -> Int {
        if let id = Int(text), let u = try await UnitQueries.find(id, on: sql) { return u.id }
        let named = try await sql.all(UnitRecord.self, "SELECT \(UnitQueries.columns) FROM units WHERE name = \(bind: text)")
        guard named.count == 1 else {
            throw Failure(
                description: "--unit \(text): \(named.isEmpty ? "no unit has this id or full name" : "several units have this name; give the id")")
        }
        return named[0].id
    }

    static func scope(_ u: UserRecord) -> String {
        [u.unitName, u.jurisdictionName].compactMap { $0 }.joined(separator: " · ").nonEmpty ?? "nationwide"
    }

    static func failure(_ issues: [ValidationIssue]) -> Failure {
        Failure(description: issues.map { L10n.issue($0, .en) }.joined(separator: "; "))
    }
}
