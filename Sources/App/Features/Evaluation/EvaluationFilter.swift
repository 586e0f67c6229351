import Foundation
import ReformCore

/// A round's result list filters, read from the URL (the page, its exports and the API share them): the subject's kind,
/// its tier, its jurisdiction (and below), words in its title, whether it is fully scored, and the page.
struct EvaluationFilter: Sendable, Equatable {
    static let pageSize = 50
    static let maxPage = 10_000

    var kind: String?
    var tier: EvaluationTier?
    var jurisdiction: Int?
    var q: String?
    var complete: Bool?
    var page = 1

    static let parameters = ["kind", "tier", "jurisdiction", "q", "complete", "page"]

    /// A parameter that is given but cannot be read is a 400 naming it; an empty value means "any".
    static func parse(_ query: (String) -> String?) throws -> EvaluationFilter {
        var f = EvaluationFilter()
        func value(_ name: String) throws -> String? {
            guard let raw = query(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return try APIInput.clean(raw, name)
        }
        func bad(_ name: String, _ raw: String, _ expected: String) -> AppError {
            AppError.badRequest(parameter: name, message: "expected \(expected), got \(raw.prefix(40))")
        }
        if let raw = try value("kind") {
            guard EvaluationSubjectKind.named(raw) != nil else {
                throw bad("kind", raw, EvaluationSubjectKind.all.map(\.code).joined(separator: ", "))
            }
            f.kind = raw
        }
        if let raw = try value("tier") {
            guard let t = EvaluationTier(text: raw) else { throw bad("tier", raw, "best, excellent or none") }
            f.tier = t
        }
        if let raw = try value("jurisdiction") {
            guard let n = APIInput.wholeNumber(raw), n > 0 else { throw bad("jurisdiction", raw, "a jurisdiction id") }
            f.jurisdiction = n
        }
        if let raw = try value("q") {
            guard raw.unicodeScalars.count <= 100 else { throw bad("q", raw, "at most 100 characters") }
            f.q = raw
        }
        if let raw = try value("complete") {
            switch raw {
            case "1", "true": f.complete = true
            case "0", "false": f.complete = false
            default: throw bad("complete", raw, "true or false")
            }
        }
        if let raw = try value("page") {
            guard let n = APIInput.wholeNumber(raw), n >= 1, n <= maxPage else { throw bad("page", raw, "a page number from 1 to \(maxPage)") }
            f.page = n
        }
        return f
    }

    func query(page: Int? = nil) -> String {
        var parts: [(String, String)] = []
        if let kind { parts.append(("kind", kind)) }
        if let tier { parts.append(("tier", tier.rawValue)) }
        if let jurisdiction { parts.append(("jurisdiction", String(jurisdiction))) }
        if let q { parts.append(("q", q)) }
        if let complete { parts.append(("complete", complete ? "1" : "0")) }
        if let page, page > 1 { parts.append(("page", String(page))) }
        return QueryString.encode(parts)
    }

    /// Whether a computed row passes the filter (`jurisdictionPath` is the chosen jurisdiction's).
    func matches(_ row: EvaluationResultRow, jurisdictionPath: String?) -> Bool {
        if let kind, row.subject.kind != kind { return false }
        if let tier, row.tier != tier { return false }
        if let jurisdictionPath, !row.subject.jurisdictionPath.hasPrefix(jurisdictionPath) { return false }
        if let q, !row.subject.title.localizedCaseInsensitiveContains(q) { return false }
        if let complete, (row.result.missing == 0) != complete { return false }
        return true
    }
}

/// The rounds list's filters: year and state, and the page.
struct EvaluationRoundFilter: Sendable, Equatable {
    var year: Int?
    var state: EvaluationState?
    var page = 1

    static func parse(_ query: (String) -> String?) throws -> EvaluationRoundFilter {
        var f = EvaluationRoundFilter()
        func value(_ name: String) throws -> String? {
            guard let raw = query(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return try APIInput.clean(raw, name)
        }
        if let raw = try value("year") {
            guard let n = APIInput.wholeNumber(raw), (1900...2200).contains(n) else {
                throw AppError.badRequest(parameter: "year", message: "expected a year from 1900 to 2200, got \(raw.prefix(40))")
            }
            f.year = n
        }
        if let raw = try value("state") {
            guard let s = EvaluationState(rawValue: raw) else {
                throw AppError.badRequest(parameter: "state", message: "expected scoring or closed, got \(raw.prefix(40))")
            }
            f.state = s
        }
        if let raw = try value("page") {
            guard let n = APIInput.wholeNumber(raw), n >= 1, n <= EvaluationFilter.maxPage else {
                throw AppError.badRequest(
                    parameter: "page", message: "expected a page number from 1 to \(EvaluationFilter.maxPage), got \(raw.prefix(40))")
            }
            f.page = n
        }
        return f
    }
}
