import ReformCore
import SQLKit

/// Reports through the guard: the one read rule (`Access.canReadReport`) on every path that shows or changes a report
/// or its evidence — the API's list and detail, the evidence list and download, the item page's section and the report
/// page. A report the user may not read is "not found" (404), as an item outside their view is. The writes check who
/// may act before the body is read, so a refused user gets 403 whatever they sent, never 400 or 422 first.
extension AccessGuard {
    /// A report the user may read, with its item (itself in view).
    func readReport(_ id: Int) async throws -> (report: ReportRecord, item: ItemRecord) {
        let report = try await ReportQueries.report(id, on: sql)
        let (item, _) = try await readItem(report.itemId)
        try Access.requireVisible(
            Access.canReadReport(unitId: report.unitId, itemPath: item.jurisdictionPath, principal), entity: "report", id: id)
        return (report, item)
    }

    /// The reports of an item in view that the user may read, newest period first.
    func readableReports(of item: ItemRecord) async throws -> [ReportRecord] {
        try await ReportQueries.reports(ofItem: item.id, on: sql).filter {
            Access.canReadReport(unitId: $0.unitId, itemPath: item.jurisdictionPath, principal)
        }
    }

    /// An evidence file whose report the user may read.
    func readEvidence(_ id: Int) async throws -> EvidenceRecord {
        let file = try await ReportQueries.evidenceFile(id, on: sql)
        do {
            _ = try await readReport(file.reportId)
        } catch AppError.notFound {
            throw AppError.notFound(entity: "evidence", id: String(id))
        }
        return file
    }

    /// A report the user may take a step on now, before the step is read: 403 when its state offers steps and none is
    /// theirs (naming the step's actor, as the service would). A report whose state offers none (accepted) goes on, so
    /// the step is refused as a transition (422).
    func reviewReport(_ id: Int) async throws -> ReportRecord {
        let (report, item) = try await readReport(id)
        let state = report.reportState
        if let first = ReportReview.actions(from: state).first,
            Access.reportActions(state: state, unitId: report.unitId, itemPath: item.jurisdictionPath, principal).isEmpty
        {
            switch first.actor(from: state) {
            case .filer: try Access.requireUnitMember(principal, unitId: report.unitId, "file_report")
            case .unitHead: try Access.requireUnitHead(principal, unitId: report.unitId)
            case .office: try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "review_report")
            }
        }
        return report
    }

    /// Filing a report needs a unit (or an admin); which unit's is checked with the body.
    func requireFiler() throws {
        try Access.require(principal.role == .admin || (principal.role.isUnitRole && principal.unitId != nil), "file_report")
    }

    /// An assignment the user's unit may sign for or name a handler on.
    func actOnAssignment(_ id: Int) async throws -> AssignmentRecord {
        let assignment = try await ReportQueries.assignment(id, on: sql)
        _ = try await readItem(assignment.itemId)
        try Access.requireUnitMember(principal, unitId: assignment.unitId, "sign")
        return assignment
    }

    /// An item whose indicators the user may add, change or delete (the office of its jurisdiction).
    func editIndicators(ofItem id: Int) async throws -> ItemRecord {
        let (item, _) = try await readItem(id)
        try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "edit_plans")
        return item
    }

    /// A plan whose reporting schedule the user may set.
    func editReportingSettings(_ planId: Int) async throws {
        let plan = try await readPlan(planId)
        try Access.requireOffice(principal, jurisdictionPath: try await path(ofJurisdiction: plan.jurisdictionId) ?? "", "reporting_settings")
    }
}
