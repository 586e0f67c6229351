import Foundation
import Hummingbird
import ReformCore

/// JSON responses for /api, errors included: `{"error": {"code", "message", "fields"?}}`.
enum APIResponse {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var h = headers
        h[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(data: try encoder.encode(value))))
    }

    struct ErrorBody: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var fields: [FieldError]?
            var currentVersion: Int?
            var changes: [ConflictChange]?
            var parameter: String?
        }
        var error: Detail
    }

    struct FieldError: Encodable {
        var field: String
        var code: String
        var message: String
    }

    /// The `error.code` of a status raised by the HTTP layer rather than by a handler.
    static func code(for status: HTTPResponse.Status) -> String {
        switch status {
        case .badRequest: "bad_request"
        case .notFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .contentTooLarge: "payload_too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        default: "http_error"
        }
    }

    static func error(status: HTTPResponse.Status, code: String, message: String) -> Response {
        (try? json(ErrorBody(error: .init(code: code, message: message)), status: status))
            ?? Response(status: status)
    }

    static func error(_ error: AppError, language: Language) -> Response {
        let detail: ErrorBody.Detail
        switch error {
        case .validation(let issues):
            let fields = issues.map { FieldError(field: $0.field, code: $0.code.rawValue, message: L10n.issue($0, language)) }
            detail = .init(code: "validation_failed", message: fields.map(\.message).joined(separator: "; "), fields: fields)
        case .badRequest(let parameter, let message):
            detail = .init(code: "bad_request", message: "\(parameter): \(message)", parameter: parameter)
        case .notFound(let entity, let id):
            detail = .init(code: "not_found", message: "\(entity) \(id) not found")
        case .conflict(let entity, let id, let version, let changes):
            detail = .init(
                code: "conflict", message: "\(entity) \(id) was changed by someone else; it is now at version \(version)",
                currentVersion: version, changes: changes)
        case .unprocessable(let code, let text), .inUse(let code, let text):
            let message = L10n.errorMessage(code: code, fallback: text, language)
            detail = .init(code: code, message: message)
        case .internalError(let message):
            detail = .init(code: "internal_error", message: message)
        case .unauthenticated:
            detail = .init(code: "unauthorized", message: "authentication required: send Authorization: Bearer <API token>")
            var response = (try? json(ErrorBody(error: detail), status: error.status)) ?? Response(status: error.status)
            response.headers[.wwwAuthenticate] = "Bearer realm=\"reform\""
            return response
        case .forbidden(let action):
            detail = .init(code: "forbidden", message: L10n.t("deny." + action, language))
        case .csrfRejected:
            detail = .init(code: "csrf_failed", message: L10n.t("csrf.rejected", language))
        }
        return (try? json(ErrorBody(error: detail), status: error.status)) ?? Response(status: error.status)
    }
}
