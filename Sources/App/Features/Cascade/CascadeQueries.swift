import ReformCore
import SQLKit

/// Reading receipts, copies and links: the SQL of the cascade's pages and API in one place.
enum CascadeQueries {
    static let receiptColumns: SQLQueryString = """
        r.id, r.send_id, r.sender_jurisdiction_id, sj.name AS sender_name, s.sender_path, r.origin_plan_id, op.title AS origin_plan_title,
        s.origin_item_id, oi.title AS origin_title, r.target_jurisdiction_id, tj.name AS target_name, r.target_path, r.state, r.weight,
        r.deadline, r.granted_deadline, s.instruction, s.lead_unit_type, s.sent_by, r.sent_at, r.signed_by, r.signed_at, r.placed_by, r.placed_at,
        r.placed_plan_id, r.cancelled_reason, r.version
        """
    static let receiptFrom: SQLQueryString = """
        cascade_receipts r JOIN cascade_sends s ON s.id = r.send_id JOIN jurisdictions sj ON sj.id = r.sender_jurisdiction_id
        JOIN jurisdictions tj ON tj.id = r.target_jurisdiction_id JOIN plans op ON op.id = r.origin_plan_id
        LEFT JOIN plan_items oi ON oi.id = s.origin_item_id
        """

    static func receipt(_ id: Int, on sql: any SQLDatabase) async throws -> CascadeReceiptRecord? {
        try await sql.first(CascadeReceiptRecord.self, "SELECT \(receiptColumns) FROM \(receiptFrom) WHERE r.id = \(bind: id)")
    }

    static func requireReceipt(_ id: Int, on sql: any SQLDatabase) async throws -> CascadeReceiptRecord {
        guard let r = try await receipt(id, on: sql) else { throw AppError.notFound(entity: "cascade_receipt", id: String(id)) }
        return r
    }

    /// Receipts received by one jurisdiction (its inbox), newest first; `open` keeps those still to sign or place.
    static func received(by jurisdictionId: Int, open: Bool, limit: Int = 500, on sql: any SQLDatabase) async throws -> [CascadeReceiptRecord] {
        try await sql.all(
            CascadeReceiptRecord.self,
            """
            SELECT \(receiptColumns) FROM \(receiptFrom)
            WHERE r.target_jurisdiction_id = \(bind: jurisdictionId) \(unsafeRaw: open ? "AND r.state IN ('sent', 'signed')" : "")
            ORDER BY r.sent_at DESC, r.id DESC LIMIT \(bind: limit)
            """)
    }

    /// Receipts a jurisdiction sent, newest first.
    static func sent(by jurisdictionId: Int, limit: Int = 500, on sql: any SQLDatabase) async throws -> [CascadeReceiptRecord] {
        try await sql.all(
            CascadeReceiptRecord.self,
            """
            SELECT \(receiptColumns) FROM \(receiptFrom)
            WHERE r.sender_jurisdiction_id = \(bind: jurisdictionId)
            ORDER BY r.sent_at DESC, r.id DESC LIMIT \(bind: limit)
            """)
    }

    static func openCount(for jurisdictionId: Int) -> SQLQueryString {
        "SELECT COUNT(*) AS n FROM cascade_receipts WHERE target_jurisdiction_id = \(bind: jurisdictionId) AND state IN ('sent', 'signed')"
    }

    static let copyColumns: SQLQueryString = """
        c.receipt_id, c.origin_item_id, r.target_jurisdiction_id, tj.name AS target_name, r.state, r.weight, r.deadline AS receipt_deadline,
        r.sent_at, c.copy_item_id, ci.status AS copy_status, ci.rollup_percent AS copy_percent, ci.original_deadline AS copy_original_deadline,
        ci.current_deadline AS copy_current_deadline, cp.warn_days AS copy_warn_days
        """
    static let copyFrom: SQLQueryString = """
        cascade_copies c JOIN cascade_receipts r ON r.id = c.receipt_id JOIN jurisdictions tj ON tj.id = r.target_jurisdiction_id
        LEFT JOIN plan_items ci ON ci.id = c.copy_item_id LEFT JOIN plans cp ON cp.id = ci.plan_id
        """

