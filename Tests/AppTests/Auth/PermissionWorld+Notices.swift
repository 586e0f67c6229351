import Foundation
import ReformCore

@testable import App

/// Fresh notices for the matrix: 龙华区's numbering configured once per world, drafts and issued 催办单 on fresh matters of
/// 发改局's, addressed to 发改局 only (so 司法局's liaison, the participant, is outside them), and for 广州市's office a
/// matter of its own to draft from.
extension PermissionWorld {
    func ensureNoticeSequence() async throws {
        guard try await NoticeQueries.sequence(for: .reminder, path: longhua.path, on: sql) == nil else { return }
        _ = try await services.notices.createSequence(
            jurisdictionId: longhua.id, name: "督办文书", prefix: "龙华改办督", suffix: "number", kinds: NoticeKind.allCases.map(\.rawValue),
            by: matterOffice)
    }

    func freshNoticeDraft() async throws -> NoticeRecord {
        try await ensureNoticeSequence()
        let m = try await freshMatter()
        return try await services.notices.createDraft(
            NoticeDraft(
                kind: "reminder", source: "matter:\(m.id)", title: "催办单\(unique())", body: "请抓紧推进。", issuer: "龙华区委改革办",
                signature: "龙华区委改革办", recipientIds: [bureau.id]),
            by: matterOffice)
    }

    func freshIssuedNotice() async throws -> NoticeRecord {
        let d = try await freshNoticeDraft()
        return try await services.notices.issue(d.id, baseVersion: d.version, by: matterOffice)
    }

    /// The source and recipient a new notice names: 龙华区's for most, 广州市's own for its office.
    func noticeSource(for who: Who) async throws -> (source: String, unit: Int) {
        guard who == .otherOffice else { return ("matter:\(try await freshMatter().id)", bureau.id) }
        let gzOffice = Principal(
            userId: 0, username: "m-setup", displayName: "矩阵", role: .office, jurisdictionId: guangzhou.id, jurisdictionPath: guangzhou.path)
        let m = try await services.matters.create(
            MatterDraft(
                subject: "广州督办\(unique())", level: "general", source: "meeting_decision", instructionText: "", instructedBy: "", instructedOn: "",
                meetingReference: "市委深改委会议", findingId: nil, leadUnitId: gzBureau.id, coUnitIds: [], responsibleLeader: "",
                deadline: TestClock.today.adding(days: 30).iso, requiredResult: "按期完成", itemIds: []),
            by: gzOffice)
        return ("matter:\(m.id)", gzBureau.id)
    }

    /// A jurisdiction of its own for each new sequence, so every role's attempt configures unmapped kinds.
    func freshSequenceJurisdiction(for who: Who) async throws -> Int {
        let n = unique()
        let parent = who == .otherOffice ? guangzhou.id : longhua.id
        return try await f.jurisdiction("街道\(n)", level: .street, code: String(format: "%06d", 800_000 + n), parent: parent).id
    }

    /// A fresh street with its own 催办单 template, saved by an office that manages it (for the revert routes).
    func freshTemplateJurisdiction(for who: Who) async throws -> Int {
        let j = try await freshSequenceJurisdiction(for: who)
        let setup = Principal(userId: 0, username: "t-setup", displayName: "矩阵", role: .admin, jurisdictionId: 0, jurisdictionPath: "/")
        _ = try await services.noticeTemplates.save(
            jurisdictionId: j, kind: "reminder", title: "关于“{subject}”的催办单", body: "{units}：请抓紧办理。", baseVersion: 0, by: setup)
        return j
    }
}
