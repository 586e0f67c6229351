import ReformCore
import SQLKit

/// What the roll-up engine and the item service ask of the cascade: an origin's copies, a copy's origins, a copy's
/// deadline limit. Kept to indexed lookups: they run inside every item edit.
enum CascadeLinks {
    private struct CopyRow: Decodable {
        var originItemId: Int
        var state: String
        var status: String?
        var percent: Double?
        var weight: Double
    }

    private static func copy(_ r: CopyRow) -> CascadeRollup.Copy {
        CascadeRollup.Copy(
            receipt: CascadeState(rawValue: r.state) ?? .sent, status: r.status.flatMap(LifecycleStatus.init(rawValue:)), percent: r.percent,
            weight: r.weight)
    }

    /// The copies of one origin item, as its roll-up counts them.
    static func copies(ofOrigin id: Int, on sql: any SQLDatabase) async throws -> [CascadeRollup.Copy] {
        try await sql.all(
            CopyRow.self,
            """
            SELECT c.origin_item_id, r.state, ci.status, ci.rollup_percent AS percent, r.weight
            FROM cascade_copies c JOIN cascade_receipts r ON r.id = c.receipt_id LEFT JOIN plan_items ci ON ci.id = c.copy_item_id
            WHERE c.origin_item_id = \(bind: id)
            """
        ).map(copy)
    }

    /// The copies of every origin item of a plan, by origin (a whole plan's roll-up).
    static func copies(ofOriginsIn planId: Int, on sql: any SQLDatabase) async throws -> [Int: [CascadeRollup.Copy]] {
        let rows = try await sql.all(
            CopyRow.self,
            """
            SELECT c.origin_item_id, r.state, ci.status, ci.rollup_percent AS percent, r.weight
            FROM cascade_receipts r JOIN cascade_copies c ON c.receipt_id = r.id LEFT JOIN plan_items ci ON ci.id = c.copy_item_id
            WHERE r.origin_plan_id = \(bind: planId)
            """)
        return Dictionary(grouping: rows, by: \.originItemId).mapValues { $0.map(copy) }
    }

    struct Origin: Decodable, Sendable {
        var id: Int
        var planId: Int
        var rollupRule: String
        var rule: RollupRule { RollupRule(rawValue: rollupRule) ?? .mean }
    }

    /// The origin items of the given copies (items not placed from a cascade have none).
    static func origins(ofCopies ids: [Int], on sql: any SQLDatabase) async throws -> [Origin] {
        guard !ids.isEmpty else { return [] }
        return try await sql.all(
            Origin.self,
            """
            SELECT DISTINCT o.id, o.plan_id, p.rollup_rule
            FROM cascade_copies c JOIN plan_items o ON o.id = c.origin_item_id JOIN plans p ON p.id = o.plan_id
            WHERE c.copy_item_id IN (\(binds: ids))
            """)
    }

    private struct LimitRow: Decodable {
        var receiptDeadline: String?
        var grantedDeadline: String?
        var originDeadline: String?
    }

    /// The latest deadline a copy may take (`CascadeDeadline.limit`), nil when the item is no live copy.
    static func deadlineLimit(copyItemId id: Int, on sql: any SQLDatabase) async throws -> LocalDate? {
        let rows = try await sql.all(
            LimitRow.self,
            """
            SELECT r.deadline AS receipt_deadline, r.granted_deadline, o.current_deadline AS origin_deadline
            FROM cascade_copies c JOIN cascade_receipts r ON r.id = c.receipt_id JOIN plan_items o ON o.id = c.origin_item_id
            WHERE c.copy_item_id = \(bind: id) AND r.state <> 'cancelled'
            """)
        return rows.compactMap {
            CascadeDeadline.limit(
                receipt: $0.receiptDeadline.flatMap(LocalDate.init(iso:)), origin: $0.originDeadline.flatMap(LocalDate.init(iso:)),
                granted: $0.grantedDeadline.flatMap(LocalDate.init(iso:)))
        }.min()
    }

    /// The issue with a copy's new deadline under its origin's limit (422), none for an item that is no live copy.
    static func deadlineIssues(copyItemId id: Int, proposed: LocalDate, field: String, on sql: any SQLDatabase) async throws -> [ValidationIssue] {
        let limit = try await deadlineLimit(copyItemId: id, on: sql)
        return CascadeDeadline.issue(proposed: proposed, limit: limit, field: field).map { [$0] } ?? []
    }

    /// Tells the receiving offices of an origin's live copies that the origin changed (its title or deadline): one
    /// notification per active office user there, linked to their copy (or to the receipt while it is not placed).
    static func notifyOriginChanged(originId id: Int, text: String, at now: String, on sql: any SQLDatabase) async throws {
        try await sql.execute(
            """
            INSERT INTO notifications (user_id, kind, subject_type, subject_id, link, text, created_at)
            SELECT u.id, 'cascade_origin_changed', 'item', c.origin_item_id,
                   CASE WHEN c.copy_item_id IS NULL THEN '/cascade/receipts/' || CAST(r.id AS TEXT) ELSE '/items/' || CAST(c.copy_item_id AS TEXT) END,
                   \(bind: text), \(bind: now)
            FROM cascade_copies c JOIN cascade_receipts r ON r.id = c.receipt_id
            JOIN users u ON u.jurisdiction_id = r.target_jurisdiction_id AND u.role = 'office' AND u.active = \(bind: true)
            WHERE c.origin_item_id = \(bind: id) AND r.state <> 'cancelled'
            """)
    }
}
