import Foundation
import ReformCore
import SQLKit

/// Supervision matters (督办事项): raising one, each step of its chain, and requests for more time. Every change runs
/// in one transaction with its audit entry, checks the matter's version (409 on a stale edit) and asks the chain's
/// rules (`MatterChain`, `ExtensionRequest`) what is allowed; nothing here re-decides them.
package struct MatterService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    /// A matter's light turns yellow this many days before its deadline.
    static let warnDays = Schedule.defaultWarnDays

    /// Raises a matter (立项): validates the form, checks every unit and item is one the office may name, and
    /// records the first step.
    package func create(
        _ draft: MatterDraft, by principal: Principal, isDemo: Bool = false, today: LocalDate? = nil, at: String? = nil
    ) async throws -> MatterRecord {
        try await database.transaction { sql in try await insert(draft, by: principal, isDemo: isDemo, today: today, at: at, on: sql) }
    }

    /// `create` inside the caller's transaction: a consultation's decision raises its matter in the decision's own, so
    /// a decision that fails leaves no matter behind.
    func insert(
        _ draft: MatterDraft, by principal: Principal, isDemo: Bool = false, today: LocalDate? = nil, at: String? = nil,
        on sql: any SQLDatabase
    ) async throws -> MatterRecord {
        try Access.require(Access.canRaiseMatters(principal), "raise_matter")
        var issues = draft.validate(today: today ?? clock.today)
        // Units and items the office cannot see are "not found", as everywhere else.
        var unitPaths: [Int: (UnitRecord, String)] = [:]
        for unit in try await UnitQueries.byIDs(Array(Set([draft.leadUnitId].compactMap { $0 } + draft.coUnitIds)), on: sql) {
            let path = try await JurisdictionQueries.require(unit.jurisdictionId, on: sql).path
            if principal.sees(jurisdictionPath: path) { unitPaths[unit.id] = (unit, path) }
        }
        if let lead = draft.leadUnitId, unitPaths[lead] == nil, !issues.contains(where: { $0.field == "leadUnitId" }) {
            issues.append(ValidationIssue(field: "leadUnitId", code: .notFound))
        }
        if draft.coUnitIds.contains(where: { unitPaths[$0] == nil }), !issues.contains(where: { $0.field == "coUnitIds" }) {
            issues.append(ValidationIssue(field: "coUnitIds", code: .notFound))
        }
        let items = try await ItemQueries.byIDs(draft.itemIds, on: sql).filter { principal.sees(jurisdictionPath: $0.jurisdictionPath) }
        if items.count != Set(draft.itemIds).count, !issues.contains(where: { $0.field == "itemIds" }) {
            issues.append(ValidationIssue(field: "itemIds", code: .notFound))
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
        // The matter belongs where its first item is, else where its lead unit is: that office and those above it hold it.
        let lead = unitPaths[draft.leadUnitId!]!
        let firstItem = draft.itemIds.first.flatMap { wanted in items.first { $0.id == wanted } }
        let jurisdictionId = firstItem?.jurisdictionId ?? lead.0.jurisdictionId
        let path = firstItem?.jurisdictionPath ?? lead.1
        let deadline = draft.parsedDeadline!
        let now = at ?? clock.timestamp
        let opened = clock.localDate(ofTimestamp: now) ?? clock.today
        let v = Values(draft)
        let state = try Self.take(.register, from: nil, by: .office, comment: "", matterId: 0, version: 0)
        let id = try await sql.insertReturningID(
            """
            INSERT INTO matters (jurisdiction_id, jurisdiction_path, subject, level, source_kind, instruction_text, instructed_by,
              instructed_on, meeting_reference, finding_id, lead_unit_id, responsible_leader, original_deadline, deadline, warn_from,
              delay_count, required_result, state, opened_on, closed_on, search_text, created_by, is_demo, version, created_at, updated_at)
            VALUES (\(bind: jurisdictionId), \(bind: path), \(bind: v.subject), \(bind: v.level), \(bind: v.source),
              \(bind: v.instructionText), \(bind: v.instructedBy), \(bind: v.instructedOn), \(bind: v.meetingReference),
              \(bind: v.findingId), \(bind: lead.0.id), \(bind: v.responsibleLeader), \(bind: deadline.iso), \(bind: deadline.iso),
              \(bind: Schedule.warnFrom(deadline: deadline, warnDays: Self.warnDays).iso), 0, \(bind: v.requiredResult),
              \(bind: state.rawValue), \(bind: opened.iso), \(bind: String?.none), \(bind: v.searchText), \(bind: principal.actorName),
              \(bind: isDemo), 1, \(bind: now), \(bind: now))
            """)
        try await sql.execute("INSERT INTO matter_units (matter_id, unit_id, role) VALUES (\(bind: id), \(bind: lead.0.id), 'lead')")
        for unit in draft.coUnitIds {
            try await sql.execute("INSERT INTO matter_units (matter_id, unit_id, role) VALUES (\(bind: id), \(bind: unit), 'co')")
        }
        for item in draft.itemIds {
            try await sql.execute("INSERT INTO matter_items (matter_id, item_id) VALUES (\(bind: id), \(bind: item))")
        }
        try await Self.insertStep(matterId: id, action: .register, actor: .office, principal: principal, comment: "", at: now, on: sql)
        try await Audit.record(
            entity: "matter", id: id, action: "create", actor: principal.actorName, version: 1,
            changes: Audit.diff(
                [:], v.snapshot(deadline: deadline.iso, leadUnitId: lead.0.id, coUnitIds: draft.coUnitIds, itemIds: draft.itemIds)),
            scopePath: path, at: now, on: sql)
        return try await MatterQueries.require(id, on: sql)
    }

    /// One step of the chain (领导审核 … 办结, 复核退回, 重新打开, 撤销), taken as the user's standing that the step admits.
    package func act(
        _ id: Int, _ action: MatterAction, comment: String, baseVersion: Int, by principal: Principal, at: String? = nil
    ) async throws -> MatterRecord {
        try await database.transaction { sql in
            let m = try await MatterQueries.require(id, on: sql)
            let actors = try await Self.actors(m, principal, on: sql)
            let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
            let state = m.matterState
            // Who may, before what: a user with no standing for the step is refused whatever the state or version.
            guard let actor = Access.actor(for: action, from: state, among: actors) else {
                if MatterChain.next(state, action) == nil, !actors.isEmpty { throw Self.stale(m) }
                throw AppError.forbidden(action: "matter_step")
            }
            if baseVersion != m.version { throw Self.stale(m) }
            let next = try Self.take(action, from: state, by: actor, comment: text, matterId: id, version: m.version)
            if text.unicodeScalars.count > MatterDraft.textMaxLength {
                throw AppError.validation([ValidationIssue(field: "comment", code: .tooLong, limit: MatterDraft.textMaxLength)])
            }
            let now = at ?? clock.timestamp
            let closedOn: String? =
                next == .closed ? (clock.localDate(ofTimestamp: now) ?? clock.today).iso : next == .handling ? nil : m.closedOn
            let n = try await sql.updateReturningCount(
                """
                UPDATE matters SET state = \(bind: next.rawValue), closed_on = \(bind: closedOn), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: m.version)
                """)
            guard n == 1 else { throw Self.stale(m) }
            try await Self.insertStep(matterId: id, action: action, actor: actor, principal: principal, comment: text, at: now, on: sql)
            var changes: [Audit.Change] = [.init(field: "state", before: m.state, after: next.rawValue)]
            if !text.isEmpty { changes.append(.init(field: "comment", before: nil, after: text)) }
            try await Audit.record(
                entity: "matter", id: id, action: action.rawValue, actor: principal.actorName, version: m.version + 1,
                changes: changes, scopePath: m.jurisdictionPath, at: now, on: sql)
            return try await MatterQueries.require(id, on: sql)
        }
    }

    /// The lead unit asks for more time (申请延期): a later date with a reason, one request at a time, while the matter is with
    /// the units.
    package func requestExtension(
        _ id: Int, requestedDeadline: String, reason: String, baseVersion: Int, by principal: Principal, at: String? = nil
    ) async throws -> MatterExtensionRecord {
        try await database.transaction { sql in
            let m = try await MatterQueries.require(id, on: sql)
            try Access.require(try await Self.actors(m, principal, on: sql).contains(.leadUnit), "matter_extension")
            if baseVersion != m.version { throw Self.stale(m) }
            guard m.matterState.isWithUnits else {
                throw AppError.unprocessable(code: "matter_not_with_units", message: "more time can be asked only while the matter is with the units")
            }
            let typed = requestedDeadline.trimmingCharacters(in: .whitespacesAndNewlines)
            let requested = LocalDate(iso: typed)
            if !typed.isEmpty, requested == nil {
                throw AppError.validation([ValidationIssue(field: "requestedDeadline", code: .invalidDate)])
            }
            let pending = try await MatterQueries.pendingExtension(of: id, on: sql) != nil
            let issues = ExtensionRequest.validate(
                current: m.deadlineDate ?? clock.today, requested: requested, reason: reason, pendingExists: pending)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            let requestId = try await sql.insertReturningID(
                """
                INSERT INTO matter_extension_requests (matter_id, current_deadline, requested_deadline, reason, state, requested_by, requested_at,
                  decided_by, decided_at, decision_comment, version)
                VALUES (\(bind: id), \(bind: m.deadline), \(bind: requested!.iso), \(bind: text), 'pending', \(bind: principal.actorName),
                  \(bind: now), \(bind: String?.none), \(bind: String?.none), '', 1)
                """)
            try await Self.bump(m, at: now, on: sql)
            try await Audit.record(
                entity: "matter", id: id, action: "extension_request", actor: principal.actorName, version: m.version + 1,
                changes: [
                    .init(field: "requestedDeadline", before: m.deadline, after: requested!.iso), .init(field: "reason", before: nil, after: text)
                ],
                scopePath: m.jurisdictionPath, at: now, on: sql)
            return try await sql.first(
                MatterExtensionRecord.self,
                "SELECT \(MatterQueries.extensionColumns) FROM matter_extension_requests WHERE id = \(bind: requestId)")!
        }
    }

    /// The office approves (an amendment: the deadline in force moves, the delay is counted) or refuses, with a reason,
    /// the pending request.
    package func decideExtension(
        _ id: Int, approve: Bool, comment: String, baseVersion: Int, by principal: Principal, at: String? = nil
    ) async throws -> MatterRecord {
        try await database.transaction { sql in
            let m = try await MatterQueries.require(id, on: sql)
            try Access.require(try await Self.actors(m, principal, on: sql).contains(.office), "matter_extension_decision")
            if baseVersion != m.version { throw Self.stale(m) }
            guard let pending = try await MatterQueries.pendingExtension(of: id, on: sql),
                let current = LocalDate(iso: pending.currentDeadline), let requested = LocalDate(iso: pending.requestedDeadline)
            else {
                throw AppError.unprocessable(code: "no_pending_extension", message: "this matter has no request for more time to decide")
            }
            let now = at ?? clock.timestamp
            let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.unicodeScalars.count > Amendments.reasonMaxLength {
                throw AppError.validation([ValidationIssue(field: "decisionComment", code: .tooLong, limit: Amendments.reasonMaxLength)])
            }
            var request = ExtensionRequest(
                currentDeadline: current, requestedDeadline: requested, reason: pending.reason, requestedBy: pending.requestedBy,
                requestedAt: Timestamp.date(pending.requestedAt) ?? clock.now)
            let amendment: DeadlineAmendment?
            do throws(WorkflowRefusal<ExtensionRequest.State, Bool>) {
                amendment = try request.decide(
                    approve: approve, by: .office, deciders: [.office], deciderName: principal.actorName, comment: text,
                    at: Timestamp.date(now) ?? clock.now)
            } catch {
                switch error.reason {
                case .commentRequired: throw AppError.validation([ValidationIssue(field: "decisionComment", code: .required)])
                case .notPermitted: throw AppError.forbidden(action: "matter_extension_decision")
                case .illegalTransition: throw Self.stale(m)
                }
            }
            let n = try await sql.updateReturningCount(
                """
                UPDATE matter_extension_requests SET state = \(bind: request.state.rawValue), decided_by = \(bind: principal.actorName),
                  decided_at = \(bind: now), decision_comment = \(bind: text), version = version + 1
                WHERE id = \(bind: pending.id) AND version = \(bind: pending.version)
                """)
            guard n == 1 else { throw Self.stale(m) }
            var changes: [Audit.Change] = [.init(field: "extension", before: "pending", after: request.state.rawValue)]
            if let amendment {
                try await sql.execute(
                    """
                    INSERT INTO matter_amendments (matter_id, old_deadline, new_deadline, reason, changed_by, approved_by, changed_at)
                    VALUES (\(bind: id), \(bind: amendment.oldDeadline?.iso), \(bind: amendment.newDeadline.iso), \(bind: amendment.reason),
                      \(bind: amendment.changedBy), \(bind: amendment.approvedBy), \(bind: now))
                    """)
                let warnFrom = Schedule.warnFrom(deadline: amendment.newDeadline, warnDays: Self.warnDays)
                let updated = try await sql.updateReturningCount(
                    """
                    UPDATE matters SET deadline = \(bind: amendment.newDeadline.iso), warn_from = \(bind: warnFrom.iso),
                      delay_count = delay_count + 1, version = version + 1, updated_at = \(bind: now)
                    WHERE id = \(bind: id) AND version = \(bind: m.version)
                    """)
                guard updated == 1 else { throw Self.stale(m) }
                changes.append(.init(field: "deadline", before: m.deadline, after: amendment.newDeadline.iso))
            } else {
                try await Self.bump(m, at: now, on: sql)
            }
            if !text.isEmpty { changes.append(.init(field: "decisionComment", before: nil, after: text)) }
            try await Audit.record(
                entity: "matter", id: id, action: approve ? "extension_approve" : "extension_refuse", actor: principal.actorName,
                version: m.version + 1, changes: changes, scopePath: m.jurisdictionPath, at: now, on: sql)
            return try await MatterQueries.require(id, on: sql)
        }
    }

    // MARK: Helpers

    /// How `principal` stands to `m` (`Access.matterActors`).
    static func actors(_ m: MatterRecord, _ principal: Principal, on sql: any SQLDatabase) async throws -> Set<SupervisionActor> {
        let units = try await MatterQueries.units(of: m.id, on: sql)
        return Access.matterActors(
            jurisdictionPath: m.jurisdictionPath, leadUnitId: m.leadUnitId, coUnitIds: units.filter { !$0.isLead }.map(\.unitId), principal)
    }

    /// `MatterChain.take`, its refusal as the app answers it: a step the state does not allow is a stale view (409), one
    /// not the actor's is 403, a missing reason 422 on `comment`.
    static func take(
        _ action: MatterAction, from state: MatterState?, by actor: SupervisionActor, comment: String, matterId: Int, version: Int
    ) throws -> MatterState {
        do throws(MatterChain.Refusal) {
            return try MatterChain.take(action, from: state, by: actor, comment: comment)
        } catch {
            switch error.reason {
            case .illegalTransition: throw AppError.conflict(entity: "matter", id: matterId, currentVersion: version, changes: [])
            case .notPermitted: throw AppError.forbidden(action: "matter_step")
            case .commentRequired: throw AppError.validation([ValidationIssue(field: "comment", code: .required)])
            }
        }
    }

    private static func stale(_ m: MatterRecord) -> AppError {
        AppError.conflict(entity: "matter", id: m.id, currentVersion: m.version, changes: [])
    }

    private static func bump(_ m: MatterRecord, at now: String, on sql: any SQLDatabase) async throws {
        let n = try await sql.updateReturningCount(
            "UPDATE matters SET version = version + 1, updated_at = \(bind: now) WHERE id = \(bind: m.id) AND version = \(bind: m.version)")
        guard n == 1 else { throw stale(m) }
    }

    private static func insertStep(
        matterId: Int, action: MatterAction, actor: SupervisionActor, principal: Principal, comment: String, at: String,
        on sql: any SQLDatabase
    ) async throws {
        try await sql.execute(
            """
            INSERT INTO matter_steps (matter_id, action, actor, user_id, actor_name, at, comment)
            VALUES (\(bind: matterId), \(bind: action.rawValue), \(bind: actor.rawValue), \(bind: principal.userId > 0 ? principal.userId : nil),
              \(bind: principal.actorName), \(bind: at), \(bind: comment))
            """)
    }

    /// A validated draft's values as stored.
    struct Values {
        var subject, level, source, instructionText, instructedBy, meetingReference, responsibleLeader, requiredResult: String
        var instructedOn: String?
        var findingId: Int?

        init(_ d: MatterDraft) {
            func trim(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
            subject = trim(d.subject)
            level = d.parsedLevel.rawValue
            source = d.parsedSource?.rawValue ?? trim(d.source)
            let isInstruction = d.parsedSource == .leaderInstruction
            instructionText = isInstruction ? trim(d.instructionText) : ""
            instructedBy = isInstruction ? trim(d.instructedBy) : ""
            instructedOn = isInstruction ? d.parsedInstructedOn?.iso : nil
            meetingReference = d.parsedSource == .meetingDecision ? trim(d.meetingReference) : ""
            findingId = d.parsedSource == .inspectionFinding ? d.findingId : nil
            responsibleLeader = trim(d.responsibleLeader)
            requiredResult = trim(d.requiredResult)
        }

        var searchText: String {
            TextNormalizer.normalizeForSearch([subject, requiredResult, instructionText, instructedBy, meetingReference].joined(separator: " "))
        }

        func snapshot(deadline: String, leadUnitId: Int, coUnitIds: [Int], itemIds: [Int]) -> [String: String?] {
            [
                "subject": subject, "level": level, "source": source, "instructionText": instructionText, "instructedBy": instructedBy,
                "instructedOn": instructedOn, "meetingReference": meetingReference, "findingId": findingId.map(String.init),
                "leadUnitId": String(leadUnitId), "coUnitIds": coUnitIds.map(String.init).joined(separator: ","),
                "responsibleLeader": responsibleLeader, "deadline": deadline, "requiredResult": requiredResult,
                "itemIds": itemIds.map(String.init).joined(separator: ","), "state": MatterState.registered.rawValue
            ]
        }
    }
}

extension AppServices {
    package var matters: MatterService { MatterService(database: database, clock: clock) }
}
