import ReformCore
import SQLKit

/// The register's reads, as Sendable records.
enum AuthorizationQueries {
    static let batchColumns: SQLQueryString = """
        b.id, b.jurisdiction_id, b.jurisdiction_path, j.name AS jurisdiction_name, b.ordinal, b.title, b.issuer, b.doc_number, b.issued_on,
        b.is_demo, b.version
        """
    static let itemColumns: SQLQueryString = """
        i.id, i.batch_id, b.ordinal AS batch_ordinal, b.title AS batch_title, b.jurisdiction_path AS batch_path, i.jurisdiction_id,
        i.jurisdiction_path, j.name AS jurisdiction_name, i.number, i.area, i.content, i.granting_body, i.legal_basis, i.needs_law_change,
        i.law_change, i.approval_mode, i.status, i.status_on, i.remarks, i.is_demo, i.version, i.created_at, i.updated_at
        """
    static let itemFrom: SQLQueryString = """
        FROM authorization_items i JOIN authorization_batches b ON b.id = i.batch_id JOIN jurisdictions j ON j.id = i.jurisdiction_id
        """

    static func batch(_ id: Int, on sql: any SQLDatabase) async throws -> AuthorizationBatchRecord? {
        try await sql.first(
            AuthorizationBatchRecord.self,
            "SELECT \(batchColumns) FROM authorization_batches b JOIN jurisdictions j ON j.id = b.jurisdiction_id WHERE b.id = \(bind: id)")
    }

    /// The batches that concern a reader: those kept within their subtree and those kept above it (whose items may be
    /// theirs to land); every batch for an administrator.
    static func batches(scope: String?, on sql: any SQLDatabase) async throws -> [AuthorizationBatchRecord] {
        var condition: SQLQueryString = "1 = 1"
        if let scope {
            let ancestors = PathRange.ids(in: scope)
            condition = PathRange.condition(column: "b.jurisdiction_path", prefix: scope)
            if !ancestors.isEmpty {
                condition = "(" + condition + " OR b.jurisdiction_id IN (\(binds: ancestors)))"
            }
        }
        return try await sql.all(
            AuthorizationBatchRecord.self,
            """
            SELECT \(batchColumns) FROM authorization_batches b JOIN jurisdictions j ON j.id = b.jurisdiction_id WHERE \(condition)
            ORDER BY j.path, b.ordinal
            """)
    }

    /// The batches the register page offers and lists: every one that concerns the reader while there are at most
    /// `JurisdictionQueries.choiceLimit`; beyond that (a national register has thousands) those kept within the chosen
    /// jurisdiction, or when none is chosen those kept at the reader's own jurisdiction and above it — at most the limit,
    /// and the chosen batch. Read through `cache` (under the register's stamp).
    static func batchChoices(
        scope: String?, reader: Principal, jurisdictionPath: String?, chosen: Int?, cache: RegisterCache?, on sql: any SQLDatabase
    ) async throws -> [AuthorizationBatchRecord] {
        let all = try await cache.value("authorizations", key: "batches|" + (scope ?? "*"), on: sql) { try await batches(scope: scope, on: sql) }
        let limit = JurisdictionQueries.choiceLimit
        guard all.count > limit else { return all }
        let above = Set(PathRange.ids(in: reader.jurisdictionPath))
        let shown = all.filter { b in
            if let jurisdictionPath { return b.jurisdictionPath.hasPrefix(jurisdictionPath) }
            return above.contains(b.jurisdictionId)
        }
        guard shown.count > limit || (chosen.map { c in !shown.contains { $0.id == c } } ?? false) else { return shown }
        var trimmed = Array(shown.prefix(limit))
        if let chosen, !trimmed.contains(where: { $0.id == chosen }), let b = all.first(where: { $0.id == chosen }) { trimmed.append(b) }
        return trimmed
    }

    static func item(_ id: Int, on sql: any SQLDatabase) async throws -> AuthorizationItemRecord? {
        try await sql.first(AuthorizationItemRecord.self, "SELECT \(itemColumns) \(itemFrom) WHERE i.id = \(bind: id)")
    }

    /// One page of the register (and whether there is a next page), in batch and number order. `matches`, when the caller
    /// has counted them, says how many items the filter matches (a phrase that many hold is read as a common filter).
    static func page(
        _ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, matches: Int? = nil, on sql: any SQLDatabase
    ) async throws -> (rows: [AuthorizationItemRecord], hasNext: Bool) {
        let size = AuthorizationFilter.pageSize
        // A filter that many items match anywhere (an area, a status, a flag, a phrase a thousand items hold) reads the batches
        // in the register's order and each one's items until the page is full: SQLite otherwise takes every match from its
        // index and sorts them all (an area's 16,000: 21 ms against under 1). A place, a batch or a rarer phrase matches
        // few, and those are sorted.
        let common = f.q == nil || (matches ?? 0) >= 1_000
        let batchOrder = !sql.isPostgres && scope == nil && jurisdictionPath == nil && f.batch == nil && common
        let from: SQLQueryString =
            batchOrder
            ? "authorization_batches b CROSS JOIN authorization_items i ON i.batch_id = b.id"
            : "authorization_items i JOIN authorization_batches b ON b.id = i.batch_id"
        let rows = try await sql.all(
            AuthorizationItemRecord.self,
            // The page's ids first, sorted on the order's columns alone, then their rows (sorting whole rows of a common
            // filter's 16,000 matches cost more than the rest of the page).
            """
            SELECT \(itemColumns) FROM (
              SELECT i.id FROM \(from)
              WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql))
              ORDER BY b.jurisdiction_path, b.ordinal, i.number, i.id LIMIT \(bind: size + 1) OFFSET \(bind: (f.page - 1) * size)) page
            JOIN authorization_items i ON i.id = page.id JOIN authorization_batches b ON b.id = i.batch_id
            JOIN jurisdictions j ON j.id = i.jurisdiction_id
            ORDER BY b.jurisdiction_path, b.ordinal, i.number, i.id
            """)
        return (Array(rows.prefix(size)), rows.count > size)
    }

