import ReformCore
import SQLKit

/// The obstacles' and consultations' SQL, in one place; Sendable records out.
enum ObstacleQueries {
    static let columns: SQLQueryString = """
        o.id, o.item_id, o.jurisdiction_id, o.jurisdiction_path, o.unit_id, o.kind, o.what_blocks, o.what_is_asked, o.asked_of, \
        o.state, o.decision, o.department_unit_id, o.consultation_id, o.round, o.answer, o.answered_by, o.answered_on, o.raised_by, \
        o.raised_on, o.is_demo, o.version, o.created_at, o.updated_at
        """

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> ObstacleRecord? {
        try await db.first(ObstacleRecord.self, "SELECT \(columns) FROM obstacles o WHERE o.id = \(bind: id)")
    }

    static func require(_ id: Int, on db: any SQLDatabase) async throws -> ObstacleRecord {
        guard let o = try await find(id, on: db) else { throw AppError.notFound(entity: "obstacle", id: String(id)) }
        return o
    }

    static func byIDs(_ ids: [Int], on db: any SQLDatabase) async throws -> [ObstacleRecord] {
        guard !ids.isEmpty else { return [] }
        return try await db.all(ObstacleRecord.self, "SELECT \(columns) FROM obstacles o WHERE o.id IN (\(binds: ids)) ORDER BY o.id")
    }

    /// An item's obstacles, newest first.
    static func ofItem(_ itemId: Int, on db: any SQLDatabase) async throws -> [ObstacleRecord] {
        try await db.all(ObstacleRecord.self, "SELECT \(columns) FROM obstacles o WHERE o.item_id = \(bind: itemId) ORDER BY o.id DESC")
    }

    static func steps(of obstacleId: Int, on db: any SQLDatabase) async throws -> [ObstacleStepRecord] {
        try await db.all(
            ObstacleStepRecord.self,
            """
            SELECT id, obstacle_id, action, decision, actor, actor_name, at, comment FROM obstacle_steps
            WHERE obstacle_id = \(bind: obstacleId) ORDER BY id
            """)
    }

    private static let escalationSelect: SQLQueryString = """
        SELECT e.id, e.obstacle_id, e.round, e.seq, e.from_jurisdiction_id, e.from_path, e.to_jurisdiction_id, e.to_path, e.to_unit_id, \
        e.request, e.sent_on, e.respond_by, e.state, e.answer, e.answered_on, e.answered_by, e.sent_by, fj.name AS from_name, \
        tj.name AS to_name, u.name AS to_unit_name
        FROM escalations e JOIN jurisdictions fj ON fj.id = e.from_jurisdiction_id JOIN jurisdictions tj ON tj.id = e.to_jurisdiction_id
        LEFT JOIN units u ON u.id = e.to_unit_id
        """

    /// Every hop of every round of the obstacles' chains, in order.
    static func escalations(of obstacleIds: [Int], on db: any SQLDatabase) async throws -> [EscalationRecord] {
        guard !obstacleIds.isEmpty else { return [] }
        return try await db.all(
            EscalationRecord.self, "\(escalationSelect) WHERE e.obstacle_id IN (\(binds: obstacleIds)) ORDER BY e.obstacle_id, e.round, e.seq")
    }

    static func escalation(_ id: Int, on db: any SQLDatabase) async throws -> EscalationRecord? {
        try await db.first(EscalationRecord.self, "\(escalationSelect) WHERE e.id = \(bind: id)")
    }

    /// The hops of the obstacle's current round replayed into the core's `Escalation` (each stored hop was allowed by it).
    static func chain(_ o: ObstacleRecord, hops: [EscalationRecord]) throws -> Escalation {
        var chain = Escalation(originPath: o.jurisdictionPath)
        let current = hops.filter { $0.obstacleId == o.id && $0.round == o.round }.sorted { $0.seq < $1.seq }
        do throws(Escalation.Refusal) {
            for h in current {
                guard let sent = LocalDate(iso: h.sentOn), let by = LocalDate(iso: h.respondBy) else { continue }
                try chain.escalate(from: h.fromPath, to: h.toPath, unitId: h.toUnitId, request: h.request, on: sent, respondBy: by)
                if h.hopState == .answered { try chain.answer(by: h.toPath, text: h.answer, on: LocalDate(iso: h.answeredOn ?? "") ?? sent) }
            }
        } catch {
            throw AppError.internalError("obstacle \(o.id): stored escalations do not replay (\(error.rawValue))")
        }
        return chain
    }

    // MARK: The queues

    struct Page: Sendable {
        var rows: [ObstacleRecord]
        var total: Int
    }

    /// One page of the reader's queue: the obstacles in view (归口收集), or those whose escalation waits on the reader's level.
    static func page(_ f: ObstacleFilter, principal p: Principal, on db: any SQLDatabase) async throws -> Page {
        let whereClause = try await conditions(f, principal: p, on: db)
        let total = try await db.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM obstacles o WHERE \(whereClause)") ?? 0
        let rows = try await db.all(
            ObstacleRecord.self,
            """
            SELECT \(columns) FROM obstacles o WHERE \(whereClause) ORDER BY o.id DESC
            LIMIT \(bind: f.perPage) OFFSET \(bind: (f.page - 1) * f.perPage)
            """)
        return Page(rows: rows, total: total)
    }

