import ReformCore

/// The audit search's filters, read from the URL (pages) or the query string (API); each bad one is named.
struct AuditFilter: Sendable, Equatable {
    var actor = ""
    var entityType: String?
    var from: LocalDate?
    var to: LocalDate?
    var text = ""
    var page = 1
    var perPage = 50

    static let entityTypes = ["item", "plan", "unit", "jurisdiction", "import", "user", "assignment", "report"]
    static let maxPerPage = 200

    /// Reads the query string; each bad parameter is named.
    static func parse(_ params: [String: [String]]) throws -> AuditFilter {
        var f = AuditFilter()
        func one(_ key: String) -> String? {
            guard let v = params[key]?.last?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        func date(_ key: String) throws -> LocalDate? {
            guard let v = one(key) else { return nil }
            guard let d = LocalDate(iso: v) else {
                throw AppError.badRequest(parameter: key, message: "expected a date as YYYY-MM-DD, got \(v.prefix(40))")
            }
            return d
        }
        func int(_ key: String, max: Int) throws -> Int? {
            guard let v = one(key) else { return nil }
            guard let n = Int(v), n >= 1, n <= max else {
                throw AppError.badRequest(parameter: key, message: "expected a whole number 1…\(max), got \(v.prefix(40))")
            }
            return n
        }
        // Counted in code points, as the document's maxLength counts them (a search term is not stored text).
        for key in ["actor", "q"] {
            if let v = one(key), v.unicodeScalars.count > 100 {
                throw AppError.badRequest(parameter: key, message: "at most 100 characters (got \(v.unicodeScalars.count))")
            }
        }
        f.actor = one("actor") ?? ""
        f.text = one("q") ?? ""
        if let e = one("entity") {
            guard entityTypes.contains(e) else {
                throw AppError.badRequest(parameter: "entity", message: "expected one of \(entityTypes.joined(separator: ", ")), got \(e.prefix(40))")
            }
            f.entityType = e
        }
        f.from = try date("from")
        f.to = try date("to")
        if let from = f.from, let to = f.to, to < from {
            throw AppError.badRequest(parameter: "to", message: "to (\(to.iso)) is before from (\(from.iso))")
        }
        f.page = try int("page", max: 100_000) ?? 1
        f.perPage = try int("per_page", max: maxPerPage) ?? 50
        return f
    }
}
