import ReformCore
import SQLKit

/// The only reads of the public pages and the public API. Each query names the public columns it needs and nothing
/// else; a held-back item hides its whole subtree; an unpublished plan or batch does not exist here.
enum PublicQueries {
    private struct PlanRow: Decodable {
        var id: Int
        var title: String
        var docNumber: String
        var issuer: String
        var issueDate: String?
        var periodStart: String?
        var periodEnd: String?
        var jurisdictionId: Int
        var jurisdictionName: String
        var jurisdictionPath: String
        var namesLevel: String
        var statusWords: String
        var publishedOn: String?
        var isDemo: Bool
    }

    private static let planSelect: SQLQueryString = """
        SELECT p.id, p.title, p.doc_number, p.issuer, p.issue_date, p.period_start, p.period_end, p.jurisdiction_id, j.name AS jurisdiction_name,
          j.path AS jurisdiction_path, pp.names_level, pp.status_words, pp.published_on, p.is_demo
        FROM plans p JOIN public_plans pp ON pp.plan_id = p.id JOIN jurisdictions j ON j.id = p.jurisdiction_id
        """

    private static func plan(_ r: PlanRow) -> PublicPlan {
        PublicPlan(
            id: r.id, title: r.title, docNumber: r.docNumber, issuer: r.issuer, issueDate: r.issueDate, periodStart: r.periodStart,
            periodEnd: r.periodEnd, jurisdictionId: r.jurisdictionId, jurisdictionName: r.jurisdictionName, jurisdictionPath: r.jurisdictionPath,
            publishedOn: r.publishedOn, isDemo: r.isDemo, names: PublicNames(rawValue: r.namesLevel) ?? .none,
            words: PublicStatusWords(stored: r.statusWords))
    }

    static func plans(on sql: any SQLDatabase) async throws -> [PublicPlan] {
        try await sql.all(PlanRow.self, "\(planSelect) WHERE pp.is_published = \(bind: true) ORDER BY j.path, p.issue_date, p.id").map(plan)
    }

    static func plan(_ id: Int, on sql: any SQLDatabase) async throws -> PublicPlan? {
        try await sql.first(PlanRow.self, "\(planSelect) WHERE pp.is_published = \(bind: true) AND p.id = \(bind: id)").map(plan)
    }

    private struct ItemRow: Decodable {
        var id: Int
        var planId: Int
        var parentId: Int?
        var path: String
        var depth: Int
        var number: String
        var title: String
        var leadUnitName: String?
        var responsibleLeader: String
        var responsiblePerson: String
        var handler: String
        var currentDeadline: String?
        var status: String
        var rollupPercent: Double
        var childCount: Int
    }

    private static let itemSelect: SQLQueryString = """
        SELECT i.id, i.plan_id, i.parent_id, i.path, i.depth, i.number, i.title, u.name AS lead_unit_name, i.responsible_leader,
          i.responsible_person, i.handler, i.current_deadline, i.status, i.rollup_percent, i.child_count
        FROM plan_items i LEFT JOIN units u ON u.id = i.lead_unit_id
        """

    private static func item(_ r: ItemRow, names: PublicNames) -> PublicItem {
        func shown(_ name: String, _ level: PublicNames) -> String? { names.shows(level) && !name.isEmpty ? name : nil }
        return PublicItem(
            id: r.id, planId: r.planId, parentId: r.parentId, path: r.path, depth: r.depth, number: r.number, title: r.title,
            leadUnit: r.leadUnitName ?? "", deadline: r.currentDeadline, status: r.status, percent: r.rollupPercent, isLeaf: r.childCount == 0,
            responsibleLeader: shown(r.responsibleLeader, .leader), responsiblePerson: shown(r.responsiblePerson, .person),
            handler: shown(r.handler, .handler))
    }

    /// The paths of the items held back in these plans: an item under any of them is not public.
    static func heldPaths(planIds: [Int], on sql: any SQLDatabase) async throws -> [String] {
        guard !planIds.isEmpty else { return [] }
        struct Row: Decodable { var path: String }
        return try await sql.all(
            Row.self, "SELECT i.path FROM public_item_holds h JOIN plan_items i ON i.id = h.item_id WHERE h.plan_id IN (\(binds: planIds))"
        ).map(\.path)
    }

    static func isHeld(_ path: String, _ held: [String]) -> Bool { held.contains { path.hasPrefix($0) } }

    /// A published plan's public items in outline order.
    static func items(of plan: PublicPlan, on sql: any SQLDatabase) async throws -> [PublicItem] {
        let held = try await heldPaths(planIds: [plan.id], on: sql)
        let rows = try await sql.all(ItemRow.self, "\(itemSelect) WHERE i.plan_id = \(bind: plan.id) ORDER BY i.sort_key")
        return rows.filter { !isHeld($0.path, held) }.map { item($0, names: plan.names) }
    }