    static func conditions(_ f: ObstacleFilter, principal p: Principal, on db: any SQLDatabase) async throws -> SQLQueryString {
        var parts: [SQLQueryString] = []
        switch f.queue {
        case .collected: parts.append(scope(p))
        case .escalated: parts.append("o.id IN (SELECT e.obstacle_id FROM escalations e WHERE \(waitingOn(p)))")
        }
        if let jid = f.jurisdictionId {
            let j = try await JurisdictionQueries.require(jid, on: db)
            parts.append(PathRange.condition(column: "o.jurisdiction_path", prefix: j.path))
        }
        if !f.states.isEmpty { parts.append("o.state IN (\(binds: f.states.map(\.rawValue)))") }
        if !f.kinds.isEmpty { parts.append("o.kind IN (\(binds: f.kinds.map(\.rawValue)))") }
        if let unit = f.unitId { parts.append("o.unit_id = \(bind: unit)") }
        return parts.joined(separator: " AND ")
    }

    /// What the reader sees (`Access.seesObstacle` as SQL): a unit its own (raised by it, handed to it, escalated to it),
    /// everyone else their subtree.
    static func scope(_ p: Principal) -> SQLQueryString {
        if p.isNationwide { return "1 = 1" }
        if p.role.isUnitRole {
            guard let unit = p.unitId else { return "1 = 0" }
            return """
                (o.unit_id = \(bind: unit) OR o.department_unit_id = \(bind: unit) \
                OR o.id IN (SELECT obstacle_id FROM escalations WHERE to_unit_id = \(bind: unit)))
                """
        }
        return "(\(PathRange.condition(column: "o.jurisdiction_path", prefix: p.jurisdictionPath)))"
    }

    /// Pending hops waiting on the reader's level: its office's jurisdiction, or its unit (`Access.obstacleActors`' higher level).
    static func waitingOn(_ p: Principal) -> SQLQueryString {
        if p.isNationwide { return "e.state = 'pending'" }
        if p.role.isUnitRole {
            guard let unit = p.unitId else { return "1 = 0" }
            return "e.state = 'pending' AND e.to_unit_id = \(bind: unit)"
        }
        if p.role == .office { return "e.state = 'pending' AND e.to_jurisdiction_id = \(bind: p.jurisdictionId)" }
        return "1 = 0"
    }

    /// The inbox: escalations waiting on the reader, obstacles raised in an office's own jurisdiction and not yet decided,
    /// obstacles handed to a unit, and answers waiting for the raising unit to accept.
    static func inbox(_ p: Principal, limit: Int, on db: any SQLDatabase) async throws -> [ObstacleRecord] {
        try await db.all(ObstacleRecord.self, "SELECT \(columns) FROM obstacles o WHERE \(inboxCondition(p)) ORDER BY o.id LIMIT \(bind: limit)")
    }

    /// As many as `inbox` lists, counted without reading them (the page header asks on every page).
    static func inboxCount(_ p: Principal) -> SQLQueryString {
        "SELECT COUNT(*) AS n FROM obstacles o WHERE \(inboxCondition(p))"
    }

    private static func inboxCondition(_ p: Principal) -> SQLQueryString {
        let mine: SQLQueryString
        if p.isNationwide {
            mine = "o.state = 'raised'"
        } else if p.role.isUnitRole, let unit = p.unitId {
            mine = "((o.department_unit_id = \(bind: unit) AND o.state = 'handed_over') OR (o.unit_id = \(bind: unit) AND o.state = 'answered'))"
        } else if p.role == .office {
            mine = "(o.jurisdiction_id = \(bind: p.jurisdictionId) AND o.state = 'raised')"
        } else {
            mine = "1 = 0"
        }
        return "(\(mine) OR (o.state = 'escalated' AND o.id IN (SELECT e.obstacle_id FROM escalations e WHERE \(waitingOn(p)))))"
    }

    // MARK: Consultations

    static let consultationColumns: SQLQueryString = """
        id, jurisdiction_id, jurisdiction_path, title, held_on, participants, minutes, created_by, is_demo, version, created_at, updated_at
        """

    static func consultation(_ id: Int, on db: any SQLDatabase) async throws -> ConsultationRecord {
        guard let c = try await db.first(ConsultationRecord.self, "SELECT \(consultationColumns) FROM consultations WHERE id = \(bind: id)") else {
            throw AppError.notFound(entity: "consultation", id: String(id))
        }
        return c
    }

    /// The consultations of the reader's subtree, latest first.
    static func consultations(principal p: Principal, limit: Int = 200, on db: any SQLDatabase) async throws -> [ConsultationRecord] {
        let scope: SQLQueryString = p.isNationwide ? "1 = 1" : PathRange.condition(column: "jurisdiction_path", prefix: p.jurisdictionPath)
        return try await db.all(
            ConsultationRecord.self,
            "SELECT \(consultationColumns) FROM consultations WHERE \(scope) ORDER BY held_on DESC, id DESC LIMIT \(bind: limit)")
    }

    static func obstacleIds(ofConsultation id: Int, on db: any SQLDatabase) async throws -> [Int] {
        struct Row: Decodable { var obstacleId: Int }
        return try await db.all(Row.self, "SELECT obstacle_id FROM consultation_obstacles WHERE consultation_id = \(bind: id) ORDER BY obstacle_id")
            .map(\.obstacleId)
    }

    static func decisions(ofConsultation id: Int, on db: any SQLDatabase) async throws -> [ConsultationDecisionRecord] {
        try await db.all(
            ConsultationDecisionRecord.self,
            """
            SELECT id, consultation_id, obstacle_id, text, outcome, outcome_id, recorded_by, recorded_at FROM consultation_decisions
            WHERE consultation_id = \(bind: id) ORDER BY id
            """)
    }
}
