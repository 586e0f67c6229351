import Foundation
import ReformCore
import SQLKit

/// Obstacles (堵点 / 难点 / 痛点): raising one on an item, the office's decision, the answer and its acceptance, and the
/// escalation chain up the jurisdiction tree (专项专办 / 绿色通道). Every change runs in one transaction with its audit
/// entry and checks the obstacle's version (409 on a stale edit); what is allowed is `ObstacleFlow`'s and `Escalation`'s
/// to say, nothing here re-decides it.
package struct ObstacleService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let textMaxLength = Escalation.textMaxLength
    static let shortTextMaxLength = 200
    /// Not yet answered: an office may still decide, consult or escalate.
    static let openStates: Set<ObstacleState> = [.raised, .inHand, .handedOver, .inConsultation, .escalated]

    /// What a unit fills in to raise an obstacle.
    package struct Draft: Sendable {
        var kind: String
        var whatBlocks: String
        var whatIsAsked: String
        var askedOf: String

        package init(kind: String, whatBlocks: String, whatIsAsked: String, askedOf: String) {
            self.kind = kind
            self.whatBlocks = whatBlocks
            self.whatIsAsked = whatIsAsked
            self.askedOf = askedOf
        }
    }

    /// Raises an obstacle on an item, as the user's unit (an admin raises it for the lead unit).
    package func raise(itemId: Int, _ d: Draft, by p: Principal, isDemo: Bool = false, at: String? = nil) async throws -> ObstacleRecord {
        try await database.transaction { sql in
            let item = try await ItemQueries.require(itemId, on: sql)
            let participants = try await ItemQueries.participants(of: [itemId], on: sql).map(\.unitId)
            try Access.requireVisible(
                Access.seesItem(jurisdictionPath: item.jurisdictionPath, leadUnitId: item.leadUnitId, participantUnitIds: participants, p),
                entity: "item", id: itemId)
            try Access.require(Access.canRaiseObstacle(leadUnitId: item.leadUnitId, participantUnitIds: participants, p), "raise_obstacle")
            var issues: [ValidationIssue] = []
            if ObstacleKind(rawValue: Self.trim(d.kind)) == nil {
                issues.append(ValidationIssue(field: "kind", code: Self.trim(d.kind).isEmpty ? .required : .invalidChoice))
            }
            issues += [
                Self.check(d.whatBlocks, "whatBlocks", max: Self.textMaxLength, required: true),
                Self.check(d.whatIsAsked, "whatIsAsked", max: Self.textMaxLength, required: true),
                Self.check(d.askedOf, "askedOf", max: Self.shortTextMaxLength, required: false)
            ].compactMap { $0 }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let unitId = p.role.isUnitRole ? p.unitId! : item.leadUnitId!
            let now = at ?? clock.timestamp
            let today = clock.localDate(ofTimestamp: now) ?? clock.today
            let v = (kind: Self.trim(d.kind), blocks: Self.trim(d.whatBlocks), asked: Self.trim(d.whatIsAsked), of: Self.trim(d.askedOf))
            let id = try await sql.insertReturningID(
                """
                INSERT INTO obstacles (item_id, jurisdiction_id, jurisdiction_path, unit_id, kind, what_blocks, what_is_asked, asked_of, state,
                  decision, department_unit_id, consultation_id, round, answer, answered_by, answered_on, raised_by, raised_on, is_demo, version,
                  created_at, updated_at)
                VALUES (\(bind: itemId), \(bind: item.jurisdictionId), \(bind: item.jurisdictionPath), \(bind: unitId), \(bind: v.kind),
                  \(bind: v.blocks), \(bind: v.asked), \(bind: v.of), 'raised', \(bind: String?.none), \(bind: Int?.none), \(bind: Int?.none), 1,
                  '', '', \(bind: String?.none), \(bind: p.actorName), \(bind: today.iso), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            try await Self.insertStep(id, action: "raise", decision: nil, actor: .leadUnit, p, comment: "", at: now, on: sql)
            try await Audit.record(
                entity: "obstacle", id: id, action: "create", actor: p.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "itemId": String(itemId), "unitId": String(unitId), "kind": v.kind, "whatBlocks": v.blocks, "whatIsAsked": v.asked,
                        "askedOf": v.of, "state": "raised"
                    ]),
                scopePath: item.jurisdictionPath, at: now, on: sql)
            return try await ObstacleQueries.require(id, on: sql)
        }
    }

    /// One step: the office's decision (not escalation: that is `escalate`), an answer (by whoever holds it; for an escalated
    /// obstacle the level its escalation waits on), closing, raising again, withdrawing.
    package func act(
        _ id: Int, _ action: ObstacleAction, decision: String? = nil, departmentUnitId: Int? = nil, comment: String, baseVersion: Int,
        by p: Principal, at: String? = nil
    ) async throws -> ObstacleRecord {
        try await database.transaction { sql in
            try await Self.act(
                id, action, decision: decision, departmentUnitId: departmentUnitId, comment: comment, baseVersion: baseVersion, by: p,
                now: at ?? clock.timestamp, clock: clock, on: sql)
        }
    }

    static func act(
        _ id: Int, _ action: ObstacleAction, decision rawDecision: String?, departmentUnitId: Int?, comment: String, baseVersion: Int,
        by p: Principal, now: String, clock: AppClock, consultationId: Int? = nil, on sql: any SQLDatabase
    ) async throws -> ObstacleRecord {
        let o = try await ObstacleQueries.require(id, on: sql)
        let hops = try await ObstacleQueries.escalations(of: [id], on: sql)
        let pending = hops.last { $0.round == o.round && $0.isPending }
        let actors = Access.obstacleActors(o, pending: pending, p)
        let state = o.obstacleState
        let text = trim(comment)
        var decision: ObstacleDecision?
        if action == .decide {
            let raw = trim(rawDecision ?? "")
            guard let d = ObstacleDecision(rawValue: raw), d != .escalate else {
                // Escalating is its own step (it says what is asked of which level and by when).
                throw AppError.validation([ValidationIssue(field: "decision", code: raw.isEmpty ? .required : .invalidChoice)])
            }
            decision = d
        }
        // Who may, before what: a user with no standing for the step is refused whatever the state or version.
        guard let actor = Access.obstacleActor(for: action, from: state, among: actors) else {
            if ObstacleFlow.next(state, action, decision: decision) == nil, !actors.isEmpty { throw stale(o) }
            throw AppError.forbidden(action: "obstacle_step")
        }
        if baseVersion != o.version { throw stale(o) }
        // An escalation waiting on a higher level is answered there, not called back by a new decision.
        if action == .decide, state == .escalated { throw stale(o) }
        let next: ObstacleState
        do throws(ObstacleFlow.Refusal) {
            next = try ObstacleFlow.take(action, decision: decision, from: state, by: actor, comment: text)
        } catch {
            switch error.reason {
            case .illegalTransition: throw stale(o)
            case .notPermitted: throw AppError.forbidden(action: "obstacle_step")
            case .commentRequired: throw AppError.validation([ValidationIssue(field: "comment", code: .required)])
            }
        }
        if text.unicodeScalars.count > textMaxLength {
            throw AppError.validation([ValidationIssue(field: "comment", code: .tooLong, limit: textMaxLength)])
        }
        var department: Int? = nil
        if decision == .handToDepartment {
            guard let unitId = departmentUnitId else { throw AppError.validation([ValidationIssue(field: "departmentUnitId", code: .required)]) }
            guard let unit = try await UnitQueries.byIDs([unitId], on: sql).first,
                p.sees(jurisdictionPath: try await JurisdictionQueries.require(unit.jurisdictionId, on: sql).path)
            else { throw AppError.validation([ValidationIssue(field: "departmentUnitId", code: .notFound)]) }
            department = unit.id
        }
        let today = clock.localDate(ofTimestamp: now) ?? clock.today
        var changes: [Audit.Change] = [.init(field: "state", before: o.state, after: next.rawValue)]
        let n: Int
        switch action {
        case .decide:
            n = try await sql.updateReturningCount(
                """
                UPDATE obstacles SET state = \(bind: next.rawValue), decision = \(bind: decision!.rawValue), department_unit_id = \(bind: department),
                  consultation_id = \(bind: consultationId ?? o.consultationId), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: o.version)
                """)
            changes.append(.init(field: "decision", before: o.decision, after: decision!.rawValue))
            if let department {
                changes.append(.init(field: "departmentUnitId", before: o.departmentUnitId.map(String.init), after: String(department)))
            }
        case .answer:
            if state == .escalated, let pending {
                try await sql.execute(
                    """
                    UPDATE escalations SET state = 'answered', answer = \(bind: text), answered_on = \(bind: today.iso),
                      answered_by = \(bind: p.actorName) WHERE id = \(bind: pending.id) AND state = 'pending'
                    """)
            }
            n = try await sql.updateReturningCount(
                """
                UPDATE obstacles SET state = 'answered', answer = \(bind: text), answered_by = \(bind: p.actorName), answered_on = \(bind: today.iso),
                  version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: o.version)
                """)
            changes.append(.init(field: "answer", before: o.answer.isEmpty ? nil : o.answer, after: text))
        case .reopen:
            // Raised again: back in the office's queue as a new round, with a fresh chain should it be escalated again.
            n = try await sql.updateReturningCount(
                """
                UPDATE obstacles SET state = 'raised', decision = NULL, department_unit_id = NULL, consultation_id = NULL, round = round + 1,
                  answer = '', answered_by = '', answered_on = NULL, version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: o.version)
                """)
        case .close, .withdraw:
            n = try await sql.updateReturningCount(
                """
                UPDATE obstacles SET state = \(bind: next.rawValue), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: o.version)
                """)
        }
        guard n == 1 else { throw stale(o) }
        if !text.isEmpty, action != .answer { changes.append(.init(field: "comment", before: nil, after: text)) }
        try await insertStep(id, action: action.rawValue, decision: decision?.rawValue, actor: actor, p, comment: text, at: now, on: sql)
        try await Audit.record(
            entity: "obstacle", id: id, action: action.rawValue, actor: p.actorName, version: o.version + 1, changes: changes,
            scopePath: o.jurisdictionPath, at: now, on: sql)
        return try await ObstacleQueries.require(id, on: sql)
    }

    /// Sends the obstacle one level up (提级上报): the office of the item sends the first hop (deciding to escalate), the
    /// level holding it sends the next. The target is the holder's parent jurisdiction (`toJurisdictionId` may name it and
    /// must be it), optionally a unit there; `respondBy` defaults to `Escalation.defaultResponseDays` after today.
    package func escalate(
        _ id: Int, request: String, toJurisdictionId: Int? = nil, toUnitId: Int? = nil, respondBy: String = "", baseVersion: Int,
        by p: Principal, at: String? = nil
    ) async throws -> ObstacleRecord {
        try await database.transaction { sql in
            let o = try await ObstacleQueries.require(id, on: sql)
            let hops = try await ObstacleQueries.escalations(of: [id], on: sql)
            let pending = hops.last { $0.round == o.round && $0.isPending }
            let actors = Access.obstacleActors(o, pending: pending, p)
            let state = o.obstacleState
            guard Access.canEscalate(state: state, actors: actors) else {
                if !actors.isEmpty, !Self.openStates.contains(state) { throw Self.stale(o) }
                throw AppError.forbidden(action: "obstacle_escalate")
            }
            if baseVersion != o.version { throw Self.stale(o) }
            var chain = try ObstacleQueries.chain(o, hops: hops)
            let now = at ?? clock.timestamp
            let today = clock.localDate(ofTimestamp: now) ?? clock.today
            var issues: [ValidationIssue] = []
            if let issue = Self.check(request, "request", max: Self.textMaxLength, required: true) { issues.append(issue) }
            let typedDate = Self.trim(respondBy)
            let by: LocalDate? = typedDate.isEmpty ? Escalation.defaultRespondBy(sentOn: today) : LocalDate(iso: typedDate)
            if by == nil { issues.append(ValidationIssue(field: "respondBy", code: .invalidDate)) }
            guard let parentPath = JurisdictionPath.parent(of: chain.holderPath) else {
                throw AppError.unprocessable(code: Escalation.Refusal.atTop.rawValue, message: "the level holding it is the top of the tree")
            }
            var target: JurisdictionRecord?
            if let wanted = toJurisdictionId {
                target = try await JurisdictionQueries.find(wanted, on: sql)
                if target == nil { issues.append(ValidationIssue(field: "toJurisdictionId", code: .notFound)) }
            } else {
                target = try await JurisdictionQueries.find(JurisdictionPath.ids(in: parentPath).last!, on: sql)
            }
            if let unitId = toUnitId {
                let unit = try await UnitQueries.byIDs([unitId], on: sql).first
                if unit == nil || unit?.jurisdictionId != target?.id { issues.append(ValidationIssue(field: "toUnitId", code: .notFound)) }
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let holderPath = chain.holderPath
            do throws(Escalation.Refusal) {
                try chain.escalate(
                    from: holderPath, to: target!.path, unitId: toUnitId, request: request, on: today, respondBy: by!)
            } catch {
                switch error {
                case .notParent: throw AppError.validation([ValidationIssue(field: "toJurisdictionId", code: .invalidChoice)])
                case .textRequired: throw AppError.validation([ValidationIssue(field: "request", code: .required)])
                case .respondByBeforeSent: throw AppError.validation([ValidationIssue(field: "respondBy", code: .dateOrder)])
                case .notHolder: throw AppError.forbidden(action: "obstacle_escalate")
                case .alreadyAnswered, .atTop: throw Self.stale(o)
                }
            }
            let first = state != .escalated
            let actor: SupervisionActor = first ? .office : .higherLevel
            if first {
                do throws(ObstacleFlow.Refusal) {
                    _ = try ObstacleFlow.take(.decide, decision: .escalate, from: state, by: .office, comment: "")
                } catch {
                    throw Self.stale(o)
                }
            }
            let hop = chain.hops.last!
            try await sql.execute(
                "UPDATE escalations SET state = 'passed_up' WHERE obstacle_id = \(bind: id) AND round = \(bind: o.round) AND state = 'pending'")
            let fromId = JurisdictionPath.ids(in: holderPath).last!
            try await sql.execute(
                """
                INSERT INTO escalations (obstacle_id, round, seq, from_jurisdiction_id, from_path, to_jurisdiction_id, to_path, to_unit_id, request,
                  sent_on, respond_by, warn_from, state, answer, answered_on, answered_by, sent_by, created_at)
                VALUES (\(bind: id), \(bind: o.round), \(bind: chain.hops.count), \(bind: fromId), \(bind: holderPath), \(bind: target!.id),
                  \(bind: target!.path), \(bind: toUnitId), \(bind: hop.request), \(bind: today.iso), \(bind: hop.respondBy.iso),
                  \(bind: Escalation.warnFrom(respondBy: hop.respondBy).iso), 'pending', '', \(bind: String?.none), '', \(bind: p.actorName), \(bind: now))
                """)
            let n = try await sql.updateReturningCount(
                """
                UPDATE obstacles SET state = 'escalated', decision = 'escalate', version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: o.version)
                """)
            guard n == 1 else { throw Self.stale(o) }
            try await Self.insertStep(
                id, action: "escalate", decision: first ? "escalate" : nil, actor: actor, p, comment: hop.request, at: now, on: sql)
            var changes: [Audit.Change] = [
                .init(field: "escalatedTo", before: String(fromId), after: String(target!.id)),
                .init(field: "request", before: nil, after: hop.request),
                .init(field: "respondBy", before: nil, after: hop.respondBy.iso)
            ]
            if first { changes.insert(.init(field: "state", before: o.state, after: "escalated"), at: 0) }
            try await Audit.record(
                entity: "obstacle", id: id, action: "escalate", actor: p.actorName, version: o.version + 1, changes: changes,
                scopePath: o.jurisdictionPath, at: now, on: sql)
            return try await ObstacleQueries.require(id, on: sql)
        }
    }

    /// The level an escalation waits on answers it; the answer goes back down to the item (the obstacle is answered).
    package func answerEscalation(
        _ escalationId: Int, answer: String, baseVersion: Int, by p: Principal, at: String? = nil
    ) async throws -> ObstacleRecord {
        try await database.transaction { sql in
            guard let hop = try await ObstacleQueries.escalation(escalationId, on: sql) else {
                throw AppError.notFound(entity: "escalation", id: String(escalationId))
            }
            let o = try await ObstacleQueries.require(hop.obstacleId, on: sql)
            guard hop.isPending, hop.round == o.round else {
                let actors = Access.obstacleActors(o, pending: nil, p)
                if actors.isEmpty { throw AppError.forbidden(action: "obstacle_step") }
                throw Self.stale(o)
            }
            return try await Self.act(
                o.id, .answer, decision: nil, departmentUnitId: nil, comment: answer, baseVersion: baseVersion, by: p,
                now: at ?? clock.timestamp, clock: clock, on: sql)
        }
    }

    // MARK: Helpers

    static func trim(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func check(_ value: String, _ field: String, max: Int, required: Bool) -> ValidationIssue? {
        let t = trim(value)
        if required, t.isEmpty { return ValidationIssue(field: field, code: .required) }
        if t.unicodeScalars.count > max { return ValidationIssue(field: field, code: .tooLong, limit: max) }
        return nil
    }

    static func stale(_ o: ObstacleRecord) -> AppError {
        AppError.conflict(entity: "obstacle", id: o.id, currentVersion: o.version, changes: [])
    }

    static func insertStep(
        _ obstacleId: Int, action: String, decision: String?, actor: SupervisionActor, _ p: Principal, comment: String, at: String,
        on sql: any SQLDatabase
    ) async throws {
        try await sql.execute(
            """
            INSERT INTO obstacle_steps (obstacle_id, action, decision, actor, user_id, actor_name, at, comment)
            VALUES (\(bind: obstacleId), \(bind: action), \(bind: decision), \(bind: actor.rawValue), \(bind: p.userId > 0 ? p.userId : nil),
              \(bind: p.actorName), \(bind: at), \(bind: comment))
            """)
    }
}

extension AppServices {
    package var obstacles: ObstacleService { ObstacleService(database: database, clock: clock) }
}
