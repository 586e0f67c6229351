import Foundation
import ReformCore
import SQLKit

/// The rectification flow (`RectificationFlow`) through the database: the lead unit signs, files reports and asks for
/// closure with evidence; the team or the office closes it, returns it or reopens it. Each step is one transaction:
/// the version check (409 on a stale one), the row, the step and the audit entry.
package struct RectificationService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    var isDemo = false

    /// Writes a new rectification and its first step (下达) inside the finding's transaction.
    static func open(
        findingId: Int, inspection: InspectionRecord, _ draft: RectificationDraft, actor: SupervisionActor, by principal: Principal,
        isDemo: Bool, at now: String, on sql: any SQLDatabase
    ) async throws {
        let deadline = draft.parsedDeadline!
        let warnFrom = Schedule.warnFrom(deadline: deadline, warnDays: RectificationRecord.warnDays)
        let measures = SupervisionText.trim(draft.measures)
        let required = SupervisionText.trim(draft.evidenceRequired)
        let id = try await sql.insertReturningID(
            """
            INSERT INTO rectifications (finding_id, inspection_id, jurisdiction_path, lead_unit_id, original_deadline, deadline, warn_from,
              measures, evidence_required, state, return_count, created_by, created_at, updated_at, version, is_demo)
            VALUES (\(bind: findingId), \(bind: inspection.id), \(bind: inspection.jurisdictionPath), \(bind: draft.leadUnitId!),
              \(bind: deadline.iso), \(bind: deadline.iso), \(bind: warnFrom.iso), \(bind: measures), \(bind: required),
              \(bind: RectificationState.assigned.rawValue), 0, \(bind: principal.actorName), \(bind: now), \(bind: now), 1, \(bind: isDemo))
            """)
        try await step(id, action: "assign", actor: actor, from: nil, to: .assigned, comment: "", by: principal, at: now, on: sql)
        try await Audit.record(
            entity: "rectification", id: id, action: "create", actor: principal.actorName, version: 1,
            changes: Audit.diff(
                [:],
                [
                    "leadUnitId": String(draft.leadUnitId!), "deadline": deadline.iso, "measures": measures, "evidenceRequired": required,
                    "state": RectificationState.assigned.rawValue
                ]),
            scopePath: inspection.jurisdictionPath, at: now, on: sql)
    }

    /// A step without a report: sign (签收, optionally with the measures the unit promises), close (销号), return
    /// (退回, with a reason) or reopen (重新打开, with a reason).
    package func act(
        _ id: Int, _ action: RectificationAction, comment: String = "", measures: String? = nil, baseVersion: Int,
        by principal: Principal, at: String? = nil
    ) async throws -> RectificationRecord {
        if action.carriesReport {
            throw AppError.badRequest(parameter: "action", message: "reports are filed at /rectifications/{id}/reports")
        }
        return try await database.transaction { sql in
            let (r, actor, path) = try await Self.load(id, action: action, baseVersion: baseVersion, by: principal, on: sql)
            let text = SupervisionText.trim(comment)
            if text.unicodeScalars.count > RectificationDraft.textMaxLength {
                throw AppError.validation([ValidationIssue(field: "comment", code: .tooLong, limit: RectificationDraft.textMaxLength)])
            }
            let promised = measures.map(SupervisionText.trim) ?? ""
            if promised.unicodeScalars.count > RectificationDraft.textMaxLength {
                throw AppError.validation([ValidationIssue(field: "measures", code: .tooLong, limit: RectificationDraft.textMaxLength)])
            }
            let next = try Self.take(action, from: r.rectificationState, by: actor, comment: text)
            let now = at ?? clock.timestamp
            let today = clock.localDate(ofTimestamp: now) ?? clock.today
            var set: SQLQueryString = ""
            var changes: [Audit.Change] = [.init(field: "state", before: r.state, after: next.rawValue)]
            switch action {
            case .sign where !promised.isEmpty:
                set = ", measures = \(bind: promised)"
                changes.append(.init(field: "measures", before: r.measures, after: promised))
            case .close: set = ", closed_on = \(bind: today.iso)"
            case .reopen: set = ", closed_on = NULL"
            case .return: set = ", return_count = return_count + 1"
            default: break
            }
            if !text.isEmpty { changes.append(.init(field: "comment", before: nil, after: text)) }
            try await Self.update(r, to: next, set: set, at: now, on: sql)
            try await Self.step(
                id, action: action.rawValue, actor: actor, from: r.rectificationState, to: next, comment: text, by: principal, at: now, on: sql)
            try await Audit.record(
                entity: "rectification", id: id, action: action.rawValue, actor: principal.actorName, version: r.version + 1,
                changes: changes, scopePath: path, at: now, on: sql)
            return try await InspectionQueries.rectification(id, on: sql)
        }
    }

    /// A rectification report (整改情况报告): interim (`final` false, the rectification stays in hand) or the request for
    /// closure (申请销号), which must bring evidence. The files go into the file store in the same transaction.
    package func fileReport(
        _ id: Int, _ draft: RectificationReportDraft, final: Bool, files: [SupervisionEvidence], baseVersion: Int,
        by principal: Principal, at: String? = nil
    ) async throws -> RectificationRecord {
        let action: RectificationAction = final ? .submit : .report
        return try await database.transaction { sql in
            let (r, actor, path) = try await Self.load(id, action: action, baseVersion: baseVersion, by: principal, on: sql)
            var checked = draft
            checked.evidenceCount = files.count
            var issues = checked.validate(final: final)
            if files.count > InspectionService.maxFilesPerUpload {
                issues.append(ValidationIssue(field: "evidence", code: .outOfRange, limit: InspectionService.maxFilesPerUpload))
            }
            // A report filed where none is expected (signed first, not awaiting verification) is a transition, not a form error.
            let next = try Self.take(action, from: r.rectificationState, by: actor, comment: "")
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let narrative = SupervisionText.trim(draft.narrative)
            let percent = draft.parsedPercent(final: final)
            let reportId = try await sql.insertReturningID(
                """
                INSERT INTO rectification_reports (rectification_id, is_final, narrative, percent, filed_by, filed_at)
                VALUES (\(bind: id), \(bind: final), \(bind: narrative), \(bind: percent), \(bind: principal.actorName), \(bind: now))
                """)
            for upload in files {
                let file = upload.checked
                let key = try await EvidenceStore.store(file, at: now, on: sql)
                try await sql.execute(
                    """
                    INSERT INTO rectification_evidence (report_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at)
                    VALUES (\(bind: reportId), \(bind: file.originalName), \(bind: file.contentType), \(bind: file.data.count),
                      \(bind: file.sha256), \(bind: key), \(bind: principal.actorName), \(bind: now))
                    """)
            }
            try await Self.update(r, to: next, set: "", at: now, on: sql)
            try await Self.step(
                id, action: action.rawValue, actor: actor, from: r.rectificationState, to: next, comment: "", by: principal, at: now, on: sql)
            var changes: [Audit.Change] = [
                .init(field: "narrative", before: nil, after: narrative), .init(field: "percent", before: nil, after: L10n.percent(percent))
            ]
            if next.rawValue != r.state { changes.insert(.init(field: "state", before: r.state, after: next.rawValue), at: 0) }
            if !files.isEmpty { changes.append(.init(field: "evidence", before: nil, after: files.map(\.originalName).joined(separator: "、"))) }
            try await Audit.record(
                entity: "rectification", id: id, action: action.rawValue, actor: principal.actorName, version: r.version + 1,
                changes: changes, scopePath: path, at: now, on: sql)
            return try await InspectionQueries.rectification(id, on: sql)
        }
    }

    /// The rectification, the way the user stands to it for `action`, and its inspection's path: 403 when the user has
    /// no part in the flow, 409 when the version read is not the current one.
    private static func load(
        _ id: Int, action: RectificationAction, baseVersion: Int, by principal: Principal, on sql: any SQLDatabase
    ) async throws -> (RectificationRecord, SupervisionActor, String) {
        let r = try await InspectionQueries.rectification(id, on: sql)
        let inspection = try await InspectionQueries.inspection(r.inspectionId, on: sql)
        let member = try await InspectionQueries.isMember(r.inspectionId, userId: principal.userId, on: sql)
        let actors = Access.supervisionActors(principal, inspectionPath: inspection.jurisdictionPath, isMember: member, leadUnitId: r.leadUnitId)
        // The role that may take this step if the user has it; otherwise any of theirs, so the flow says why not.
        guard let actor = actors.first(where: { action.actors.contains($0) }) ?? actors.sorted(by: { $0.rawValue < $1.rawValue }).first else {
            throw AppError.forbidden(action: "rectify")
        }
        if baseVersion != r.version { throw AppError.conflict(entity: "rectification", id: id, currentVersion: r.version, changes: []) }
        return (r, actor, inspection.jurisdictionPath)
    }

    /// `RectificationFlow.take`, its refusals as the app's errors: a state that does not allow the step 422, a step that is
    /// not the actor's 403, a missing reason 422 on `comment`.
    static func take(_ action: RectificationAction, from state: RectificationState, by actor: SupervisionActor, comment: String) throws
        -> RectificationState
    {
        do {
            return try RectificationFlow.take(action, from: state, by: actor, comment: comment)
        } catch {
            switch error.reason {
            case .illegalTransition:
                throw AppError.unprocessable(
                    code: "rectification_transition", message: "a rectification that is \(state.rawValue) cannot take the step \(action.rawValue)")
            case .notPermitted: throw AppError.forbidden(action: "rectify_" + action.rawValue)
            case .commentRequired: throw AppError.validation([ValidationIssue(field: "comment", code: .required)])
            }
        }
    }

    private static func update(_ r: RectificationRecord, to next: RectificationState, set: SQLQueryString, at now: String, on sql: any SQLDatabase)
        async throws
    {
        let n = try await sql.updateReturningCount(
            """
            UPDATE rectifications SET state = \(bind: next.rawValue)\(set), version = version + 1, updated_at = \(bind: now)
            WHERE id = \(bind: r.id) AND version = \(bind: r.version)
            """)
        guard n == 1 else { throw AppError.conflict(entity: "rectification", id: r.id, currentVersion: r.version + 1, changes: []) }
    }

    private static func step(
        _ id: Int, action: String, actor: SupervisionActor, from: RectificationState?, to: RectificationState, comment: String,
        by principal: Principal, at now: String, on sql: any SQLDatabase
    ) async throws {
        try await sql.execute(
            """
            INSERT INTO rectification_steps (rectification_id, action, actor, from_state, to_state, user_id, actor_name, at, comment)
            VALUES (\(bind: id), \(bind: action), \(bind: actor.rawValue), \(bind: from?.rawValue), \(bind: to.rawValue),
              \(bind: principal.userId > 0 ? principal.userId : nil), \(bind: principal.actorName), \(bind: now), \(bind: comment))
            """)
    }
}

extension AppServices {
    package var inspections: InspectionService { InspectionService(database: database, clock: clock) }
    package var rectifications: RectificationService { RectificationService(database: database, clock: clock) }
}

extension AppServices {
    /// The same services writing rows marked as demo data (the demo loader's).
    package var demoInspections: InspectionService { InspectionService(database: database, clock: clock, isDemo: true) }
}

extension RectificationService {
    package func rectification(_ id: Int) async throws -> RectificationRecord {
        try await InspectionQueries.rectification(id, on: database.sql)
    }
}