    /// Every row of the filter, for an export (in pages of 2,000, after the last row's key).
    static func all(_ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) async throws
        -> [AuthorizationItemRecord]
    {
        try await sql.all(
            AuthorizationItemRecord.self,
            """
            SELECT \(itemColumns) \(itemFrom) WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql))
            ORDER BY b.jurisdiction_path, b.ordinal, i.number, i.id
            """)
    }

    static func count(_ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) async throws -> Int {
        try await sql.scalar(
            Int.self, column: "n", "SELECT COUNT(*) AS n \(itemFrom) WHERE \(f.conditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql))"
        ) ?? 0
    }

    static func history(of itemId: Int, on sql: any SQLDatabase) async throws -> [AuthorizationStatusChangeRecord] {
        try await sql.all(
            AuthorizationStatusChangeRecord.self,
            """
            SELECT id, item_id, status, effective_on, note, actor, recorded_at FROM authorization_status_changes
            WHERE item_id = \(bind: itemId) ORDER BY effective_on, id
            """)
    }

    static func planLinks(of itemIds: [Int], on sql: any SQLDatabase) async throws -> [AuthorizationPlanLinkRecord] {
        if itemIds.isEmpty { return [] }
        return try await sql.all(
            AuthorizationPlanLinkRecord.self,
            """
            SELECT l.item_id, l.plan_item_id, p.title, p.jurisdiction_path FROM authorization_item_links l
            JOIN plan_items p ON p.id = l.plan_item_id WHERE l.item_id IN (\(binds: itemIds)) ORDER BY l.item_id, p.sort_key, p.id
            """)
    }

    /// An item's evidence files, oldest first.
    static func evidence(of itemId: Int, on sql: any SQLDatabase) async throws -> [SupervisionEvidenceRecord] {
        try await sql.all(
            SupervisionEvidenceRecord.self,
            """
            SELECT id, item_id AS owner_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at
            FROM authorization_evidence WHERE item_id = \(bind: itemId) ORDER BY id
            """)
    }

    static func evidenceFile(_ id: Int, on sql: any SQLDatabase) async throws -> SupervisionEvidenceRecord? {
        try await sql.first(
            SupervisionEvidenceRecord.self,
            """
            SELECT id, item_id AS owner_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at
            FROM authorization_evidence WHERE id = \(bind: id)
            """)
    }

    /// Every status change of the items the filter selects (status and as_of aside: the counts are taken by status, as of
    /// a day), with each item's batch and area.
    static func tallyRows(_ f: AuthorizationFilter, scope: String?, jurisdictionPath: String?, on sql: any SQLDatabase) async throws
        -> [AuthorizationTallyRow]
    {
        var unfiltered = f
        unfiltered.status = nil
        return try await sql.all(
            AuthorizationTallyRow.self,
            """
            SELECT c.id, c.item_id, i.batch_id, i.area, c.status, c.effective_on
            FROM authorization_status_changes c JOIN authorization_items i ON i.id = c.item_id
            WHERE \(unfiltered.conditions(scope: scope, jurisdictionPath: jurisdictionPath, on: sql))
            ORDER BY c.item_id, c.effective_on, c.id
            """)
    }

    /// The areas used in the register within the scope, with the six of the first batch first.
    static func areas(scope: String?, on sql: any SQLDatabase) async throws -> [String] {
        let condition: SQLQueryString = scope.map { PathRange.condition(column: "i.jurisdiction_path", prefix: $0) } ?? "1 = 1"
        let used = try await sql.all(AreaRow.self, "SELECT DISTINCT i.area FROM authorization_items i WHERE \(condition) ORDER BY i.area").map(\.area)
        return AuthorizationAreas.standard + used.filter { !AuthorizationAreas.standard.contains($0) }
    }

    struct AreaRow: Decodable {
        var area: String
    }
}

/// The six areas of Shenzhen's first batch (seed 000, DOMAIN.md): the form offers them, an office may use others.
enum AuthorizationAreas {
    static let standard = ["要素市场化配置", "营商环境", "科技创新", "对外开放", "公共服务体制", "生态环境与城市空间治理"]
}
