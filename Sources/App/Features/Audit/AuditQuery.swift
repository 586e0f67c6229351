import ReformCore
import SQLKit

/// The office's audit search: every change and account event, newest first by when it happened (the demo back-dates its
/// reporting steps, so the order of ids is not the order of time), filtered and paged, and kept inside the
/// searcher's jurisdiction subtree (a range on `scope_path`, like the ledger's).
enum AuditQuery {
    /// One page and whether another follows (fetched one row past the page instead of counting).
    static func search(_ f: AuditFilter, scope principal: Principal, clock: AppClock, on db: any SQLDatabase) async throws -> (
        entries: [AuditEntry], hasMore: Bool
    ) {
        var parts: [SQLQueryString] = []
        if !principal.isNationwide {
            parts.append(PathRange.condition(column: "scope_path", prefix: principal.jurisdictionPath))
        }
        if !f.actor.isEmpty { parts.append("actor LIKE \(bind: "%" + LikePattern.escape(f.actor) + "%") ESCAPE '\\'") }
        if let e = f.entityType { parts.append("entity_type = \(bind: e)") }
        // `at` is a UTC timestamp and the days are the offices' own: from local midnight to local midnight, the whole last day counted.
        if let from = f.from { parts.append("at >= \(bind: clock.timestamp(startOf: from))") }
        if let to = f.to { parts.append("at < \(bind: clock.timestamp(startOf: to.adding(days: 1)))") }
        if !f.text.isEmpty { parts.append("changes LIKE \(bind: "%" + LikePattern.escape(f.text) + "%") ESCAPE '\\'") }
        let whereClause: SQLQueryString = parts.isEmpty ? "1 = 1" : parts.joined(separator: " AND ")
        let rows = try await db.all(
            AuditEntry.self,
            """
            SELECT id, entity_type, entity_id, action, actor, at, version, changes FROM audit_log
            WHERE \(whereClause) ORDER BY at DESC, id DESC LIMIT \(bind: f.perPage + 1) OFFSET \(bind: (f.page - 1) * f.perPage)
            """)
        return (Array(rows.prefix(f.perPage)), rows.count > f.perPage)
    }
}
