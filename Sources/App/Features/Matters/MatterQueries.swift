import ReformCore
import SQLKit

/// The matters' SQL, in one place; Sendable records out.
enum MatterQueries {
    static let columns: SQLQueryString = """
        id, jurisdiction_id, jurisdiction_path, subject, level, source_kind, instruction_text, instructed_by, instructed_on, \
        meeting_reference, finding_id, lead_unit_id, responsible_leader, original_deadline, deadline, warn_from, delay_count, \
        required_result, state, opened_on, closed_on, created_by, is_demo, version, created_at, updated_at
        """

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> MatterRecord? {
        try await db.first(MatterRecord.self, "SELECT \(columns) FROM matters WHERE id = \(bind: id)")
    }

    static func require(_ id: Int, on db: any SQLDatabase) async throws -> MatterRecord {
        guard let m = try await find(id, on: db) else { throw AppError.notFound(entity: "matter", id: String(id)) }
        return m
    }

    /// The lead unit first, then the co-units by id.
    static func units(of matterId: Int, on db: any SQLDatabase) async throws -> [MatterUnitRecord] {
        try await units(of: [matterId], on: db)
    }

    static func units(of matterIds: [Int], on db: any SQLDatabase) async throws -> [MatterUnitRecord] {
        guard !matterIds.isEmpty else { return [] }
        return try await db.all(
            MatterUnitRecord.self,
            """
            SELECT mu.matter_id, mu.unit_id, mu.role, u.name, u.short_names FROM matter_units mu JOIN units u ON u.id = mu.unit_id
            WHERE mu.matter_id IN (\(binds: matterIds)) ORDER BY mu.matter_id, CASE mu.role WHEN 'lead' THEN 0 ELSE 1 END, mu.unit_id
            """)
    }

    /// The worst current judgement (研判) among each matter's items: a matter about several tasks shows the one in
    /// most trouble. Matters whose items are not judged are absent.
    static func worstJudgements(of matterIds: [Int], on db: any SQLDatabase) async throws -> [Int: JudgementRating] {
        guard !matterIds.isEmpty else { return [:] }
        struct Row: Decodable {
            var matterId: Int
            var judgement: String
        }
        let rows = try await db.all(
            Row.self,
            """
            SELECT mi.matter_id, p.judgement FROM matter_items mi JOIN plan_items p ON p.id = mi.item_id
            WHERE mi.matter_id IN (\(binds: matterIds)) AND p.judgement IS NOT NULL
            """)
        var worst: [Int: JudgementRating] = [:]
        for r in rows {
            guard let rating = JudgementRating(rawValue: r.judgement) else { continue }
            worst[r.matterId] = max(worst[r.matterId] ?? rating, rating)
        }
        return worst
    }

    static func itemIds(of matterId: Int, on db: any SQLDatabase) async throws -> [Int] {
        struct Row: Decodable { var itemId: Int }
        return try await db.all(Row.self, "SELECT item_id FROM matter_items WHERE matter_id = \(bind: matterId) ORDER BY item_id").map(\.itemId)
    }

    static func steps(of matterId: Int, on db: any SQLDatabase) async throws -> [MatterStepRecord] {
        try await db.all(
            MatterStepRecord.self,
            "SELECT id, matter_id, action, actor, user_id, actor_name, at, comment FROM matter_steps WHERE matter_id = \(bind: matterId) ORDER BY id")
    }

    static let extensionColumns: SQLQueryString = """
        id, matter_id, current_deadline, requested_deadline, reason, state, requested_by, requested_at, decided_by, decided_at, \
        decision_comment, version
        """

    static func extensions(of matterId: Int, on db: any SQLDatabase) async throws -> [MatterExtensionRecord] {
        try await db.all(
            MatterExtensionRecord.self,
            "SELECT \(extensionColumns) FROM matter_extension_requests WHERE matter_id = \(bind: matterId) ORDER BY id DESC")
    }

