import ReformCore
import SQLKit

/// Reading requests for more time (申请延期) with their receipt's parties.
extension CascadeQueries {
    static let extensionColumns: SQLQueryString = """
        e.id, e.receipt_id, e.requested_deadline, e.limit_before, e.reason, e.state, e.requested_by, e.requested_at, e.decided_by,
        e.decided_at, e.comment, e.version, r.sender_jurisdiction_id, s.sender_path, r.target_jurisdiction_id, tj.name AS target_name,
        r.target_path, COALESCE(oi.title, op.title) AS title
        """
    static let extensionFrom: SQLQueryString = """
        cascade_extensions e JOIN cascade_receipts r ON r.id = e.receipt_id JOIN cascade_sends s ON s.id = r.send_id
        JOIN jurisdictions tj ON tj.id = r.target_jurisdiction_id JOIN plans op ON op.id = r.origin_plan_id
        LEFT JOIN plan_items oi ON oi.id = s.origin_item_id
        """

    static func requireExtension(_ id: Int, on sql: any SQLDatabase) async throws -> CascadeExtensionRecord {
        guard let e = try await sql.first(CascadeExtensionRecord.self, "SELECT \(extensionColumns) FROM \(extensionFrom) WHERE e.id = \(bind: id)")
        else { throw AppError.notFound(entity: "cascade_extension", id: String(id)) }
        return e
    }

    /// A receipt's requests, newest first.
    static func extensions(ofReceipt id: Int, on sql: any SQLDatabase) async throws -> [CascadeExtensionRecord] {
        try await sql.all(
            CascadeExtensionRecord.self,
            "SELECT \(extensionColumns) FROM \(extensionFrom) WHERE e.receipt_id = \(bind: id) ORDER BY e.id DESC")
    }

    static func pendingExtension(receiptId id: Int, on sql: any SQLDatabase) async throws -> CascadeExtensionRecord? {
        try await sql.first(
            CascadeExtensionRecord.self,
            "SELECT \(extensionColumns) FROM \(extensionFrom) WHERE e.receipt_id = \(bind: id) AND e.state = 'pending'")
    }

    /// Pending requests of the given receipts (an origin's copies), by receipt.
    static func pendingExtensions(receiptIds ids: [Int], on sql: any SQLDatabase) async throws -> [Int: CascadeExtensionRecord] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await sql.all(
            CascadeExtensionRecord.self,
            "SELECT \(extensionColumns) FROM \(extensionFrom) WHERE e.state = 'pending' AND e.receipt_id IN (\(binds: ids))")
        return Dictionary(rows.map { ($0.receiptId, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Pending requests a jurisdiction's office is party to: those it asked for and those asked of it, oldest first.
    static func pendingExtensions(party jurisdictionId: Int, limit: Int = 200, on sql: any SQLDatabase) async throws -> [CascadeExtensionRecord] {
        try await sql.all(
            CascadeExtensionRecord.self,
            """
            SELECT \(extensionColumns) FROM \(extensionFrom)
            WHERE e.state = 'pending' AND (r.sender_jurisdiction_id = \(bind: jurisdictionId) OR r.target_jurisdiction_id = \(bind: jurisdictionId))
            ORDER BY e.id LIMIT \(bind: limit)
            """)
    }

    static func pendingExtensionCount(party jurisdictionId: Int) -> SQLQueryString {
        """
        SELECT COUNT(*) AS n FROM cascade_extensions e JOIN cascade_receipts r ON r.id = e.receipt_id
        WHERE e.state = 'pending' AND (r.sender_jurisdiction_id = \(bind: jurisdictionId) OR r.target_jurisdiction_id = \(bind: jurisdictionId))
        """
    }
}
