import Foundation
import Hummingbird
import ReformCore

/// The one error type of the app. Pages render it as HTML, /api as JSON.
public enum AppError: Error, Sendable {
    /// Bad input: each issue names the field; nothing was written.
    case validation([ValidationIssue])
    /// A query parameter or body that could not be read at all.
    case badRequest(parameter: String, message: String)
    case notFound(entity: String, id: String)
    /// The edit was made on a stale version; `changes` lists what changed since (field → current value).
    case conflict(entity: String, id: Int, currentVersion: Int, changes: [ConflictChange])
    /// The request is valid but the entity's state forbids it (e.g. deleting a unit still in use).
    case unprocessable(code: String, message: String)
    /// A delete refused because other records still stand on the entity (a decision with its powers, a project carried as
    /// a plan item): 409, with a code whose message (`error.code.<code>`) says what to do first.
    case inUse(code: String, message: String)
    case internalError(String)
    /// No valid session or API token (API: 401 with `WWW-Authenticate: Bearer`).
    case unauthenticated
    /// Signed in, but the role or scope does not allow this; `action` says what was refused (L10n key `deny.<action>`).
    case forbidden(action: String)
    /// A form without the session's CSRF token (or with a wrong one).
    case csrfRejected

    public var status: HTTPResponse.Status {
        switch self {
        case .validation: .unprocessableContent
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .conflict: .conflict
        case .unprocessable: .unprocessableContent
        case .inUse: .conflict
        case .internalError: .internalServerError
        case .unauthenticated: .unauthorized
        case .forbidden, .csrfRejected: .forbidden
        }
    }
}

public struct ConflictChange: Codable, Sendable, Equatable {
    public var field: String
    public var yours: String?
    public var current: String?
    public var changedBy: String?
    public var changedAt: String?
}
