import Foundation
import ReformCore

@testable import App

/// Fresh targets for the reporting loop's routes: each request gets its own assignment, report or file.
extension PermissionWorld {
    private var officePrincipal: Principal {
        Principal(userId: 0, username: "m-setup", displayName: "矩阵", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
    }

    private var bureauLiaison: Principal {
        Principal(
            userId: 0, username: "m-setup", displayName: "矩阵", role: .liaison, jurisdictionId: longhua.id, jurisdictionPath: longhua.path,
            unitId: bureau.id)
    }

    private var bureauHead: Principal {
        Principal(
            userId: 0, username: "m-setup", displayName: "矩阵", role: .unitHead, jurisdictionId: longhua.id, jurisdictionPath: longhua.path,
            unitId: bureau.id)
    }

    /// A new item of 发改局's with 司法局 taking part, assigned to 发改局, and signed for when asked.
    func freshAssignment(signed: Bool) async throws -> AssignmentRecord {
        let item = try await freshItem(participants: [justice.id])
        let a = try await services.assignments.assign(itemId: item.id, note: "", includeParticipants: false, by: officePrincipal)[0]
        return signed ? try await services.assignments.sign(a.id, baseVersion: a.version, by: bureauLiaison) : a
    }

    /// A report of 发改局's in the given state.
    func freshReport(_ state: ReportState) async throws -> ReportRecord {
        let a = try await freshAssignment(signed: true)
        var r = try await services.reports.save(
            reportId: nil, itemId: a.itemId, unitId: bureau.id,
            ReportDraft(
                period: "2026-11", status: "in_progress", percent: "50", narrative: "进展", problems: "",
                nextSteps: "", requestedDeadline: "", deadlineReason: "", indicatorValues: [:]),
            baseVersion: nil, by: bureauLiaison)
        if state == .draft { return r }
        r = try await services.reports.act(r.id, .submit, baseVersion: r.version, by: bureauLiaison)
        if state == .submitted { return r }
        return try await services.reports.act(r.id, .approve, baseVersion: r.version, by: bureauHead)
    }

    /// A new indicator on the task, with no reported value.
    func freshIndicator() async throws -> IndicatorRecord {
        try await services.indicators.add(
            itemId: task.id, name: "指标\(unique())", unitOfMeasure: "%", baseline: "1", target: "2",
            by: officePrincipal)
    }

    func freshEvidence() async throws -> EvidenceRecord {
        let r = try await freshReport(.draft)
        let file = try services.evidence.check(filename: "纪要.pdf", data: Data("%PDF-1.4 \(unique())".utf8))
        return try await services.reports.addEvidence(reportId: r.id, files: [file], by: bureauLiaison)[0]
    }
}
