import Foundation
import ReformCore
import SQLKit

/// Recording the commission's meetings: its bodies, each meeting with its agenda, and what each decision became (plan
/// items through `ItemService`, a supervision matter through `MatterService`, a cascade through `CascadeService`). Each
/// write runs in one transaction with its audit entry; an edit checks the meeting's version (409 when stale).
package struct MeetingService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let nameMaxLength = 200

    // MARK: Bodies

    /// Adds a body (the commission or a special group) to a jurisdiction the user's office edits (403 for any other, as for
    /// plans).
    package func createBody(
        jurisdictionId: Int?, kind: String, name: String, by p: Principal, isDemo: Bool = false
    ) async throws -> MeetingBodyRecord {
        try await database.transaction { sql in
            var issues: [ValidationIssue] = []
            let text = name.trimmed
            var jurisdiction: JurisdictionRecord?
            if let jurisdictionId {
                jurisdiction = try await JurisdictionQueries.find(jurisdictionId, on: sql)
                if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
            } else {
                issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
            }
            if let j = jurisdiction { try Access.require(Access.canEditMeetings(in: j.path, p), "meeting_edit") }
            if MeetingBodyKind(rawValue: kind) == nil { issues.append(ValidationIssue(field: "kind", code: .invalidChoice)) }
            if text.isEmpty {
                issues.append(ValidationIssue(field: "name", code: .required))
            } else if text.unicodeScalars.count > Self.nameMaxLength {
                issues.append(ValidationIssue(field: "name", code: .tooLong, limit: Self.nameMaxLength))
            } else if let j = jurisdiction,
                try await sql.scalar(
                    Int.self, column: "id", "SELECT id FROM meeting_bodies WHERE jurisdiction_id = \(bind: j.id) AND name = \(bind: text)") != nil
            {
                issues.append(ValidationIssue(field: "name", code: .duplicate))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let j = jurisdiction!
            let now = clock.timestamp
            let id = try await sql.insertReturningID(
                """
                INSERT INTO meeting_bodies (jurisdiction_id, jurisdiction_path, kind, name, is_demo, version, created_at, updated_at)
                VALUES (\(bind: j.id), \(bind: j.path), \(bind: kind), \(bind: text), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            try await Audit.record(
                entity: "meeting_body", id: id, action: "create", actor: p.actorName, version: 1,
                changes: Audit.diff([:], ["jurisdictionId": String(j.id), "meetingBodyKind": kind, "meetingBodyName": text]), scopePath: j.path,
                at: now,
                on: sql)
            return try await MeetingQueries.body(id, on: sql)!
        }
    }

    // MARK: Meetings

    /// Records a meeting with its agenda.
    package func create(_ draft: MeetingDraft, by p: Principal, isDemo: Bool = false) async throws -> MeetingRecord {
        try await database.transaction { sql in
            let body = try await Self.editableBody(draft.bodyId, p, on: sql)
            try await Self.check(draft, body: body, meetingId: nil, existing: [], by: p, on: sql)
            let now = clock.timestamp
            let v = Values(draft)
            let id = try await sql.insertReturningID(
                """
                INSERT INTO meetings (body_id, jurisdiction_id, jurisdiction_path, ordinal, held_on, chair, attendees, place, summary, is_demo,
                  version, created_at, updated_at)
                VALUES (\(bind: body!.id), \(bind: body!.jurisdictionId), \(bind: body!.jurisdictionPath), \(bind: v.ordinal), \(bind: v.heldOn),
                  \(bind: v.chair), \(bind: v.attendees), \(bind: v.place), \(bind: v.summary), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            try await Self.writeAgenda(draft.agenda, meetingId: id, existing: [], at: now, on: sql)
            try await Audit.record(
                entity: "meeting", id: id, action: "create", actor: p.actorName, version: 1,
                changes: Audit.diff([:], v.snapshot(bodyId: body!.id, agenda: draft.agenda)), scopePath: body!.jurisdictionPath, at: now,
                on: sql)
            return try await MeetingQueries.requireMeeting(id, on: sql)
        }
    }

    /// Edits a meeting and its agenda: lines with an id keep their agenda item (and what it links to), lines without one
    /// are added, items left out are removed — unless a decision already became something, which is refused.
    package func update(_ id: Int, _ draft: MeetingDraft, baseVersion: Int, by p: Principal) async throws -> MeetingRecord {
        try await database.transaction { sql in
            let m = try await MeetingQueries.requireMeeting(id, on: sql)
            try Access.requireVisible(Access.seesMeetings(of: m.jurisdictionPath, p), entity: "meeting", id: id)
            try Access.require(Access.canEditMeetings(in: m.jurisdictionPath, p), "meeting_edit")
            if baseVersion != m.version { throw Self.stale(m) }
            let body = try await Self.editableBody(draft.bodyId, p, on: sql)
            let existing = try await MeetingQueries.agenda(of: id, on: sql)
            try await Self.check(draft, body: body, meetingId: id, existing: existing, by: p, on: sql)
            let now = clock.timestamp
            let before = Values(
                MeetingDraft(
                    bodyId: m.bodyId, ordinal: String(m.ordinal), heldOn: m.heldOn, chair: m.chair, attendees: m.attendees, place: m.place,
                    summary: m.summary,
                    agenda: existing.map { .init(id: $0.id, kind: $0.kind, title: $0.title, outcome: $0.outcome, planId: $0.planId, links: []) }))
            let v = Values(draft)
            let n = try await sql.updateReturningCount(
                """
                UPDATE meetings SET body_id = \(bind: body!.id), jurisdiction_id = \(bind: body!.jurisdictionId),
                  jurisdiction_path = \(bind: body!.jurisdictionPath), ordinal = \(bind: v.ordinal), held_on = \(bind: v.heldOn),
                  chair = \(bind: v.chair), attendees = \(bind: v.attendees), place = \(bind: v.place), summary = \(bind: v.summary),
                  version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: m.version)
                """)
            guard n == 1 else { throw Self.stale(m) }
            try await Self.writeAgenda(draft.agenda, meetingId: id, existing: existing, at: now, on: sql)
            try await Audit.record(
                entity: "meeting", id: id, action: "update", actor: p.actorName, version: m.version + 1,
                changes: Audit.diff(before.snapshot(bodyId: m.bodyId, agenda: before.agenda), v.snapshot(bodyId: body!.id, agenda: draft.agenda)),
                scopePath: body!.jurisdictionPath, at: now, on: sql)
            return try await MeetingQueries.requireMeeting(id, on: sql)
        }
    }

    // MARK: What a decision becomes

    /// What the office fills in to turn a decision into an item.
    package struct ItemInput: Sendable {
        var planId: Int?
        var parentItemId: Int?
        /// The item's title; the decision's text (cut to the title's length) when blank.
        var title: String
        var leadUnitId: Int?
        var deadline: String

        package init(planId: Int?, parentItemId: Int?, title: String, leadUnitId: Int?, deadline: String) {
            self.planId = planId
            self.parentItemId = parentItemId
            self.title = title
            self.leadUnitId = leadUnitId
            self.deadline = deadline
        }
    }

    /// Makes an item of a decision, at the top of a plan of the meeting's jurisdiction or under one of its items, and links it.
    package func decisionToItem(
        meetingId: Int, agendaId: Int, _ input: ItemInput, by p: Principal, isDemo: Bool? = nil
    ) async throws -> ItemRecord {
        try await database.transaction { sql in
            let (m, a) = try await Self.decision(meetingId: meetingId, agendaId: agendaId, p, on: sql)
            var planId = input.planId
            var issues: [ValidationIssue] = []
            if let parentId = input.parentItemId {
                let parent = try await ItemQueries.find(parentId, on: sql)
                if let parent, parent.jurisdictionId == m.jurisdictionId, planId == nil || planId == parent.planId {
                    planId = parent.planId
                } else {
                    issues.append(ValidationIssue(field: "parentItemId", code: .notFound))
                }
            }
            if let planId, issues.isEmpty {
                if try await PlanQueries.find(planId, on: sql)?.jurisdictionId != m.jurisdictionId {
                    issues.append(ValidationIssue(field: "planId", code: .notFound))
                }
            } else if planId == nil, issues.isEmpty {
                issues.append(ValidationIssue(field: "planId", code: .required))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let title = input.title.trimmed.isEmpty ? String(a.title.trimmed.prefix(PlanItemDraft.titleMaxLength)) : input.title
            let draft = PlanItemDraft(
                title: title, content: a.title, leadUnitID: input.leadUnitId, participantUnitIDs: [], responsibleLeader: "", responsiblePerson: "",
                handler: "", startDate: "", deadline: input.deadline, weight: "", status: LifecycleStatus.notStarted.rawValue, ownPercent: "")
            let now = clock.timestamp
            let item: ItemRecord
            do {
                item = try await ItemService.insert(
                    planId: planId!, parentId: input.parentItemId, draft, actor: p.actorName, isDemo: isDemo, at: now, on: sql)
            } catch AppError.validation(let found) {
                // ItemService names its fields as the item form does; here they are this request's.
                throw AppError.validation(
                    found.map { ValidationIssue(field: Self.itemFieldNames[$0.field] ?? $0.field, code: $0.code, limit: $0.limit, value: $0.value) })
            }
            try await Self.link(a, m, kind: "item", id: item.id, by: p, at: now, on: sql)
            return item
        }
    }

    /// ItemService's field names → this request's.
    static let itemFieldNames = ["parentId": "parentItemId"]

    /// What the office fills in to turn a decision into a supervision matter (督办事项, source: a meeting's decision).
    package struct MatterInput: Sendable {
        /// The subject; the decision's text (cut to the subject's length) when blank.
        var subject: String
        var level: String
        var leadUnitId: Int?
        var deadline: String
        var requiredResult: String

        package init(subject: String, level: String, leadUnitId: Int?, deadline: String, requiredResult: String) {
            self.subject = subject
            self.level = level
            self.leadUnitId = leadUnitId
            self.deadline = deadline
            self.requiredResult = requiredResult
        }
    }

    /// Raises a supervision matter from a decision (source `meeting_decision`, the meeting named in its reference) and links it.
    package func decisionToMatter(
        meetingId: Int, agendaId: Int, _ input: MatterInput, by p: Principal, isDemo: Bool = false
    ) async throws -> MatterRecord {
        try await database.transaction { sql in
            let (m, a) = try await Self.decision(meetingId: meetingId, agendaId: agendaId, p, on: sql)
            let subject = input.subject.trimmed.isEmpty ? String(a.title.trimmed.prefix(MatterDraft.subjectMaxLength)) : input.subject
            let reference = String((m.bodyName + MeetingNumber.chinese(m.ordinal) + "：" + a.title.trimmed).prefix(MatterDraft.textMaxLength))
            let draft = MatterDraft(
                subject: subject, level: input.level.trimmed.isEmpty ? MatterLevel.key.rawValue : input.level,
                source: MatterSourceKind.meetingDecision.rawValue, instructionText: "", instructedBy: "", instructedOn: "",
                meetingReference: reference, findingId: nil, leadUnitId: input.leadUnitId, coUnitIds: [], responsibleLeader: "",
                deadline: input.deadline,
                // The decision says what is required when the form leaves it blank.
                requiredResult: input.requiredResult.trimmed.isEmpty
                    ? String(a.title.trimmed.prefix(MatterDraft.textMaxLength)) : input.requiredResult,
                itemIds: [])
            let now = clock.timestamp
            let matter = try await MatterService(database: database, clock: clock).insert(
                draft, by: p, isDemo: isDemo, today: clock.today, at: now, on: sql)
            try await Self.link(a, m, kind: "matter", id: matter.id, by: p, at: now, on: sql)
            return matter
        }
    }

    /// Sends an item a decision became down to child jurisdictions (分解下达) through the cascade; the meeting page finds the
    /// send through the item, so nothing more is stored here.
    package func decisionToCascade(
        meetingId: Int, agendaId: Int, itemId: Int?, _ input: CascadeService.SendInput, by p: Principal, isDemo: Bool = false
    ) async throws -> [CascadeReceiptRecord] {
        let sql = database.sql
        let (_, a) = try await Self.decision(meetingId: meetingId, agendaId: agendaId, p, on: sql)
        let results = try await sql.all(
            LinkTarget.self,
            "SELECT target_id FROM meeting_links WHERE agenda_item_id = \(bind: a.id) AND role = 'result' AND target_kind = 'item'")
        guard let itemId else { throw AppError.validation([ValidationIssue(field: "itemId", code: .required)]) }
        guard results.contains(where: { $0.targetId == itemId }), let item = try await ItemQueries.find(itemId, on: sql) else {
            throw AppError.validation([ValidationIssue(field: "itemId", code: .notFound)])
        }
        return try await CascadeService(database: database, clock: clock).send(planId: item.planId, itemId: itemId, input, by: p, isDemo: isDemo)
    }

    private struct LinkTarget: Decodable { var targetId: Int }

    // MARK: Helpers

    /// The meeting and its decision `agendaId`, once the user may act on it: 404 outside the view or for an agenda item of
    /// another meeting, 403 for a reader, 422 for an agenda item that is not a decision.
    static func decision(
        meetingId: Int, agendaId: Int, _ p: Principal, on sql: any SQLDatabase
    ) async throws -> (MeetingRecord, AgendaItemRecord) {
        let m = try await MeetingQueries.requireMeeting(meetingId, on: sql)
        try Access.requireVisible(Access.seesMeetings(of: m.jurisdictionPath, p), entity: "meeting", id: meetingId)
        guard let a = try await MeetingQueries.agendaItem(agendaId, on: sql), a.meetingId == meetingId else {
            throw AppError.notFound(entity: "meeting_agenda_item", id: String(agendaId))
        }
        try Access.require(Access.canEditMeetings(in: m.jurisdictionPath, p), "meeting_edit")
        guard a.agendaKind == .decision else {
            throw AppError.unprocessable(code: "meeting_not_a_decision", message: "only a decision can become items, a matter or a cascade")
        }
        return (m, a)
    }

    private static func link(
        _ a: AgendaItemRecord, _ m: MeetingRecord, kind: String, id: Int, by p: Principal, at now: String, on sql: any SQLDatabase
    ) async throws {
        try await sql.execute(
            """
            INSERT INTO meeting_links (agenda_item_id, role, target_kind, target_id, created_at)
            VALUES (\(bind: a.id), 'result', \(bind: kind), \(bind: id), \(bind: now))
            """)
        try await Audit.record(
            entity: "meeting", id: m.id, action: "decision_result", actor: p.actorName, version: m.version,
            changes: [.init(field: kind == "item" ? "meetingResultItemId" : "meetingResultMatterId", before: nil, after: String(id))],
            scopePath: m.jurisdictionPath, at: now, on: sql)
    }

    /// The body a meeting is recorded for: 422 when it is not there, 403 when the user cannot edit its jurisdiction's
    /// meetings (as for a plan of another jurisdiction); nil (with the issue left to `check`) when none was chosen.
    private static func editableBody(_ id: Int?, _ p: Principal, on sql: any SQLDatabase) async throws -> MeetingBodyRecord? {
        guard let id else { return nil }
        guard let body = try await MeetingQueries.body(id, on: sql) else {
            throw AppError.validation([ValidationIssue(field: "bodyId", code: .notFound)])
        }
        try Access.require(Access.canEditMeetings(in: body.jurisdictionPath, p), "meeting_edit")
        return body
    }

    /// Everything `MeetingDraft.validate` cannot know: the number is free in its body, kept agenda ids are this meeting's,
    /// linked records exist and are in the user's view, a decision that became something is kept as a decision.
    private static func check(
        _ draft: MeetingDraft, body: MeetingBodyRecord?, meetingId: Int?, existing: [AgendaItemRecord], by p: Principal,
        on sql: any SQLDatabase
    ) async throws {
        var issues = draft.validate()
        if let body, let ordinal = draft.parsedOrdinal, !issues.contains(where: { $0.field == "ordinal" }),
            let other = try await sql.scalar(
                Int.self, column: "id", "SELECT id FROM meetings WHERE body_id = \(bind: body.id) AND ordinal = \(bind: ordinal)"),
            other != meetingId
        {
            issues.append(ValidationIssue(field: "ordinal", code: .duplicate))
        }
        let known = Set(existing.map(\.id))
        for (i, a) in draft.agenda.enumerated() {
            let at = "agenda[\(i)]."
            if let id = a.id, !known.contains(id) { issues.append(ValidationIssue(field: at + "id", code: .notFound)) }
            if let planId = a.planId, !(try await visible("plan", planId, p, on: sql)) {
                issues.append(ValidationIssue(field: at + "planId", code: .notFound))
            }
            for link in a.links where MeetingDraft.Link.kinds.contains(link.kind) {
                if !(try await visible(link.kind, link.id, p, on: sql)) {
                    issues.append(ValidationIssue(field: at + "links", code: .notFound))
                    break
                }
            }
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
        // A decision that already became items or a matter keeps its record: it may be reworded, not removed or turned into
        // another kind.
        let withResults = Set(
            try await sql.all(
                LinkOwner.self,
                """
                SELECT DISTINCT l.agenda_item_id FROM meeting_links l JOIN meeting_agenda_items a ON a.id = l.agenda_item_id
                WHERE a.meeting_id = \(bind: meetingId ?? 0) AND l.role = 'result'
                """
            ).map(\.agendaItemId))
        for id in withResults {
            let kept = draft.agenda.first { $0.id == id }
            if kept == nil || kept?.kind != AgendaKind.decision.rawValue {
                throw AppError.unprocessable(
                    code: "meeting_decision_has_results",
                    message: "a decision that became items or a matter cannot be removed or changed to another kind")
            }
        }
    }

    private struct LinkOwner: Decodable { var agendaItemId: Int }

    /// Whether a plan, item or matter exists and is in the user's view.
    private static func visible(_ kind: String, _ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> Bool {
        let path: String?
        switch kind {
        case "plan":
            path = try await sql.scalar(
                String.self, column: "path", "SELECT j.path FROM plans p JOIN jurisdictions j ON j.id = p.jurisdiction_id WHERE p.id = \(bind: id)")
        case "item":
            path = try await sql.scalar(String.self, column: "jurisdiction_path", "SELECT jurisdiction_path FROM plan_items WHERE id = \(bind: id)")
        default:
            path = try await sql.scalar(String.self, column: "jurisdiction_path", "SELECT jurisdiction_path FROM matters WHERE id = \(bind: id)")
        }
        return path.map { p.sees(jurisdictionPath: $0) } ?? false
    }

    private static func writeAgenda(
        _ agenda: [MeetingDraft.Agenda], meetingId: Int, existing: [AgendaItemRecord], at now: String, on sql: any SQLDatabase
    ) async throws {
        let kept = Set(agenda.compactMap(\.id))
        for old in existing where !kept.contains(old.id) {
            try await sql.execute("DELETE FROM meeting_links WHERE agenda_item_id = \(bind: old.id)")
            try await sql.execute("DELETE FROM meeting_agenda_items WHERE id = \(bind: old.id)")
        }
        for (position, a) in agenda.enumerated() {
            let title = a.title.trimmed
            let outcome = a.kind == AgendaKind.review.rawValue ? a.outcome : ""
            let agendaId: Int
            if let id = a.id {
                try await sql.execute(
                    """
                    UPDATE meeting_agenda_items SET position = \(bind: position + 1), kind = \(bind: a.kind), title = \(bind: title),
                      outcome = \(bind: outcome), plan_id = \(bind: a.planId)
                    WHERE id = \(bind: id)
                    """)
                try await sql.execute("DELETE FROM meeting_links WHERE agenda_item_id = \(bind: id) AND role = 'subject'")
                agendaId = id
            } else {
                agendaId = try await sql.insertReturningID(
                    """
                    INSERT INTO meeting_agenda_items (meeting_id, position, kind, title, outcome, plan_id)
                    VALUES (\(bind: meetingId), \(bind: position + 1), \(bind: a.kind), \(bind: title), \(bind: outcome), \(bind: a.planId))
                    """)
            }
            for link in a.links {
                try await sql.execute(
                    """
                    INSERT INTO meeting_links (agenda_item_id, role, target_kind, target_id, created_at)
                    VALUES (\(bind: agendaId), 'subject', \(bind: link.kind), \(bind: link.id), \(bind: now))
                    """)
            }
        }
    }

    static func stale(_ m: MeetingRecord) -> AppError {
        AppError.conflict(entity: "meeting", id: m.id, currentVersion: m.version, changes: [])
    }

    /// A validated draft's values as stored.
    struct Values {
        var ordinal: Int
        var heldOn, chair, attendees, place, summary: String
        var agenda: [MeetingDraft.Agenda]

        init(_ d: MeetingDraft) {
            ordinal = d.parsedOrdinal ?? 0
            heldOn = d.parsedHeldOn?.iso ?? d.heldOn.trimmed
            chair = d.chair.trimmed
            attendees = d.attendees.trimmed
            place = d.place.trimmed
            summary = d.summary.trimmed
            agenda = d.agenda
        }

        /// The agenda as one line per item in the history: 审议 · title · outcome.
        func snapshot(bodyId: Int, agenda: [MeetingDraft.Agenda]) -> [String: String?] {
            let lines = agenda.map { a in
                [a.kind, a.title.trimmed, a.outcome, a.planId.map { "plan:\($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
            }
            return [
                "meetingBodyId": String(bodyId), "meetingOrdinal": String(ordinal), "meetingHeldOn": heldOn, "meetingChair": chair,
                "meetingAttendees": attendees, "meetingPlace": place, "meetingSummary": summary, "meetingAgenda": lines.joined(separator: "\n")
            ]
        }
    }
}

extension AppServices {
    package var meetings: MeetingService { MeetingService(database: database, clock: clock) }
}
