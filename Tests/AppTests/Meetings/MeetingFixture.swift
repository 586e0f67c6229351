import Foundation
import ReformCore

@testable import App

/// 浙江省 with 杭州市 below it and 广东省 beside it; two departments of the province, its work points (a field and a measure
/// due in 100 days), a matter on the measure, the commission, and the province's office as the acting principal.
struct MeetingFixture {
    let services: AppServices
    let zhejiang: JurisdictionRecord, hangzhou: JurisdictionRecord, guangdong: JurisdictionRecord
    let jxt: UnitRecord, dsj: UnitRecord, gdUnit: UnitRecord
    let plan: PlanRecord
    let field: ItemRecord, measure: ItemRecord
    let commission: MeetingBodyRecord

    var f: Fixtures { Fixtures(services: services) }
    var office: Principal {
        Principal(
            userId: 0, username: "zj-office", displayName: "浙江省委改革办", role: .office, jurisdictionId: zhejiang.id, jurisdictionPath: zhejiang.path)
    }

    static func make(_ services: AppServices) async throws -> MeetingFixture {
        let f = Fixtures(services: services)
        let zhejiang = try await f.jurisdiction("浙江省", level: .province, code: "330000")
        let hangzhou = try await f.jurisdiction("杭州市", level: .city, code: "330100", parent: zhejiang.id)
        let guangdong = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let jxt = try await f.unit("浙江省经济和信息化厅", in: zhejiang.id, shortNames: "省经信厅")
        let dsj = try await f.unit("浙江省大数据发展管理局", in: zhejiang.id, shortNames: "省大数据局")
        let gdUnit = try await f.unit("广东省发展和改革委员会", in: guangdong.id)
        let plan = try await f.plan("浙江省2019年全面深化改革工作要点", in: zhejiang.id)
        let field = try await f.item("制造业改革", plan: plan.id, lead: jxt.id)
        let measure = try await f.item("深化亩均论英雄改革", plan: plan.id, parent: field.id, lead: jxt.id, deadline: TestClock.today.adding(days: 100))
        let office = Principal(
            userId: 0, username: "zj-office", displayName: "浙江省委改革办", role: .office, jurisdictionId: zhejiang.id, jurisdictionPath: zhejiang.path)
        let commission = try await services.meetings.createBody(
            jurisdictionId: zhejiang.id, kind: "commission", name: "中共浙江省委全面深化改革委员会", by: office)
        return MeetingFixture(
            services: services, zhejiang: zhejiang, hangzhou: hangzhou, guangdong: guangdong, jxt: jxt, dsj: dsj, gdUnit: gdUnit, plan: plan,
            field: field, measure: measure, commission: commission)
    }

    /// The sixth meeting: a report heard about the measure, the work points reviewed and approved in principle, two decisions.
    func sixthMeeting() async throws -> MeetingRecord {
        try await services.meetings.create(
            MeetingDraft(
                bodyId: commission.id, ordinal: "第六次", heldOn: "2019-11-04", chair: "车俊", attendees: "袁家军、郑栅洁等委员", place: "",
                summary: "会议强调，要坚定不移深化“最多跑一次”改革。\n会议要求，年底前逐项检查。",
                agenda: [
                    .init(
                        id: nil, kind: "report", title: "关于宁波“17+1”经贸合作示范区建设情况的汇报", outcome: "", planId: nil,
                        links: [.init(kind: "item", id: measure.id)]),
                    .init(id: nil, kind: "review", title: "浙江省2019年全面深化改革工作要点", outcome: "approved_in_principle", planId: plan.id, links: []),
                    .init(id: nil, kind: "decision", title: "推动“最多跑一次”改革向公共服务场所延伸", outcome: "", planId: nil, links: []),
                    .init(id: nil, kind: "decision", title: "年底前对照全年目标任务逐项检查", outcome: "", planId: nil, links: [])
                ]),
            by: office)
    }

    func decisions(of m: MeetingRecord) async throws -> [AgendaItemRecord] {
        try await MeetingQueries.agenda(of: m.id, on: services.database.sql).filter { $0.kind == "decision" }
    }
}
