import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Seed 003: the Zhejiang commission's sixth meeting (中共浙江省委全面深化改革委员会第六次会议, 4 November 2019) with its
    /// real agenda — three reports heard, five documents reviewed and approved in principle, and the requirements the
    /// meeting stressed as its decisions. 浙江省 and a few of its departments are added for it. The first document reviewed
    /// is entered as a plan (its measures are the demo's, not the document's); one decision became an item of it and one
    /// a supervision matter, so the meeting page shows what came of them.
    func loadMeetings() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        guard let cn = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '100000'") else { return }
        let zj = try await services.jurisdictions.create(
            JurisdictionDraft(name: "浙江省", level: JurisdictionLevel.province.rawValue, divisionCode: "330000", parentID: cn), actor: Self.actor)
        var units: [String: Int] = [:]
        for (key, name, short) in [
            ("reform", "中共浙江省委全面深化改革委员会办公室", "省委改革办"), ("fgw", "浙江省发展和改革委员会", "省发展改革委、省发改委"),
            ("jxt", "浙江省经济和信息化厅", "省经信厅"), ("kjt", "浙江省科学技术厅", "省科技厅"), ("sft", "浙江省司法厅", "省司法厅"),
            ("dsj", "浙江省大数据发展管理局", "省大数据局")
        ] {
            units[key] = try await services.units.create(UnitDraft(jurisdictionID: zj.id, name: name, shortNames: short), actor: Self.actor).id
        }
        let office = Principal(
            userId: 0, username: "demo-office", displayName: "浙江省委改革办（演示）", role: .office, jurisdictionId: zj.id, jurisdictionPath: zj.path)

        let plan = try await services.plans.create(
            PlanDraft(
                title: "关于深化制造业企业资源要素优化配置改革的若干意见", issuer: "中共浙江省委全面深化改革委员会", jurisdictionID: zj.id,
                levelNames: "领域/举措", rollupRule: RollupRule.mean.rawValue, warnDays: String(Schedule.defaultWarnDays)),
            actor: Self.actor, sourceNote: "演示：种子文件003中省委深改委第六次会议审议并原则通过的文件；举措为演示数据", isDemo: true)
        let field = try await services.items.create(
            planId: plan.id, parentId: nil,
            PlanItemDraft(
                title: "深化“亩均论英雄”改革，推动资源要素向优质高效领域集中", leadUnitID: units["jxt"], participantUnitIDs: [units["fgw"]!],
                deadline: today.adding(days: 200).iso, status: LifecycleStatus.inProgress.rawValue, ownPercent: "30"),
            actor: Self.actor, isDemo: true)

        let body = try await services.meetings.createBody(
            jurisdictionId: zj.id, kind: MeetingBodyKind.commission.rawValue, name: "中共浙江省委全面深化改革委员会", by: office, isDemo: true)
        func agenda(_ kind: AgendaKind, _ title: String, outcome: ReviewOutcome? = nil, planId: Int? = nil) -> MeetingDraft.Agenda {
            .init(id: nil, kind: kind.rawValue, title: title, outcome: outcome?.rawValue ?? "", planId: planId, links: [])
        }
        let meeting = try await services.meetings.create(
            MeetingDraft(
                bodyId: body.id, ordinal: "6", heldOn: "2019-11-04",
                chair: "车俊（省委书记、省委全面深化改革委员会主任）",
                attendees: "省委全面深化改革委员会委员袁家军、郑栅洁等出席会议；有关省领导，省级有关部门和各市、县（市、区）负责同志列席会议。",
                place: "",
                summary: """
                    会议强调，要认真学习贯彻党的十九届四中全会精神，坚定不移深化“最多跑一次”改革，推动各领域各方面改革走在前列，不断把改革成果转化为制度优势、把制度优势转化为治理效能，推进省域治理现代化。
                    会议指出，要把推进制度机制创新、体制系统重塑作为改革的着力点，对照全会提出的目标任务全面梳理全省制度建设。
                    会议要求，要按照系统集成、协同高效的要求，推动各项改革相互促进、形成集成效应；各地各部门要对照全年目标任务逐项检查、加快推进，确保各项改革举措落地见效。
                    """,
                agenda: [
                    agenda(.report, "关于深化宁波“17+1”经贸合作示范区建设情况的汇报"),
                    agenda(.report, "关于省级机关公务员职业生涯全周期管理“一件事”改革情况的汇报"),
                    agenda(.report, "关于桐庐县分水镇等5个乡镇（街道）赋予行政处罚权开展综合行政执法试点情况的汇报"),
                    agenda(.review, "关于深化制造业企业资源要素优化配置改革的若干意见", outcome: .approvedInPrinciple, planId: plan.id),
                    agenda(.review, "关于弘扬科学家精神进一步加强科研诚信建设的意见", outcome: .approvedInPrinciple),
                    agenda(.review, "关于推进新时代社会救助体系建设的意见", outcome: .approvedInPrinciple),
                    agenda(.review, "G60科创走廊（浙江段）规划", outcome: .approvedInPrinciple),
                    agenda(.review, "关于加强国土空间规划体系建设并监督实施的意见", outcome: .approvedInPrinciple),
                    agenda(
                        .decision,
                        "全面梳理全省制度建设：对已有制度按照中央新要求不断完善，对正在探索的制度及时总结固化，对需要新建的制度及时出台改革方案并抓好落实。"),
                    agenda(
                        .decision,
                        "持续深化“最多跑一次”改革，以政府数字化转型为先导加快治理数字化转型，推动“最多跑一次”改革向交通场站、旅游景区、商场商圈、文化场馆、公共厕所等公共服务场所延伸。"),
                    agenda(.decision, "各地各部门年底前对照全年目标任务，逐项检查、加快推进各项改革举措落地，确保取得实效。")
                ]),
            by: office, isDemo: true)
        let decisions = try await sql.all(
            AgendaRow.self,
            "SELECT id FROM meeting_agenda_items WHERE meeting_id = \(bind: meeting.id) AND kind = 'decision' ORDER BY position")
        guard decisions.count == 3 else { return }
        _ = try await services.meetings.decisionToMatter(
            meetingId: meeting.id, agendaId: decisions[1].id,
            .init(
                subject: "推动“最多跑一次”改革向公共服务场所延伸", level: MatterLevel.key.rawValue, leadUnitId: units["dsj"],
                deadline: today.adding(days: 45).iso, requiredResult: "制定延伸方案，明确交通场站、旅游景区等场所的办事事项清单和时间表"),
            by: office, isDemo: true)
        _ = try await services.meetings.decisionToItem(
            meetingId: meeting.id, agendaId: decisions[2].id,
            .init(
                planId: plan.id, parentItemId: field.id, title: "对照年度目标逐项检查资源要素优化配置改革举措落地情况", leadUnitId: units["jxt"],
                deadline: today.adding(days: 30).iso),
            by: office)
    }

    private struct AgendaRow: Decodable { var id: Int }
}