    /// One public item and its plan, or nil when the item, its plan or an item above it is not public.
    static func item(_ id: Int, on sql: any SQLDatabase) async throws -> (PublicItem, PublicPlan)? {
        guard let row = try await sql.first(ItemRow.self, "\(itemSelect) WHERE i.id = \(bind: id)"),
            let plan = try await Self.plan(row.planId, on: sql),
            !isHeld(row.path, try await heldPaths(planIds: [plan.id], on: sql))
        else { return nil }
        return (item(row, names: plan.names), plan)
    }

    private struct UpdateRow: Decodable {
        var id: Int
        var itemId: Int
        var planId: Int
        var writtenOn: String
        var body: String
        var itemTitle: String
        var itemPath: String
        var planTitle: String
    }

    /// Public updates of published plans, newest first, without those of held-back items; one plan's or one item's.
    static func updates(planId: Int? = nil, itemId: Int? = nil, limit: Int = 100, on sql: any SQLDatabase) async throws -> [PublicUpdate] {
        var condition: SQLQueryString = "pp.is_published = \(bind: true)"
        if let planId { condition = condition + " AND u.plan_id = \(bind: planId)" }
        if let itemId { condition = condition + " AND u.item_id = \(bind: itemId)" }
        let rows = try await sql.all(
            UpdateRow.self,
            """
            SELECT u.id, u.item_id, u.plan_id, u.written_on, u.body, i.title AS item_title, i.path AS item_path, p.title AS plan_title
            FROM public_updates u JOIN plan_items i ON i.id = u.item_id JOIN plans p ON p.id = u.plan_id JOIN public_plans pp ON pp.plan_id = u.plan_id
            WHERE \(condition) ORDER BY u.written_on DESC, u.id DESC LIMIT \(bind: limit)
            """)
        let held = try await heldPaths(planIds: Array(Set(rows.map(\.planId))), on: sql)
        return rows.filter { !isHeld($0.itemPath, held) }.map {
            PublicUpdate(
                id: $0.id, itemId: $0.itemId, planId: $0.planId, writtenOn: $0.writtenOn, body: $0.body, itemTitle: $0.itemTitle,
                planTitle: $0.planTitle)
        }
    }

    private static let authorizationSelect: SQLQueryString = """
        SELECT a.id, a.batch_id, b.title AS batch_title, bj.name AS batch_jurisdiction, a.number, a.area, a.content, a.granting_body,
          j.name AS jurisdiction_name, a.legal_basis, a.needs_law_change, a.law_change, a.approval_mode, a.status, a.status_on, a.is_demo
        FROM authorization_items a JOIN authorization_batches b ON b.id = a.batch_id JOIN public_authorization_batches pb ON pb.batch_id = b.id
          JOIN jurisdictions j ON j.id = a.jurisdiction_id JOIN jurisdictions bj ON bj.id = b.jurisdiction_id
        """

    /// Items of published authorization batches.
    static func authorizations(on sql: any SQLDatabase) async throws -> [PublicAuthorization] {
        try await sql.all(PublicAuthorization.self, "\(authorizationSelect) ORDER BY bj.path, b.ordinal, a.number, a.id")
    }

    /// The published authorization items a plan item carries out.
    static func authorizations(linkedTo itemId: Int, on sql: any SQLDatabase) async throws -> [PublicAuthorization] {
        try await sql.all(
            PublicAuthorization.self,
            """
            \(authorizationSelect) JOIN authorization_item_links l ON l.item_id = a.id WHERE l.plan_item_id = \(bind: itemId)
            ORDER BY b.ordinal, a.number
            """)
    }

    /// The jurisdictions that publish plans, and those above them, in tree order.
    static func jurisdictions(of plans: [PublicPlan], on sql: any SQLDatabase) async throws -> [JurisdictionRecord] {
        let ids = Set(plans.flatMap { PathRange.ids(in: $0.jurisdictionPath) } + plans.map(\.jurisdictionId))
        guard !ids.isEmpty else { return [] }
        return try await sql.all(
            JurisdictionRecord.self,
            "SELECT \(JurisdictionQueries.columns) FROM jurisdictions WHERE id IN (\(binds: Array(ids))) ORDER BY path")
    }

    /// What every public page depends on, as one timestamp: the publication stamp and the latest change to a published
    /// plan, its items or a published authorization item. The pages' ETag and Last-Modified follow from it.
    static func stamp(on sql: any SQLDatabase) async throws -> String {
        struct Row: Decodable { var t: String? }
        let published: SQLQueryString = "\(bind: true)"
        let rows = try await sql.all(
            Row.self,
            """
            SELECT stamp AS t FROM public_stamp
            UNION ALL SELECT MAX(i.updated_at) AS t FROM plan_items i JOIN public_plans pp ON pp.plan_id = i.plan_id WHERE pp.is_published = \(published)
            UNION ALL SELECT MAX(p.updated_at) AS t FROM plans p JOIN public_plans pp ON pp.plan_id = p.id
            UNION ALL SELECT MAX(a.updated_at) AS t FROM authorization_items a JOIN public_authorization_batches pb ON pb.batch_id = a.batch_id
            """)
        return rows.compactMap(\.t).max() ?? ""
    }
}
