import Foundation
import ReformCore
import SQLKit

/// The register's filters, read from the URL (the page, its exports and the API share them): decision, type, method,
/// status (on today), receiving city, words in the name, department or legal basis, the day the counts are taken as of,
/// and the page.
struct PowerFilter: Sendable, Equatable {
    static let pageSize = 50
    static let maxPage = 10_000

    var decision: Int?
    var type: PowerType?
    var method: PowerMethod?
    var status: PowerStatus?
    var jurisdiction: Int?
    var q: String?
    var asOf: LocalDate?
    var page = 1

    /// The names of the URL's parameters, in the order links write them.
    static let parameters = ["decision", "type", "method", "status", "jurisdiction", "q", "as_of", "page"]

    /// Reads the query; a parameter that is given but cannot be read is a 400 naming it. Empty values mean "any".
    static func parse(_ query: (String) -> String?) throws -> PowerFilter {
        var f = PowerFilter()
        func value(_ name: String) throws -> String? {
            guard let raw = query(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return try APIInput.clean(raw, name)
        }
        func bad(_ name: String, _ raw: String, _ expected: String) -> AppError {
            AppError.badRequest(parameter: name, message: "expected \(expected), got \(raw.prefix(40))")
        }
        if let raw = try value("decision") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("decision", raw, "a decision id") }
            f.decision = n
        }
        if let raw = try value("type") {
            guard let t = PowerType(text: raw) else { throw bad("type", raw, PowerType.allCases.map(\.rawValue).joined(separator: ", ")) }
            f.type = t
        }
        if let raw = try value("method") {
            guard let m = PowerMethod(text: raw) else { throw bad("method", raw, "devolve or entrust") }
            f.method = m
        }
        if let raw = try value("status") {
            guard let s = PowerStatus(text: raw) else { throw bad("status", raw, PowerStatus.allCases.map(\.rawValue).joined(separator: ", ")) }
            f.status = s
        }
        if let raw = try value("jurisdiction") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("jurisdiction", raw, "a jurisdiction id") }
            f.jurisdiction = n
        }
        if let raw = try value("q") {
            guard raw.unicodeScalars.count <= 100 else { throw bad("q", raw, "at most 100 characters") }
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

    /// The query string for links (page 1 and an empty filter write nothing).
    func query(page: Int? = nil, includeAsOf: Bool = true) -> String {
        var parts: [(String, String)] = []
        if let decision { parts.append(("decision", String(decision))) }
        if let type { parts.append(("type", type.rawValue)) }
        if let method { parts.append(("method", method.rawValue)) }
        if let status { parts.append(("status", status.rawValue)) }
        if let jurisdiction { parts.append(("jurisdiction", String(jurisdiction))) }
        if let q { parts.append(("q", q)) }
        if includeAsOf, let asOf { parts.append(("as_of", asOf.iso)) }
        if let page, page > 1 { parts.append(("page", String(page))) }
        return parts.map { "\($0.0)=\(AuthorizationFilter.escape($0.1))" }.joined(separator: "&")
    }

    /// The SQL conditions on `p` (delegated_powers) within the reader's subtree (every one when nil); the status is taken on
    /// `today` from the power's dates.
    func conditions(scope: String?, jurisdictionPath: String?, today: LocalDate, includeStatus: Bool = true, on sql: any SQLDatabase)
        -> SQLQueryString
    {
        var c: SQLQueryString = scope.map { PathRange.condition(column: "p.jurisdiction_path", prefix: $0) } ?? "1 = 1"
        if let jurisdictionPath { c = c + " AND " + PathRange.condition(column: "p.jurisdiction_path", prefix: jurisdictionPath) }
        if let decision { c = c + " AND p.decision_id = \(bind: decision)" }
        if let type { c = c + " AND p.power_type = \(bind: type.rawValue)" }
        if let method { c = c + " AND p.method = \(bind: method.rawValue)" }
        if includeStatus, let status { c = c + " AND " + Self.statusCondition(status, today: today) }
        if let q {
            c = c + " AND " + RegisterSearch.condition(q, table: "delegated_powers", alias: "p", columns: RegisterSearch.powerColumns, on: sql)
        }
        return c
    }

    /// `PowerStatus.of` in SQL.
    static func statusCondition(_ s: PowerStatus, today: LocalDate) -> SQLQueryString {
        let t = today.iso
        let live: SQLQueryString = "(p.withdrawn_on IS NULL OR p.withdrawn_on > \(bind: t))"
        let handed: SQLQueryString = "p.handed_over_on IS NOT NULL"
        let termLive: SQLQueryString = "(p.term_end IS NULL OR p.term_end >= \(bind: t))"
        var c: SQLQueryString
        switch s {
        case .withdrawn:
            c = "(p.withdrawn_on IS NOT NULL AND p.withdrawn_on <= \(bind: t))"
        case .pending:
            c = "p.handed_over_on IS NULL AND p.handover_deadline >= \(bind: t) AND "
            c = c + live
        case .overdue:
            c = "p.handed_over_on IS NULL AND p.handover_deadline < \(bind: t) AND "
            c = c + live
        case .inForce:
            c = live + " AND " + handed + " AND (p.method = 'devolve' OR (p.renewals = 0 AND "
            c = c + termLive + "))"
        case .renewed:
            c = live + " AND " + handed + " AND p.method = 'entrust' AND p.renewals > 0 AND "
            c = c + termLive
        case .expired:
            c = live + " AND " + handed + " AND p.method = 'entrust' AND p.term_end < \(bind: t)"
        }
        return "(" + c + ")"
    }
}
