import Foundation
import ReformCore
import SQLKit

/// Progress reports and their review. A unit files a report per item and period; its head approves it;
/// the office accepts it, returns it with a comment or asks for evidence. Only acceptance touches the
/// item: the lead unit's report sets the item's status and own percent (through `ItemService`, so the
/// roll-up and the audit happen), and a deadline request becomes an amendment. Every step checks the
/// report's version (409 on a race) and is audited.
package struct ReportService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    let evidence: EvidenceStore

    /// Files per report form or upload.
    static let maxFilesPerUpload = 5

    /// The largest body a report form or an evidence upload may send: the files at their limit and the text fields.
    static func maxFormBytes(_ config: AppConfig) -> Int { config.maxEvidenceBytes * maxFilesPerUpload + 1024 * 1024 }

    /// Creates a draft (`reportId` nil) or edits one still with the unit.
    package func save(
        reportId: Int?, itemId: Int, unitId: Int, _ draft: ReportDraft, baseVersion: Int?, by principal: Principal,
        isDemo: Bool = false, at: String? = nil
    ) async throws -> ReportRecord {
        try await database.transaction { sql in
            try Access.requireUnitMember(principal, unitId: unitId, "file_report")
            let item = try await ItemQueries.require(itemId, on: sql)
            guard let assignment = try await ReportQueries.assignment(itemId: itemId, unitId: unitId, on: sql) else {
                throw AppError.unprocessable(code: "not_assigned", message: "this item is not assigned to this unit")
            }
            guard assignment.isSigned else { throw AppError.unprocessable(code: "not_signed", message: "sign for the task before reporting") }
            let schedule = try await Self.schedule(planId: item.planId, on: sql)
            var issues = draft.validate(periodKind: schedule.periodKind)
            let indicators = Set(try await ReportQueries.indicators(ofItem: itemId, on: sql).map(\.id))
            issues += draft.indicatorValues.keys.filter { !indicators.contains($0) }.sorted()
                .map { ValidationIssue(field: "indicator.\($0)", code: .notFound) }
            let period = draft.parsedPeriod
            if let period,
                let existing = try await sql.scalar(
                    Int.self, column: "id",
                    """
                    SELECT id FROM progress_reports WHERE item_id = \(bind: itemId) AND unit_id = \(bind: unitId) AND period = \(bind: period.key)
                    """), existing != reportId
            {
                issues.append(ValidationIssue(field: "period", code: .duplicate))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let due = schedule.dueDate(of: period!).iso
            let now = at ?? clock.timestamp
            let values = Values(draft)
            let id: Int
            if let reportId {
                let current = try await ReportQueries.report(reportId, on: sql)
                guard current.itemId == itemId, current.unitId == unitId else { throw AppError.notFound(entity: "report", id: String(reportId)) }
                try Self.checkVersion(current, baseVersion)
                guard current.reportState.isEditable else {
                    throw AppError.unprocessable(code: "not_editable", message: "a report in review or accepted cannot be edited")
                }
                let n = try await sql.updateReturningCount(
                    """
                    UPDATE progress_reports SET period = \(bind: period!.key), due_date = \(bind: due), status = \(bind: values.status),
                      percent = \(bind: values.percent), narrative = \(bind: values.narrative), problems = \(bind: values.problems),
                      next_steps = \(bind: values.nextSteps), requested_deadline = \(bind: values.requestedDeadline),
                      deadline_reason = \(bind: values.deadlineReason), version = version + 1, updated_at = \(bind: now)
                    WHERE id = \(bind: reportId) AND version = \(bind: current.version)
                    """)
                guard n == 1 else { throw AppError.conflict(entity: "report", id: reportId, currentVersion: current.version + 1, changes: []) }
                try await Audit.record(
                    entity: "report", id: reportId, action: "update", actor: principal.actorName, version: current.version + 1,
                    changes: Audit.diff(Self.snapshot(current), values.snapshot(period: period!.key)), at: now, on: sql)
                id = reportId
            } else {
                id = try await sql.insertReturningID(
                    """
                    INSERT INTO progress_reports (item_id, unit_id, period, due_date, state, status, percent, narrative, problems, next_steps,
                      requested_deadline, deadline_reason, created_by, created_at, is_demo, version, updated_at)
                    VALUES (\(bind: itemId), \(bind: unitId), \(bind: period!.key), \(bind: due), \(bind: ReportState.draft.rawValue),
                      \(bind: values.status), \(bind: values.percent), \(bind: values.narrative), \(bind: values.problems), \(bind: values.nextSteps),
                      \(bind: values.requestedDeadline), \(bind: values.deadlineReason), \(bind: principal.actorName), \(bind: now),
                      \(bind: isDemo), 1, \(bind: now))
                    """)
                try await Audit.record(
                    entity: "report", id: id, action: "create", actor: principal.actorName, version: 1,
                    changes: Audit.diff([:], values.snapshot(period: period!.key)), at: now, on: sql)
            }
            try await sql.execute("DELETE FROM report_indicator_values WHERE report_id = \(bind: id)")
            for (indicatorId, actual) in draft.indicatorValues.sorted(by: { $0.key < $1.key }) {
                let text = actual.trimmingCharacters(in: .whitespacesAndNewlines)
                if text.isEmpty { continue }
                try await sql.execute(
                    """
                    INSERT INTO report_indicator_values (report_id, indicator_id, actual) VALUES (\(bind: id), \(bind: indicatorId), \(bind: text))
                    """)
            }
            return try await ReportQueries.report(id, on: sql)
        }
    }

    /// One review step. `comment` is required to return or to ask for evidence.
    package func act(
        _ id: Int, _ action: ReportAction, comment: String = "", baseVersion: Int?, by principal: Principal,
        at: String? = nil
    ) async throws -> ReportRecord {
        try await database.transaction { sql in
            let report = try await ReportQueries.report(id, on: sql)
            let item = try await ItemQueries.require(report.itemId, on: sql)
            switch action.actor(from: report.reportState) {
            case .filer: try Access.requireUnitMember(principal, unitId: report.unitId, "file_report")
            case .unitHead: try Access.requireUnitHead(principal, unitId: report.unitId)
            case .office: try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "review_report")
            }
            try Self.checkVersion(report, baseVersion)
            let next: ReportState
            do {
                next = try ReportReview.next(report.reportState, action)
            } catch {
                throw AppError.unprocessable(
                    code: "invalid_transition", message: "a report that is \(report.state) cannot be sent to \(action.rawValue)")
            }
            let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
            if action.requiresComment, text.isEmpty { throw AppError.validation([ValidationIssue(field: "reviewComment", code: .required)]) }
            if text.unicodeScalars.count > ReportDraft.textMaxLength {
                throw AppError.validation([ValidationIssue(field: "reviewComment", code: .tooLong, limit: ReportDraft.textMaxLength)])
            }
            let now = at ?? clock.timestamp
            let actor = principal.actorName
            let set: SQLQueryString
            switch action {
            case .submit:
                set = "submitted_by = \(bind: actor), submitted_at = \(bind: now), first_submitted_at = COALESCE(first_submitted_at, \(bind: now))"
            case .approve:
                set = "approved_by = \(bind: actor), approved_at = \(bind: now)"
            case .accept, .return, .requestEvidence:
                set = "reviewed_by = \(bind: actor), reviewed_at = \(bind: now), review_comment = \(bind: text.isEmpty ? nil : text)"
            }
            let n = try await sql.updateReturningCount(
                """
                UPDATE progress_reports SET state = \(bind: next.rawValue), \(set), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: report.version)
                """)
            guard n == 1 else { throw AppError.conflict(entity: "report", id: id, currentVersion: report.version + 1, changes: []) }
            var changes: [Audit.Change] = [.init(field: "state", before: report.state, after: next.rawValue)]
            if !text.isEmpty { changes.append(.init(field: "reviewComment", before: report.reviewComment, after: text)) }
            try await Audit.record(
                entity: "report", id: id, action: action.rawValue, actor: actor, version: report.version + 1,
                changes: changes, at: now, on: sql)
            if action == .submit, report.firstSubmittedAt == nil {
                try await Self.recordFiling(report, on: sql)
            }
            if action == .accept {
                try await Self.applyAcceptance(report, item: item, approver: actor, at: now, on: sql)
            }
            return try await ReportQueries.report(id, on: sql)
        }
    }

    /// Attaches checked files to a report still with the unit: the bytes (into the file store) and the rows in one
    /// transaction, so a failure leaves neither.
    func addEvidence(reportId: Int, files: [EvidenceStore.Checked], by principal: Principal) async throws -> [EvidenceRecord] {
        let report = try await ReportQueries.report(reportId, on: database.sql)
        try Access.requireUnitMember(principal, unitId: report.unitId, "file_report")
        guard report.reportState.isEditable else {
            throw AppError.unprocessable(code: "not_editable", message: "evidence can be added only while the report is with the unit")
        }
        if files.isEmpty { throw AppError.validation([ValidationIssue(field: "evidence", code: .required)]) }
        if files.count > Self.maxFilesPerUpload {
            throw AppError.validation([ValidationIssue(field: "evidence", code: .outOfRange, limit: Self.maxFilesPerUpload)])
        }
        return try await database.transaction { sql in
            let now = clock.timestamp
            var ids: [Int] = []
            for file in files {
                let key = try await EvidenceStore.store(file, at: now, on: sql)
                ids.append(
                    try await sql.insertReturningID(
                        """
                        INSERT INTO evidence_files (report_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at)
                        VALUES (\(bind: reportId), \(bind: file.originalName), \(bind: file.contentType), \(bind: file.data.count),
                          \(bind: file.sha256), \(bind: key), \(bind: principal.actorName), \(bind: now))
                        """))
            }
            try await Audit.record(
                entity: "report", id: reportId, action: "evidence", actor: principal.actorName, version: report.version,
                changes: [.init(field: "evidence", before: nil, after: files.map(\.originalName).joined(separator: "、"))],
                at: now, on: sql)
            return try await ReportQueries.evidence(ofReport: reportId, on: sql).filter { ids.contains($0.id) }
        }
    }

    /// The plan's schedule; a plan without one takes reports by calendar month, due on the month's last day.
    static func schedule(planId: Int, on sql: any SQLDatabase) async throws -> ReportingSchedule {
        try await ReportQueries.planReporting(planId, on: sql).reportingSchedule ?? .monthly(day: 31)
    }

    /// A first submission pays the period it covers: the unit's next due date moves on, and so may the item's.
    private static func recordFiling(_ report: ReportRecord, on sql: any SQLDatabase) async throws {
        guard let a = try await ReportQueries.assignment(itemId: report.itemId, unitId: report.unitId, on: sql),
            let period = report.reportingPeriod
        else { return }
        let item = try await ItemQueries.require(report.itemId, on: sql)
        guard let schedule = try await ReportQueries.planReporting(item.planId, on: sql).reportingSchedule else { return }
        let next = ReportingDue.afterFiling(period, owed: a.nextReportDue.flatMap(LocalDate.init(iso:)), schedule: schedule)
        try await sql.execute("UPDATE assignments SET next_report_due = \(bind: next.iso) WHERE id = \(bind: a.id)")
        try await AssignmentService.refreshItemReportDue(report.itemId, on: sql)
    }

    private static func applyAcceptance(
        _ report: ReportRecord, item: ItemRecord, approver: String, at now: String,
        on sql: any SQLDatabase
    ) async throws {
        let assignment = try await ReportQueries.assignment(itemId: report.itemId, unitId: report.unitId, on: sql)
        let actor = report.submittedBy ?? report.createdBy
        var current = item
        // A participating unit's part is a record for the office; the lead unit's report speaks for the item.
        if assignment?.unitRole == "lead" || item.leadUnitId == report.unitId {
            let participants = try await ItemQueries.participants(of: [item.id], on: sql).map(\.unitId)
            var draft = PlanItemDraft(record: item, participants: participants)
            draft.status = report.status
            draft.ownPercent = ItemService.Values.format(report.percent)
            if draft.status != item.status || draft.ownPercent != ItemService.Values.format(item.ownPercent) {
                current = try await ItemService.update(
                    item.id, draft, baseVersion: item.version, amendment: .init(),
                    actor: approver, at: now, on: sql)
            }
        }
        if let requested = report.requestedDeadline, requested != current.currentDeadline {
            current = try await ItemService.amend(
                item.id, newDeadline: requested,
                input: .init(reason: report.deadlineReason, approvedBy: approver),
                baseVersion: nil, actor: actor, at: now, on: sql)
        }
        try await AssignmentService.refreshItemReportDue(item.id, on: sql)
    }

    private static func checkVersion(_ r: ReportRecord, _ baseVersion: Int?) throws {
        if let baseVersion, baseVersion != r.version {
            throw AppError.conflict(entity: "report", id: r.id, currentVersion: r.version, changes: [])
        }
    }

    static func snapshot(_ r: ReportRecord) -> [String: String?] {
        [
            "period": r.period, "status": r.status, "percent": ItemService.Values.format(r.percent), "narrative": r.narrative,
            "problems": r.problems, "nextSteps": r.nextSteps, "requestedDeadline": r.requestedDeadline, "deadlineReason": r.deadlineReason
        ]
    }

    /// A validated draft's values as stored.
    struct Values {
        var status: String
        var percent: Double
        var narrative, problems, nextSteps, deadlineReason: String
        var requestedDeadline: String?

        init(_ d: ReportDraft) {
            func trim(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
            status = d.parsedStatus.rawValue
            percent = d.parsedPercent
            narrative = trim(d.narrative)
            problems = trim(d.problems)
            nextSteps = trim(d.nextSteps)
            requestedDeadline = d.parsedRequestedDeadline?.iso
            deadlineReason = requestedDeadline == nil ? "" : trim(d.deadlineReason)
        }

        func snapshot(period: String) -> [String: String?] {
            [
                "period": period, "status": status, "percent": ItemService.Values.format(percent), "narrative": narrative,
                "problems": problems, "nextSteps": nextSteps, "requestedDeadline": requestedDeadline, "deadlineReason": deadlineReason
            ]
        }
    }
}
