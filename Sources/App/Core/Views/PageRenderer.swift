import Foundation
import Hummingbird
import Mustache

/// Renders pages from the Mustache templates loaded once at start. Every page declares UTF-8.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary
    /// The footer's year.
    let clock: AppClock

    public static func load(clock: AppClock) async throws -> PageRenderer {
        let base = Bundle.module.bundleURL.appendingPathComponent("Resources/Templates").path
        let library = try await MustacheLibrary(directory: base)
        // The library skips a missing folder silently; a server without pages must not start.
        guard library.getTemplate(named: "layout") != nil else {
            throw AppError.internalError("templates not found in \(base)")
        }
        return PageRenderer(library: library, clock: clock)
    }

    /// Renders `template` inside the layout with a typed view model (a struct whose properties the template names).
    func page<View>(
        _ template: String, title: String, view: View, context: AppRequestContext, request: Request,
        status: HTTPResponse.Status = .ok, isDemo: Bool = false, active: String = ""
    ) -> Response {
        let object = PageContext(view: view, frame: frame(title: title, context: context, request: request, isDemo: isDemo, active: active))
        let html = library.render(object, withTemplate: template) ?? "template \(template) is missing"
        return Self.html(html, status: status)
    }

    /// The menu's groups (a `<details>` each in the layout): a page whose own entry sits in a group marks the group too.
    /// A feature that adds an entry to a group adds its line here.
    static let navGroups: [String: String] = [
        "matters": "supervision", "notices": "supervision", "inspections": "supervision", "rectifications": "supervision",
        "obstacles": "supervision",
        "imports": "more", "jurisdictions": "more", "calendar": "more", "audit": "more", "users": "more", "webhooks": "more",
        "authorizations": "registers", "powers": "registers", "grassroots": "registers", "evaluations": "registers",
        "replication": "registers",
        "ideas": "public", "publication": "public"
    ]

    /// What the layout reads on every page.
    private func frame(title: String, context: AppRequestContext, request: Request, isDemo: Bool, active: String) -> [String: Any] {
        let l = context.language
        var object: [String: Any] = [:]
        object["t"] = L10n.table(l)
        object["pageTitle"] = title
        object["htmlLang"] = l.htmlLang
        object["isDemo"] = isDemo
        object["nav_" + active] = true
        if let group = Self.navGroups[active] { object["navgroup_" + group] = true }
        object["langSwitchURL"] = Self.switchURL(request: request, to: l == .zh ? .en : .zh)
        object["currentYear"] = clock.today.year
        if let csrf = context.csrfToken { object["csrf"] = csrf }
        if let p = context.principal {
            object["me"] = Self.me(p, inboxCount: context.inboxCount, notificationCount: context.notificationCount, language: l)
        }
        return object
    }

    /// A part of a page (an item-page or inbox section) rendered on its own from its typed view model, with the
    /// strings, the CSRF token and the user that a page's templates may read.
    func fragment<View>(_ template: String, view: View, context: AppRequestContext) -> String {
        let l = context.language
        var frame: [String: Any] = [:]
        frame["t"] = L10n.table(l)
        frame["htmlLang"] = l.htmlLang
        if let csrf = context.csrfToken { frame["csrf"] = csrf }
        if let p = context.principal {
            frame["me"] = Self.me(p, inboxCount: context.inboxCount, notificationCount: context.notificationCount, language: l)
        }
        return library.render(PageContext(view: view, frame: frame), withTemplate: template) ?? ""
    }

    /// The header's account block and the navigation a user may use (links they cannot use are left out).
    static func me(_ p: Principal, inboxCount: Int?, notificationCount: Int? = nil, language l: Language) -> [String: Any] {
        var me: [String: Any] = [
            "displayName": p.displayName, "username": p.username, "role": L10n.t("role." + p.role.rawValue, l),
            "scope": p.unitName ?? (p.jurisdictionPath == Principal.nationwidePath ? L10n.t("account.nationwide", l) : p.jurisdictionName),
            "canImport": Access.canImport(p), "canAudit": Access.canSearchAudit(p), "canManageUsers": Access.canManageUsers(p),
            "isReviewer": p.role == .reviewer
        ]
        // The reporting loop sets `context.inboxCount`; nothing is shown until it does. A reviewer has neither.
        if let inboxCount, p.role != .reviewer { me["inbox"] = ["count": inboxCount, "hasItems": inboxCount > 0] }
        if let n = notificationCount, p.role != .reviewer {
            me["notifications"] = ["count": n > NotificationQueries.headerCap ? "\(NotificationQueries.headerCap)+" : String(n), "hasItems": n > 0]
        }
        return me
    }

    /// An error inside the usual layout: the navigation, the user and the inbox count when the context has them.
    func errorPage(status: HTTPResponse.Status, message: String, context: AppRequestContext, request: Request) -> Response {
        page(
            "error", title: L10n.t("error.title", context.language), view: ErrorPageView(status: Int(status.code), message: message),
            context: context, request: request, status: status)
    }

    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func switchURL(request: Request, to language: Language) -> String {
        var items = request.uri.queryParameters.filter { $0.key != "lang" }.map { (String($0.key), String($0.value)) }
        items.append(("lang", language.rawValue))
        return request.uri.path + "?" + QueryString.encode(items)
    }
}

enum QueryString {
    static func encode(_ items: [(String, String)]) -> String {
        items.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    static func escape(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    /// Parses `a=1&b=2&b=3` (form bodies and query strings), `+` as space.
    static func parse(_ s: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for pair in s.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(String(parts[0]))
            let value = parts.count > 1 ? decode(String(parts[1])) : ""
            result[key, default: []].append(value)
        }
        return result
    }

    private static func decode(_ s: String) -> String {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? s
    }
}

extension Request {
    /// Query parameters with repeats kept (status=a&status=b).
    var queryMultiMap: [String: [String]] { QueryString.parse(uri.query ?? "") }

    func formData(limit: Int = 1024 * 1024) async throws -> FormData {
        let buffer = try await body.collect(upTo: limit)
        let fields = QueryString.parse(String(buffer: buffer))
        try QueryString.rejectNUL(fields)
        return FormData(fields: fields)
    }
}

extension QueryString {
    /// NUL cannot be stored in PostgreSQL text and never belongs in an office's data: refused by field name, as /api does.
    static func rejectNUL(_ fields: [String: [String]]) throws {
        for (key, values) in fields where values.contains(where: { $0.unicodeScalars.contains { $0.value == 0 } }) {
            throw AppError.badRequest(parameter: key, message: "contains a NUL character")
        }
    }
}

/// A submitted HTML form.
struct FormData: Sendable {
    var fields: [String: [String]]
    func string(_ key: String) -> String { fields[key]?.last ?? "" }
    func int(_ key: String) -> Int? { Int(string(key).trimmingCharacters(in: .whitespaces)) }
    func ints(_ key: String) -> [Int] { (fields[key] ?? []).compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
}
