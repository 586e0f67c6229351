import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Supervision matters on 龙华区's tasks, raised by 深圳市's office over the last two months and taken along the chain
    /// to different states: one waiting for the leader's review, one whose notice is unsigned and now overdue, one in hand
    /// with an approved extension, one reported back and one closed. The lead unit is the demo liaison's where it leads.
    func loadMatters() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        guard let office = try await UserQueries.byUsername("office", on: sql)?.principal else { return }
        let liaisonAccount = try await UserQueries.byUsername("liaison", on: sql)?.principal
        let tasks = try await sql.all(
            ItemRecord.self,
            """
            SELECT \(ItemQueries.columns) FROM plan_items WHERE jurisdiction_id IN (SELECT id FROM jurisdictions WHERE name = '龙华区')
              AND depth = 1 AND lead_unit_id IS NOT NULL AND is_demo = \(bind: true)
            ORDER BY CASE WHEN lead_unit_id = \(bind: liaisonAccount?.unitId ?? 0) THEN 0 ELSE 1 END, sort_key LIMIT 5
            """)
        struct Plan {
            var level: MatterLevel
            var source: MatterSourceKind
            var raisedDaysAgo: Int
            var deadlineInDays: Int
            var steps: [MatterAction]
            var extended: Bool
        }
        let plans: [Plan] = [
            Plan(
                level: .key, source: .itemLate, raisedDaysAgo: 40, deadlineInDays: 6, steps: [.approve, .issueNotice, .sign, .handle], extended: true),
            Plan(level: .special, source: .leaderInstruction, raisedDaysAgo: 2, deadlineInDays: 28, steps: [], extended: false),
            Plan(level: .general, source: .meetingDecision, raisedDaysAgo: 50, deadlineInDays: -10, steps: [.approve, .issueNotice], extended: false),
            Plan(
                level: .key, source: .itemStuck, raisedDaysAgo: 60, deadlineInDays: 2, steps: [.approve, .issueNotice, .sign, .handle, .feedBack],
                extended: false),
            Plan(
                level: .general, source: .itemLate, raisedDaysAgo: 90, deadlineInDays: -20,
                steps: [.approve, .issueNotice, .sign, .handle, .feedBack, .verify, .close], extended: false)
        ]
        for (task, plan) in zip(tasks, plans) {
            guard let leadUnitId = task.leadUnitId else { continue }
            let raised = today.adding(days: -plan.raisedDaysAgo)
            let participants = try await ItemQueries.participants(of: [task.id], on: sql).map(\.unitId).filter { $0 != leadUnitId }
            let unit = try await UnitQueries.require(leadUnitId, on: sql)
            let unitJurisdiction = try await JurisdictionQueries.require(unit.jurisdictionId, on: sql)
            let lead =
                liaisonAccount.flatMap { $0.unitId == leadUnitId ? $0 : nil }
                ?? Principal(
                    userId: 0, username: "demo", displayName: "联络员（演示）", role: .liaison, jurisdictionId: unitJurisdiction.id,
                    jurisdictionPath: unitJurisdiction.path, unitId: leadUnitId)
            let draft = MatterDraft(
                subject: "督促推进：" + task.title, level: plan.level.rawValue, source: plan.source.rawValue,
                instructionText: plan.source == .leaderInstruction ? "此项改革事关营商环境全局，请区发改局牵头，会同相关单位限期办结并报结果。" : "",
                instructedBy: plan.source == .leaderInstruction ? "区委主要负责同志" : "",
                instructedOn: plan.source == .leaderInstruction ? raised.adding(days: -1).iso : "",
                meetingReference: plan.source == .meetingDecision ? "区委全面深化改革委员会第五次会议议定事项" : "", findingId: nil,
                leadUnitId: leadUnitId, coUnitIds: Array(participants.prefix(2)), responsibleLeader: task.responsibleLeader,
                deadline: today.adding(days: plan.deadlineInDays).iso,
                requiredResult: "对照任务要求明确完成时限和责任人，按期报送办理结果及佐证材料。",
                itemIds: plan.source.needsItems ? [task.id] : [])
            var matter = try await services.matters.create(
                draft, by: office, isDemo: true, today: raised, at: Self.matterTimestamp(raised))
            for (n, action) in plan.steps.enumerated() {
                let by = action == .sign || action == .handle || action == .feedBack ? lead : office
                let comment: String =
                    switch action {
                    case .approve: "分管区领导审核同意（呈批件）"
                    case .handle: "已召开专题推进会，明确分工和时间表"
                    case .feedBack: "已按要求完成，报送办理结果"
                    case .verify: "经复核，办理结果属实"
                    default: ""
                    }
                matter = try await services.matters.act(
                    matter.id, action, comment: comment, baseVersion: matter.version, by: by,
                    at: Self.matterTimestamp(raised.adding(days: min(plan.raisedDaysAgo - 1, (n + 1) * 3))))
            }
            if plan.extended {
                let asked = raised.adding(days: 20)
                _ = try await services.matters.requestExtension(
                    matter.id, requestedDeadline: today.adding(days: 6 + 30).iso, reason: "涉及市级系统对接，需等待市政务数据局排期",
                    baseVersion: matter.version, by: lead, at: Self.matterTimestamp(asked))
                _ = try await services.matters.decideExtension(
                    matter.id, approve: true, comment: "同意延期一个月", baseVersion: matter.version + 1, by: office,
                    at: Self.matterTimestamp(asked.adding(days: 1)))
            }
        }
    }

    /// 10:00 China time on a day.
    private static func matterTimestamp(_ day: LocalDate) -> String { day.iso + "T02:00:00.000Z" }
}
