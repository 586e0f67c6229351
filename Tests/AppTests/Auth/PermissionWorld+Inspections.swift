import Foundation
import ReformCore

@testable import App

/// Fresh targets for the inspection routes: 深圳市's office sets up an inspection of 龙华区 with the world's inspector on
/// its team, and records a problem of 发改局's with its rectification.
extension PermissionWorld {
    private var inspectionOffice: Principal {
        Principal(userId: 0, username: "m-setup", displayName: "矩阵", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
    }

    private var bureauUnit: Principal {
        Principal(
            userId: 0, username: "m-setup", displayName: "矩阵", role: .liaison, jurisdictionId: longhua.id, jurisdictionPath: longhua.path,
            unitId: bureau.id)
    }

    func freshInspection() async throws -> InspectionRecord {
        try await services.inspections.create(
            InspectionDraft(
                kind: "comprehensive", title: "全面督查\(unique())", jurisdictionId: longhua.id, scopeKind: "subtree", scopeRef: nil, unitIds: [],
                memberIds: [users[.inspector]!.id], startsOn: "2026-11-01", endsOn: "2026-11-30"),
            by: inspectionOffice)
    }

    /// The form of a problem finding of 发改局's with its rectification.
    func findingForm() -> [(String, String)] {
        [
            ("nature", "problem"), ("unitId", String(bureau.id)), ("category", "progress_lag"), ("severity", "minor"),
            ("description", "进度滞后\(unique())"), ("deadline", "2026-12-31"), ("evidenceRequired", "整改报告")
        ]
    }

    func freshFinding(evidence: Bool = false) async throws -> FindingRecord {
        let i = try await freshInspection()
        return try await services.inspections.addFinding(
            inspectionId: i.id,
            FindingDraft(nature: "problem", unitId: bureau.id, itemIds: [task.id], category: "progress_lag", severity: "minor", description: "进度滞后"),
            rectification: RectificationDraft(leadUnitId: bureau.id, deadline: "2026-12-31", measures: "", evidenceRequired: "整改报告"),
            files: evidence ? [try services.supervisionEvidence(filename: "照片.pdf", data: Data("%PDF-1.4 \(unique())".utf8))] : [],
            by: inspectionOffice)
    }

    /// A rectification of 发改局's, signed for when asked.
    func freshRectification(signed: Bool) async throws -> RectificationRecord {
        let f = try await freshFinding()
        let r = try await InspectionQueries.rectification(f.rectificationId!, on: sql)
        return signed ? try await services.rectifications.act(r.id, .sign, baseVersion: r.version, by: bureauUnit) : r
    }

    /// An evidence file of an interim report on a rectification.
    func freshRectificationEvidence() async throws -> Int {
        let r = try await freshRectification(signed: true)
        _ = try await services.rectifications.fileReport(
            r.id, RectificationReportDraft(narrative: "进展", percent: "50", evidenceCount: 0), final: false,
            files: [try services.supervisionEvidence(filename: "进展.pdf", data: Data("%PDF-1.4 \(unique())".utf8))], baseVersion: r.version,
            by: bureauUnit)
        return try await InspectionQueries.reportEvidence(ofRectification: r.id, on: sql)[0].id
    }
}