    static func pendingExtension(of matterId: Int, on db: any SQLDatabase) async throws -> MatterExtensionRecord? {
        try await db.first(
            MatterExtensionRecord.self,
            "SELECT \(extensionColumns) FROM matter_extension_requests WHERE matter_id = \(bind: matterId) AND state = 'pending'")
    }

    static func amendments(of matterId: Int, on db: any SQLDatabase) async throws -> [MatterAmendmentRecord] {
        try await db.all(
            MatterAmendmentRecord.self,
            """
            SELECT id, matter_id, old_deadline, new_deadline, reason, changed_by, approved_by, changed_at FROM matter_amendments
            WHERE matter_id = \(bind: matterId) ORDER BY id
            """)
    }

    /// The matters an item is linked to, newest first.
    static func matters(ofItem itemId: Int, on db: any SQLDatabase) async throws -> [MatterRecord] {
        try await db.all(
            MatterRecord.self,
            "SELECT \(columns) FROM matters WHERE id IN (SELECT matter_id FROM matter_items WHERE item_id = \(bind: itemId)) ORDER BY id DESC")
    }

    // MARK: The ledger

    struct Page: Sendable {
        var rows: [MatterRecord]
        var total: Int
        /// Every row's units (lead first).
        var units: [Int: [MatterUnitRecord]]
        /// Every row's worst item judgement, where its items are judged.
        var judgements: [Int: JudgementRating]
    }

    /// One page of the ledger for `principal` (nil: everything, for the command line), deadline first.
    static func page(_ f: MatterFilter, principal: Principal?, today: LocalDate, on db: any SQLDatabase) async throws -> Page {
        let whereClause = try await conditions(f, principal: principal, today: today, on: db)
        let total =
            try await db.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM matters m WHERE \(whereClause)") ?? 0
        let rows = try await db.all(
            MatterRecord.self,
            """
            SELECT \(columns) FROM matters m WHERE \(whereClause) ORDER BY m.deadline, m.id
            LIMIT \(bind: f.perPage) OFFSET \(bind: (f.page - 1) * f.perPage)
            """)
        let units = Dictionary(grouping: try await Self.units(of: rows.map(\.id), on: db), by: \.matterId)
        return Page(rows: rows, total: total, units: units, judgements: try await worstJudgements(of: rows.map(\.id), on: db))
    }

    /// Every row of the view, for an export, in batches of `batchSize` read by keyset on (deadline, id).
    static func forEachBatch(
        _ f: MatterFilter, principal: Principal?, today: LocalDate, batchSize: Int = 500, on db: any SQLDatabase,
        _ body: ([MatterRecord], [Int: [MatterUnitRecord]], [Int: JudgementRating]) async throws -> Void
    ) async throws {
        let whereClause = try await conditions(f, principal: principal, today: today, on: db)
        var after: (deadline: String, id: Int)?
        while true {
            let keyset: SQLQueryString =
                after.map { a -> SQLQueryString in "(m.deadline > \(bind: a.deadline) OR (m.deadline = \(bind: a.deadline) AND m.id > \(bind: a.id)))"
                }
                ?? "1 = 1"
            let rows = try await db.all(
                MatterRecord.self,
                "SELECT \(columns) FROM matters m WHERE \(whereClause) AND \(keyset) ORDER BY m.deadline, m.id LIMIT \(bind: batchSize)")
            if rows.isEmpty { return }
            let ids = rows.map(\.id)
            try await body(rows, Dictionary(grouping: try await units(of: ids, on: db), by: \.matterId), try await worstJudgements(of: ids, on: db))
            guard rows.count == batchSize, let last = rows.last else { return }
            after = (last.deadline, last.id)
        }
    }

