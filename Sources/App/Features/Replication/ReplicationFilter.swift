import Foundation
import ReformCore
import SQLKit

/// The library's filters, read from the URL (the page, its exports and the API share them): batch, origin jurisdiction,
/// a jurisdiction where it was adopted (and below), the year it was published, words in its title or summary, the page.
struct ReplicationFilter: Sendable, Equatable {
    static let pageSize = 50
    static let maxPage = 10_000

    var batch: Int?
    var origin: Int?
    var adoptedIn: Int?
    var year: Int?
    var q: String?
    var page = 1

    static let parameters = ["batch", "origin", "adopted_in", "year", "q", "page"]

    static func parse(_ query: (String) -> String?) throws -> ReplicationFilter {
        var f = ReplicationFilter()
        func value(_ name: String) throws -> String? {
            guard let raw = query(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return try APIInput.clean(raw, name)
        }
        func bad(_ name: String, _ raw: String, _ expected: String) -> AppError {
            AppError.badRequest(parameter: name, message: "expected \(expected), got \(raw.prefix(40))")
        }
        if let raw = try value("batch") {
            guard let n = APIInput.wholeNumber(raw), (1...999).contains(n) else { throw bad("batch", raw, "a batch number from 1 to 999") }
            f.batch = n
        }
        if let raw = try value("origin") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("origin", raw, "a jurisdiction id") }
            f.origin = n
        }
        if let raw = try value("adopted_in") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("adopted_in", raw, "a jurisdiction id") }
            f.adoptedIn = n
        }
        if let raw = try value("year") {
            guard let n = APIInput.wholeNumber(raw), (1900...2200).contains(n) else { throw bad("year", raw, "a year from 1900 to 2200") }
            f.year = n
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
        if let batch { parts.append(("batch", String(batch))) }
        if let origin { parts.append(("origin", String(origin))) }
        if let adoptedIn { parts.append(("adopted_in", String(adoptedIn))) }
        if let year { parts.append(("year", String(year))) }
        if let q { parts.append(("q", q)) }
        if let page, page > 1 { parts.append(("page", String(page))) }
        return QueryString.encode(parts)
    }

    /// The SQL conditions on `e` (experiences), given the chosen jurisdictions' paths.
    func conditions(originPath: String?, adoptedPath: String?) -> SQLQueryString {
        var c: SQLQueryString = "1 = 1"
        if let batch { c = c + " AND e.batch = \(bind: batch)" }
        if let originPath { c = c + " AND " + PathRange.condition(column: "e.jurisdiction_path", prefix: originPath) }
        if let adoptedPath {
            c =
                c + " AND e.id IN (SELECT a.experience_id FROM experience_adoptions a WHERE "
                + PathRange.condition(column: "a.jurisdiction_path", prefix: adoptedPath) + ")"
        }
        if let year {
            c =
                c
                + " AND e.published_on >= \(bind: String(format: "%04d-01-01", year)) AND e.published_on <= \(bind: String(format: "%04d-12-31", year))"
        }
        if let q {
            let pattern =
                "%"
                + q.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
                + "%"
            c = c + " AND (e.title LIKE \(bind: pattern) ESCAPE '\\' OR e.summary LIKE \(bind: pattern) ESCAPE '\\')"
        }
        return c
    }
}
