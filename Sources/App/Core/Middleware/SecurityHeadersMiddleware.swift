import HTTPTypes
import Hummingbird

/// The headers every response carries, pages, the API, errors and static files alike (README: Security headers).
/// Scripts come only from /static (no inline script, no `onclick=`); styles may be inline, because the meters'
/// `style="--p:…"` and the SVG charts' own `<style>` (which travel with the downloadable SVG) need it.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        [
            "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self'",
            "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"
        ].joined(separator: "; ")
    }

    static var headers: [(HTTPField.Name, String)] {
        [
            (.contentSecurityPolicy, contentSecurityPolicy), (.xFrameOptions, "DENY"), (.referrerPolicy, "strict-origin-when-cross-origin"),
            (.xContentTypeOptions, "nosniff")
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            // The error middleware answers everything it meets; this covers anything thrown past it.
            response = try error.response(from: request, context: context)
        }
        // A handler may send a stricter Referrer-Policy (the golden-idea receipt's no-referrer); the rest are always these.
        for (name, value) in Self.headers where !(name == .referrerPolicy && response.headers[name] == "no-referrer") {
            response.headers[name] = value
        }
        return response
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xRequestID = HTTPField.Name("X-Request-Id")!
}