    /// The WHERE clause of a view: the reader's scope, then each filter.
    static func conditions(_ f: MatterFilter, principal: Principal?, today: LocalDate, on db: any SQLDatabase) async throws -> SQLQueryString {
        var parts: [SQLQueryString] = []
        if let p = principal, !p.isNationwide {
            let scope = pathRange(p.jurisdictionPath)
            if p.role.isUnitRole, let unit = p.unitId {
                parts.append("(\(scope) OR m.id IN (SELECT matter_id FROM matter_units WHERE unit_id = \(bind: unit)))")
            } else {
                parts.append(scope)
            }
        }
        if let jid = f.jurisdictionId {
            let j = try await JurisdictionQueries.require(jid, on: db)
            parts.append(pathRange(j.path))
        }
        if !f.states.isEmpty { parts.append("m.state IN (\(binds: f.states.map(\.rawValue)))") }
        if !f.levels.isEmpty { parts.append("m.level IN (\(binds: f.levels.map(\.rawValue)))") }
        if let unit = f.unitId { parts.append("m.lead_unit_id = \(bind: unit)") }
        if !f.lights.isEmpty {
            let each = f.lights.map { lightCondition($0, today: today) }
            parts.append("(" + each.joined(separator: " OR ") + ")")
        }
        let q = TextNormalizer.normalizeForSearch(f.query)
        if !q.isEmpty { parts.append("m.search_text LIKE \(bind: "%" + LikePattern.escape(q) + "%") ESCAPE '\\'") }
        return parts.isEmpty ? "1 = 1" : parts.joined(separator: " AND ")
    }

    private static func pathRange(_ path: String) -> SQLQueryString {
        "(m.jurisdiction_path >= \(bind: path) AND m.jurisdiction_path < \(bind: PathRange.upperBound(of: path)))"
    }

    /// `SupervisionLight` as SQL over the stored deadline in force and `warn_from` (MatterLightFilterTests keeps them equal).
    static func lightCondition(_ light: ScheduleLight, today: LocalDate) -> SQLQueryString {
        let open: SQLQueryString = "m.state NOT IN ('closed', 'cancelled')"
        switch light {
        case .red: return "(\(open) AND m.deadline < \(bind: today.iso))"
        case .yellow: return "(\(open) AND m.warn_from <= \(bind: today.iso) AND m.deadline >= \(bind: today.iso))"
        case .green: return "((\(open) AND m.warn_from > \(bind: today.iso)) OR m.state = 'closed')"
        case .none: return "m.state = 'cancelled'"
        }
    }
}

extension MatterQueries {
    /// The units a reader in `scope` (a jurisdiction path; nil: everywhere) may name or filter by, by jurisdiction.
    static func unitOptions(within scope: String?, limit: Int = 500, on db: any SQLDatabase) async throws -> [UnitOption] {
        let condition: SQLQueryString = scope.map { PathRange.condition(column: "j.path", prefix: $0) } ?? "1 = 1"
        return try await db.all(
            UnitOption.self,
            """
            SELECT u.id, u.name
            FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id WHERE \(condition) ORDER BY j.path, u.id LIMIT \(bind: limit)
            """)
    }

    /// The items a new matter may name: those already chosen, then the late ones (past their original deadline, not done)
    /// in `scope`, earliest deadline first.
    static func itemOptions(
        within scope: String?, including chosen: [Int], today: LocalDate, limit: Int = 200, on db: any SQLDatabase
    ) async throws -> [ItemRecord] {
        let condition: SQLQueryString = scope.map { PathRange.condition(column: "jurisdiction_path", prefix: $0) } ?? "1 = 1"
        let late = try await db.all(
            ItemRecord.self,
            """
            SELECT \(ItemQueries.columns) FROM plan_items WHERE \(condition) AND original_deadline < \(bind: today.iso)
              AND status NOT IN ('done', 'suspended') AND depth >= 1 ORDER BY original_deadline, id LIMIT \(bind: limit)
            """)
        let picked = try await ItemQueries.byIDs(chosen, on: db).filter { scope == nil || $0.jurisdictionPath.hasPrefix(scope!) }
        return picked + late.filter { !chosen.contains($0.id) }
    }
}
