import Foundation
import HTTPTypes
import Hummingbird
import ReformCore

/// Every state-changing request made with a session cookie must carry the session's CSRF token: the hidden `_csrf`
/// field of a form (urlencoded or multipart) or an `X-CSRF-Token` header. Requests with an API token carry no ambient
/// credential a foreign site could ride on, so they skip the check. Refused with 403 before the handler runs.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let field = "_csrf"
    static let header = HTTPField.Name("X-CSRF-Token")!
    /// The largest body read to find the field: the largest upload a form may carry (an import, or a report's evidence
    /// files); the handlers enforce their own limits.
    let bodyLimit: Int

    init(maxUploadBytes: Int = ImportService.maxUploadBytes) {
        bodyLimit = maxUploadBytes + 64 * 1024
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.changesState(request.method), let expected = context.csrfToken else {
            return try await next(request, context)
        }
        if let sent = request.headers[Self.header] {
            guard SecretToken.equal(sent, expected) else { throw AppError.csrfRejected }
            return try await next(request, context)
        }
        var request = request
        if let boundary = MultipartStreamParser.boundary(contentType: request.headers[.contentType] ?? "") {
            // Streamed: files go to disk as they arrive, and the handler takes the form from the context.
            let form: UploadedForm
            do {
                form = try await UploadedForm.read(request.body, boundary: boundary, limit: bodyLimit)
            } catch AppError.badRequest {
                throw AppError.csrfRejected
            }
            guard let sent = form.fields[Self.field]?.last, SecretToken.equal(sent, expected) else { throw AppError.csrfRejected }
            var context = context
            context.uploadedForm = form
            request.body = RequestBody(buffer: ByteBuffer())
            return try await next(request, context)
        }
        let buffer = try await request.body.collect(upTo: bodyLimit)
        request.body = RequestBody(buffer: buffer)
        guard let sent = Self.token(in: buffer, contentType: request.headers[.contentType] ?? ""),
            SecretToken.equal(sent, expected)
        else { throw AppError.csrfRejected }
        return try await next(request, context)
    }

    static func changesState(_ method: HTTPRequest.Method) -> Bool {
        method == .post || method == .put || method == .patch || method == .delete
    }

    /// The `_csrf` field of a urlencoded form body.
    static func token(in buffer: ByteBuffer, contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") else { return nil }
        return QueryString.parse(String(buffer: buffer))[field]?.last
    }
}
