import Foundation
import SQLKit

/// Writes the audit log inside the caller's transaction, so a change and its record land together.
enum Audit {
    struct Change: Sendable {
        var field: String
        var before: String?
        var after: String?
    }

    /// `scopePath` is the jurisdiction path of what changed ("/1/4/9/"), so the audit search can stay inside a
    /// user's subtree; nil for entries that belong to no jurisdiction (a nationwide admin's account events).
    /// `at` is the moment of the change, from the app's clock (demo data back-dates its reporting steps).
    static func record(
        entity: String, id: Int, action: String, actor: String, version: Int,
        changes: [Change], scopePath: String? = nil, at: String, on db: any SQLDatabase
    ) async throws {
        let json = try json(changes)
        try await db.execute(
            """
            INSERT INTO audit_log (entity_type, entity_id, action, actor, at, version, changes, scope_path)
            VALUES (\(bind: entity), \(bind: id), \(bind: action), \(bind: actor), \(bind: at), \(bind: version), \(bind: json),
                    \(scopePath.map { "\(bind: $0)" } ?? scopeOf(entity: entity, id: id)))
            """)
    }

    /// One audit entry, for `recordMany`.
    struct Entry: Sendable {
        var entity: String
        var id: Int
        var action: String
        var actor: String
        var version: Int
        var changes: [Change]
        var scopePath: String
        var at: String
    }

    /// Writes many entries in statements of up to 200 rows (an import of thousands of records), as `record` writes one.
    static func recordMany(_ entries: [Entry], on db: any SQLDatabase) async throws {
        for start in stride(from: 0, to: entries.count, by: 200) {
            var q = SQLQueryString("INSERT INTO audit_log (entity_type, entity_id, action, actor, at, version, changes, scope_path) VALUES ")
            for (i, e) in entries[start..<min(start + 200, entries.count)].enumerated() {
                if i > 0 { q = q + ", " }
                q =
                    q
                        + """
                        (\(bind: e.entity), \(bind: e.id), \(bind: e.action), \(bind: e.actor), \(bind: e.at), \(bind: e.version),
                         \(bind: try json(e.changes)), \(bind: e.scopePath))
                        """
            }
            try await db.execute(q)
        }
    }

    private static func json(_ changes: [Change]) throws -> String {
        var object: [String: [String?]] = [:]
        for c in changes { object[c.field] = [c.before, c.after] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(object), as: UTF8.self)
    }

    /// The jurisdiction path of an entity, read in the INSERT itself (primary-key lookups): the services need not
    /// pass it. A deleted item has none left to read; its service passes the path.
    private static func scopeOf(entity: String, id: Int) -> SQLQueryString {
        switch entity {
        case "item": "(SELECT jurisdiction_path FROM plan_items WHERE id = \(bind: id))"
        case "plan": "(SELECT j.path FROM plans p JOIN jurisdictions j ON j.id = p.jurisdiction_id WHERE p.id = \(bind: id))"
        case "unit": "(SELECT j.path FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id WHERE u.id = \(bind: id))"
        case "jurisdiction": "(SELECT path FROM jurisdictions WHERE id = \(bind: id))"
        case "import": "(SELECT j.path FROM import_batches b JOIN jurisdictions j ON j.id = b.jurisdiction_id WHERE b.id = \(bind: id))"
        case "report": "(SELECT i.jurisdiction_path FROM progress_reports r JOIN plan_items i ON i.id = r.item_id WHERE r.id = \(bind: id))"
        case "assignment": "(SELECT i.jurisdiction_path FROM assignments a JOIN plan_items i ON i.id = a.item_id WHERE a.id = \(bind: id))"
        default: "NULL"
        }
    }

    /// The fields whose values differ between two snapshots (both keyed by API field name).
    static func diff(_ before: [String: String?], _ after: [String: String?]) -> [Change] {
        after.keys.sorted().compactMap { key in
            let b = before[key] ?? nil, a = after[key] ?? nil
            // An empty value and no value, or the same ids in another order (a form lists units in its own order), are
            // the same to a reader of the history.
            return ChangeText.same(key, b, a) ? nil : Change(field: key, before: b, after: a)
        }
    }

    /// A deleted record's last values (each field before → nothing); `diff(before, [:])` would record none.
    static func removed(_ before: [String: String?]) -> [Change] {
        before.keys.sorted().compactMap { key in
            let b = before[key] ?? nil
            return ChangeText.same(key, b, nil) ? nil : Change(field: key, before: b, after: nil)
        }
    }

    /// What changed since `baseVersion`, for a 409: the latest value of each field and who changed it. A field that
    /// was changed and changed back, or whose list of ids was only reordered, did not really change and is left out.
    static func conflictChanges(
        entity: String, id: Int, baseVersion: Int, yours: [String: String?],
        on db: any SQLDatabase
    ) async throws -> [ConflictChange] {
        let entries = try await ItemQueries.history(entity: entity, id: id, sinceVersion: baseVersion, on: db)
        var latest: [String: ConflictChange] = [:]
        var base: [String: String?] = [:]
        for entry in entries {  // newest first: the last one seen is the oldest, whose "before" is the value at baseVersion
            for (field, pair) in entry.changeMap {
                if latest[field] == nil {
                    latest[field] = ConflictChange(
                        field: field, yours: yours[field] ?? nil, current: pair.count > 1 ? pair[1] : nil,
                        changedBy: entry.actor, changedAt: entry.at)
                }
                base[field] = pair.first ?? nil
            }
        }
        return latest.values.filter { !ChangeText.same($0.field, base[$0.field] ?? nil, $0.current) }.sorted { $0.field < $1.field }
    }
}
