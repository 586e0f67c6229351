import Foundation
import ReformCore
import SQLKit

/// The register's filters, read from the URL (the page, its exports and the API share them): batch, area, landing
/// status, receiving jurisdiction, whether a law must change, filing or approval, words in the content, the day the
/// counts are taken as of, and the page.
struct AuthorizationFilter: Sendable, Equatable {
    static let pageSize = 50
    static let maxPage = 10_000

    var batch: Int?
    var area: String?
    var status: LandingStatus?
    var jurisdiction: Int?
    var lawChange: Bool?
    var mode: ApprovalMode?
    var q: String?
    var asOf: LocalDate?
    var page = 1

    /// The names of the URL's parameters, in the order links write them.
    static let parameters = ["batch", "area", "status", "jurisdiction", "law_change", "mode", "q", "as_of", "page"]

    /// Reads the query; a parameter that is given but cannot be read is a 400 naming it. Empty values mean "any" (a form's
    /// blank choice).
    static func parse(_ query: (String) -> String?) throws -> AuthorizationFilter {
        var f = AuthorizationFilter()
        func value(_ name: String) throws -> String? {
            guard let raw = query(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return try APIInput.clean(raw, name)
        }
        func bad(_ name: String, _ raw: String, _ expected: String) -> AppError {
            AppError.badRequest(parameter: name, message: "expected \(expected), got \(raw.prefix(40))")
        }
        if let raw = try value("batch") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("batch", raw, "a batch id") }
            f.batch = n
        }
        if let raw = try value("area") {
            guard raw.count <= 100 else { throw bad("area", raw, "an area of at most 100 characters") }
            f.area = raw
        }
        if let raw = try value("status") {
            guard let s = LandingStatus(text: raw) else { throw bad("status", raw, LandingStatus.allCases.map(\.rawValue).joined(separator: ", ")) }
            f.status = s
        }
        if let raw = try value("jurisdiction") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("jurisdiction", raw, "a jurisdiction id") }
            f.jurisdiction = n
        }
        if let raw = try value("law_change") {
            switch raw {
            case "1", "true": f.lawChange = true
            case "0", "false": f.lawChange = false
            default: throw bad("law_change", raw, "true or false")
            }
        }
        if let raw = try value("mode") {
            guard let m = ApprovalMode(text: raw) else { throw bad("mode", raw, "filing or approval") }
            f.mode = m
        }
        if let raw = try value("q") {
            guard raw.count <= 100 else { throw bad("q", raw, "at most 100 characters") }
            f.q = raw
        }
        if let raw = try value("as_of") {
            guard let d = LocalDate(iso: raw), (1900...2200).contains(d.year) else { throw bad("as_of", raw, "a date YYYY-MM-DD") }
            f.asOf = d
        }
        if let raw = try value("page") {
            guard let n = APIInput.wholeNumber(raw), n >= 1, n <= maxPage else { throw bad("page", raw, "a page number from 1 to \(maxPage)") }
            f.page = n
        }
        return f
    }

    /// The filter as URL parameters, without the page (and without as_of unless asked).
    func query(page: Int? = nil, includeAsOf: Bool = true) -> String {
        var parts: [(String, String)] = []
        if let batch { parts.append(("batch", String(batch))) }
        if let area { parts.append(("area", area)) }
        if let status { parts.append(("status", status.rawValue)) }
        if let jurisdiction { parts.append(("jurisdiction", String(jurisdiction))) }
        if let lawChange { parts.append(("law_change", lawChange ? "1" : "0")) }
        if let mode { parts.append(("mode", mode.rawValue)) }
        if let q { parts.append(("q", q)) }
        if includeAsOf, let asOf { parts.append(("as_of", asOf.iso)) }
        if let page, page > 1 { parts.append(("page", String(page))) }
        return parts.map { "\($0.0)=\(Self.escape($0.1))" }.joined(separator: "&")
    }

    static func escape(_ s: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#?")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    /// The SQL conditions on `i` (authorization_items) for the filter within the reader's subtree (every one when nil); the
    /// receiving jurisdiction includes everything below it.
    /// The conditions on where an item is (scope, jurisdiction, batch, area), on `alias`'s columns of those names: the
    /// items' (`i`) or the status history's copies of them (`c`, migration 0037).
    private func placeConditions(scope: String?, jurisdictionPath: String?, alias: String) -> SQLQueryString {
        var c: SQLQueryString = scope.map { PathRange.condition(column: alias + ".jurisdiction_path", prefix: $0) } ?? "1 = 1"
        if let jurisdictionPath { c = c + " AND " + PathRange.condition(column: alias + ".jurisdiction_path", prefix: jurisdictionPath) }
        if let batch { c = c + " AND \(unsafeRaw: alias).batch_id = \(bind: batch)" }
        if let area { c = c + " AND \(unsafeRaw: alias).area = \(bind: area)" }
        return c
    }

    /// The filter on the status history (`c`), its status aside (the counts are taken by status): on the changes' own
    /// copies of the place, and for the law-change flag, the approval mode or a phrase on the ids of the items that have
    /// them (a phrase's come from the trigram index), so the changes are not joined to every item.
    func changeConditions(scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) -> SQLQueryString {
        var c = placeConditions(scope: scope, jurisdictionPath: jurisdictionPath, alias: "c")
        if lawChange == nil, mode == nil, let q, let ids = RegisterSearch.ids(q, table: "authorization_items", on: sql) {
            // A phrase alone: the changes of the ids the trigram index gives, without looking the items up.
            return c + " AND c.item_id IN (" + ids + ")"
        }
        var own: [SQLQueryString] = []
        if let lawChange { own.append("i.needs_law_change = \(bind: lawChange)") }
        if let mode { own.append("i.approval_mode = \(bind: mode.rawValue)") }
        if let q {
            own.append(RegisterSearch.condition(q, table: "authorization_items", alias: "i", columns: RegisterSearch.authorizationColumns, on: sql))
        }
        if !own.isEmpty { c = c + " AND c.item_id IN (SELECT i.id FROM authorization_items i WHERE " + own.joined(separator: " AND ") + ")" }
        return c
    }

    func conditions(scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) -> SQLQueryString {
        var c = placeConditions(scope: scope, jurisdictionPath: jurisdictionPath, alias: "i")
        if let status { c = c + " AND i.status = \(bind: status.rawValue)" }
        if let lawChange { c = c + " AND i.needs_law_change = \(bind: lawChange)" }
        if let mode { c = c + " AND i.approval_mode = \(bind: mode.rawValue)" }
        if let q {
            c =
                c + " AND "
                + RegisterSearch.condition(q, table: "authorization_items", alias: "i", columns: RegisterSearch.authorizationColumns, on: sql)
        }
        return c
    }
}
