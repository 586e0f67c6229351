import ReformCore
import SQLKit

/// The office's audit search: every change and account event, newest first, filtered and paged, and kept inside the
/// searcher's jurisdiction subtree (a range on `scope_path`, like the ledger's).
struct AuditFilter: Sendable, Equatable {
    var actor = ""
    var entityType: String?
    var from: LocalDate?
    var to: LocalDate?
    var text = ""
    var page = 1
    var perPage = 50

    static let entityTypes = ["item", "plan", "unit", "jurisdiction", "import", "user"]
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
            guard let d = LocalDate(iso: v) else { throw AppError.badRequest(parameter: key, message: "expected a date as YYYY-MM-DD, got \(v.prefix(40))") }
            return d
        }
        func int(_ key: String, max: Int) throws -> Int? {
            guard let v = one(key) else { return nil }
            guard let n = Int(v), n >= 1, n <= max else {
                throw AppError.badRequest(parameter: key, message: "expected a whole number 1…\(max), got \(v.prefix(40))")
            }
            return n
        }
        f.actor = String((one("actor") ?? "").prefix(100))
        f.text = String((one("q") ?? "").prefix(100))
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

struct AuditEntry: Codable, Sendable, Equatable {
    var id: Int
    var entityType: String
    var entityId: Int
    var action: String
    var actor: String
    var at: String
    var version: Int
    var changes: String

    var changeMap: [String: [String?]] {
        AuditRecord(id: id, entityType: entityType, entityId: entityId, action: action, actor: actor, at: at, version: version,
                    changes: changes).changeMap
    }
}

enum AuditQuery {
    /// One page and whether another follows (fetched one row past the page instead of counting).
    static func search(_ f: AuditFilter, scope principal: Principal, on db: any SQLDatabase) async throws -> (entries: [AuditEntry], hasMore: Bool) {
        var parts: [SQLQueryString] = []
        if !principal.isNationwide {
            parts.append(PathRange.condition(column: "scope_path", prefix: principal.jurisdictionPath))
        }
        if !f.actor.isEmpty { parts.append("actor LIKE \(bind: "%" + LikePattern.escape(f.actor) + "%") ESCAPE '\\'") }
        if let e = f.entityType { parts.append("entity_type = \(bind: e)") }
        if let from = f.from { parts.append("at >= \(bind: from.iso)") }
        // `at` is a full timestamp: the whole last day counts.
        if let to = f.to { parts.append("at < \(bind: to.adding(days: 1).iso)") }
        if !f.text.isEmpty { parts.append("changes LIKE \(bind: "%" + LikePattern.escape(f.text) + "%") ESCAPE '\\'") }
        let whereClause: SQLQueryString = parts.isEmpty ? "1 = 1" : parts.joined(separator: " AND ")
        let rows = try await db.all(AuditEntry.self, """
            SELECT id, entity_type, entity_id, action, actor, at, version, changes FROM audit_log
            WHERE \(whereClause) ORDER BY id DESC LIMIT \(bind: f.perPage + 1) OFFSET \(bind: (f.page - 1) * f.perPage)
            """)
        return (Array(rows.prefix(f.perPage)), rows.count > f.perPage)
    }
}
