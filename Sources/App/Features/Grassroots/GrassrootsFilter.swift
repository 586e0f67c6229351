import Foundation
import ReformCore
import SQLKit

/// The register's filters, read from the URL: call, declaring district, state, words, page.
struct GrassrootsFilter: Sendable, Equatable {
    static let pageSize = 50
    static let maxPage = 10_000

    var call: Int?
    var jurisdiction: Int?
    var state: GrassrootsState?
    var q: String?
    var page = 1

    static func parse(_ query: (String) -> String?) throws -> GrassrootsFilter {
        var f = GrassrootsFilter()
        func value(_ name: String) throws -> String? {
            guard let raw = query(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return try APIInput.clean(raw, name)
        }
        func bad(_ name: String, _ raw: String, _ expected: String) -> AppError {
            AppError.badRequest(parameter: name, message: "expected \(expected), got \(raw.prefix(40))")
        }
        if let raw = try value("call") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("call", raw, "a call id") }
            f.call = n
        }
        if let raw = try value("jurisdiction") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("jurisdiction", raw, "a jurisdiction id") }
            f.jurisdiction = n
        }
        if let raw = try value("state") {
            guard let s = GrassrootsState(text: raw) else { throw bad("state", raw, "declared, selected or not_selected") }
            f.state = s
        }
        if let raw = try value("q") {
            guard raw.unicodeScalars.count <= 100 else { throw bad("q", raw, "at most 100 characters") }
            f.q = raw
        }
        if let raw = try value("page") {
            guard let n = APIInput.wholeNumber(raw), n >= 1, n <= maxPage else { throw bad("page", raw, "a page number from 1 to \(maxPage)") }
            f.page = n
        }
        return f
    }

    func query(page: Int? = nil) -> String {
        var parts: [(String, String)] = []
        if let call { parts.append(("call", String(call))) }
        if let jurisdiction { parts.append(("jurisdiction", String(jurisdiction))) }
        if let state { parts.append(("state", state.rawValue)) }
        if let q { parts.append(("q", q)) }
        if let page, page > 1 { parts.append(("page", String(page))) }
        return parts.map { "\($0.0)=\(AuthorizationFilter.escape($0.1))" }.joined(separator: "&")
    }

    func conditions(scope: String?, jurisdictionPath: String?) -> SQLQueryString {
        var c: SQLQueryString = scope.map { PathRange.condition(column: "g.jurisdiction_path", prefix: $0) } ?? "1 = 1"
        if let jurisdictionPath { c = c + " AND " + PathRange.condition(column: "g.jurisdiction_path", prefix: jurisdictionPath) }
        if let call { c = c + " AND g.call_id = \(bind: call)" }
        if let state { c = c + " AND g.state = \(bind: state.rawValue)" }
        if let q {
            let pattern =
                "%"
                + q.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            c =
                c
                + " AND (g.title LIKE \(bind: pattern) ESCAPE '\\' OR g.summary LIKE \(bind: pattern) ESCAPE '\\' OR g.lead_unit LIKE \(bind: pattern) ESCAPE '\\')"
        }
        return c
    }
}
