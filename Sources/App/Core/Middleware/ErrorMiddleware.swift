import Foundation
import Hummingbird
import Logging
import ReformCore

/// Maps every error to a status and a message: JSON under /api, an HTML page elsewhere, in the reader's language.
/// The router has it twice: outermost, for what the sign-in and CSRF checks refuse, and inside them, so that an error
/// page a signed-in user meets (a page that does not exist, an address with a bad id) has the navigation, the user and
/// the inbox count of every other page.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as AppError {
            return respond(error, request: request, context: context)
        } catch let error as HTTPError {
            if request.uri.path.hasPrefix("/api") {
                var response = APIResponse.error(
                    status: error.status, code: APIResponse.code(for: error.status),
                    message: error.body ?? error.status.reasonPhrase)
                for field in error.headers { response.headers.append(field) }
                return response
            }
            var response = renderer.errorPage(
                status: error.status, message: Self.pageMessage(error, context.language),
                context: context, request: request)
            for field in error.headers { response.headers.append(field) }
            return response
        } catch let error as any HTTPResponseError {
            // e.g. NIOTooManyBytesError: a body over the upload limit is a 413, not a server error.
            if request.uri.path.hasPrefix("/api") {
                let message = error.status == .contentTooLarge ? "request body exceeds \(context.maxUploadSize) bytes" : error.status.reasonPhrase
                return APIResponse.error(status: error.status, code: APIResponse.code(for: error.status), message: message)
            }
            return renderer.errorPage(
                status: error.status, message: Self.statusMessage(error.status, context.language),
                context: context, request: request)
        } catch let error as DecodingError {
            return respond(.badRequest(parameter: "body", message: DecodingErrorText.describe(error)), request: request, context: context)
        } catch {
            context.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))", "component": "http"])
            return respond(.internalError("internal error"), request: request, context: context)
        }
    }

    private func respond(_ error: AppError, request: Request, context: Context) -> Response {
        if AuthMiddleware.isAPI(request.uri.path) { return APIResponse.error(error, language: context.language) }
        let l = context.language
        let message: String
        switch error {
        case .validation(let issues): message = issues.map { L10n.issue($0, l) }.joined(separator: "；")
        // The detail is written for API clients, in English: a Chinese page names the parameter only.
        case .badRequest(let parameter, let text):
            message =
                l == .zh
                ? L10n.fill("error.badParameterNamed", l, parameter)
                : L10n.t("error.badParameter", l) + " \(parameter): \(text)"
        case .notFound(let entity, let id): message = L10n.t("error.notFound", l) + " (\(L10n.t("entity." + entity, l)) \(id))"
        case .conflict: message = L10n.t("error.conflict", l)
        case .unprocessable(let code, let text), .inUse(let code, let text): message = L10n.errorMessage(code: code, fallback: text, l)
        case .internalError: message = L10n.t("error.internal", l)
        case .unauthenticated: message = L10n.t("auth.required", l)
        case .forbidden(let action): message = L10n.t("deny." + action, l)
        case .csrfRejected: message = L10n.t("csrf.rejected", l)
        }
        return renderer.errorPage(status: error.status, message: message, context: context, request: request)
    }

    /// Hummingbird's own errors carry English for developers ("Parameter 'abc' can not be converted to the expected
    /// type (Int)"); a page says what happened in the reader's words.
    static func pageMessage(_ error: HTTPError, _ l: Language) -> String {
        if error.status == .badRequest, let body = error.body, body.hasPrefix("Parameter '"),
            let end = body.range(of: "' can not be converted")
        {
            let value = body[body.index(body.startIndex, offsetBy: "Parameter '".count)..<end.lowerBound]
            return L10n.fill("error.badPathValue", l, String(value.prefix(40)))
        }
        return statusMessage(error.status, l)
    }

    static func statusMessage(_ status: HTTPResponse.Status, _ l: Language) -> String {
        switch status {
        case .notFound: L10n.t("error.pageNotFound", l)
        case .methodNotAllowed: L10n.t("error.methodNotAllowed", l)
        case .contentTooLarge: L10n.t("error.tooLarge", l)
        case .unsupportedMediaType: L10n.t("error.unsupportedMediaType", l)
        case .badRequest: L10n.t("error.badRequest", l)
        default: L10n.fill("error.status", l, String(status.code))
        }
    }
}

enum DecodingErrorText {
    static func describe(_ error: DecodingError) -> String {
        func path(_ c: [any CodingKey]) -> String {
            c.isEmpty ? "body" : c.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let ctx): return "\(path(ctx.codingPath)): expected \(type)"
        case .valueNotFound(let type, let ctx): return "\(path(ctx.codingPath)): missing \(type)"
        case .keyNotFound(let key, let ctx): return "\(path(ctx.codingPath + [key])): required field is missing"
        case .dataCorrupted(let ctx): return "\(path(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default: return "invalid JSON body"
        }
    }
}
