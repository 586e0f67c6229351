import Hummingbird

/// Chinese by default, whatever the browser's Accept-Language says (offices' browsers are often set to
/// English): `?lang=en|zh` switches and is remembered in a cookie.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var setCookie: Language?
        if let asked = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) {
            context.language = asked
            setCookie = asked
        } else if let cookie = request.cookies["lang"]?.value, let lang = Language(rawValue: cookie) {
            context.language = lang
        }
        var response = try await next(request, context)
        if let setCookie {
            response.setCookie(Cookie(name: "lang", value: setCookie.rawValue, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }
}