    /// Every copy of the given origin items, by receiving jurisdiction.
    static func copies(ofOrigins ids: [Int], on sql: any SQLDatabase) async throws -> [CascadeCopyRecord] {
        guard !ids.isEmpty else { return [] }
        return try await sql.all(
            CascadeCopyRecord.self,
            "SELECT \(copyColumns) FROM \(copyFrom) WHERE c.origin_item_id IN (\(binds: ids)) ORDER BY tj.division_code, tj.name, r.id")
    }

    /// The matrix's cells: every copy sent by a jurisdiction (optionally of one plan), one indexed range scan. Read column
    /// by column: a province's 21 × 132 cells took 4–10 times longer through the keyed (Codable) row decoder than the
    /// query itself (debug build, 2026-12-07).
    static func matrixCells(sender jurisdictionId: Int, planId: Int?, on sql: any SQLDatabase) async throws -> [CascadeMatrixCell] {
        let planFilter: SQLQueryString = planId.map { "AND r.origin_plan_id = \(bind: $0)" } ?? ""
        let rows = try await sql.raw(
            """
            SELECT c.receipt_id, c.origin_item_id, r.target_jurisdiction_id, r.state, c.copy_item_id, ci.status AS copy_status,
              ci.rollup_percent AS copy_percent, ci.original_deadline AS copy_original_deadline, cp.warn_days AS copy_warn_days
            FROM cascade_receipts r JOIN cascade_copies c ON c.receipt_id = r.id
            LEFT JOIN plan_items ci ON ci.id = c.copy_item_id LEFT JOIN plans cp ON cp.id = ci.plan_id
            WHERE r.sender_jurisdiction_id = \(bind: jurisdictionId) \(planFilter)
            """
        ).all()
        return try rows.map { r in
            CascadeMatrixCell(
                receiptId: try r.decode(column: "receipt_id", as: Int.self), originItemId: try r.decode(column: "origin_item_id", as: Int.self),
                targetJurisdictionId: try r.decode(column: "target_jurisdiction_id", as: Int.self),
                state: try r.decode(column: "state", as: String.self),
                copyItemId: try r.decode(column: "copy_item_id", as: Int?.self), copyStatus: try r.decode(column: "copy_status", as: String?.self),
                copyPercent: try r.decode(column: "copy_percent", as: Double?.self),
                copyOriginalDeadline: try r.decode(column: "copy_original_deadline", as: String?.self),
                copyWarnDays: try r.decode(column: "copy_warn_days", as: Int?.self))
        }
    }

    /// A placed copy's origin(s): the link its item page shows.
    static func originLinks(ofCopy itemId: Int, on sql: any SQLDatabase) async throws -> [CascadeOriginLink] {
        try await sql.all(
            CascadeOriginLink.self,
            """
            SELECT c.receipt_id, r.state, c.origin_item_id, o.title AS origin_title, o.number AS origin_number, sj.name AS sender_name,
              r.deadline AS receipt_deadline, r.granted_deadline, c.origin_title AS sent_title, c.origin_deadline AS sent_deadline,
              o.current_deadline AS origin_current_deadline
            FROM cascade_copies c JOIN cascade_receipts r ON r.id = c.receipt_id JOIN plan_items o ON o.id = c.origin_item_id
            JOIN jurisdictions sj ON sj.id = r.sender_jurisdiction_id
            WHERE c.copy_item_id = \(bind: itemId)
            """)
    }

    /// The origin items a receipt carries, in outline order (what placing copies).
    static func originItems(ofReceipt id: Int, on sql: any SQLDatabase) async throws -> [ItemRecord] {
        try await sql.all(
            ItemRecord.self,
            """
            SELECT \(ItemQueries.columns(prefix: "i.")) FROM cascade_copies c JOIN plan_items i ON i.id = c.origin_item_id
            WHERE c.receipt_id = \(bind: id) ORDER BY i.sort_key
            """)
    }
}
