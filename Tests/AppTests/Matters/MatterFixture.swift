import Foundation
import ReformCore

@testable import App

/// 深圳市 → 龙华区 and 广州市; in 龙华区 发改局 (lead), 司法局 (co-unit) and 住建局 (on no matter); a unit of 广州市; a plan
/// with a task of 发改局's five days late. Principals for the service, who act as the pages' users would.
struct MatterFixture {
    let services: AppServices
    let shenzhen: JurisdictionRecord, longhua: JurisdictionRecord, guangzhou: JurisdictionRecord
    let bureau: UnitRecord, justice: UnitRecord, housing: UnitRecord, gzUnit: UnitRecord
    let plan: PlanRecord
    let lateTask: ItemRecord

    static func make(_ services: AppServices) async throws -> MatterFixture {
        let f = Fixtures(services: services)
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300")
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100")
        let bureau = try await f.unit("深圳市龙华区发展和改革局", in: longhua.id, shortNames: "区发改局")
        let justice = try await f.unit("深圳市龙华区司法局", in: longhua.id, shortNames: "区司法局")
        let housing = try await f.unit("深圳市龙华区住房和建设局", in: longhua.id, shortNames: "区住建局")
        let gzUnit = try await f.unit("广州市发展和改革委员会", in: guangzhou.id)
        let plan = try await f.plan(in: longhua.id)
        let field = try await f.item("营商环境", plan: plan.id, lead: bureau.id)
        let task = try await f.item(
            "推进企业开办一网通办", plan: plan.id, parent: field.id, lead: bureau.id, participants: [justice.id],
            deadline: TestClock.today.adding(days: -5))
        return MatterFixture(
            services: services, shenzhen: shenzhen, longhua: longhua, guangzhou: guangzhou, bureau: bureau, justice: justice,
            housing: housing, gzUnit: gzUnit, plan: plan, lateTask: task)
    }

    var office: Principal {
        Principal(userId: 0, username: "office", displayName: "改革办", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
    }
    var gzOffice: Principal {
        Principal(userId: 0, username: "gz", displayName: "广州改革办", role: .office, jurisdictionId: guangzhou.id, jurisdictionPath: guangzhou.path)
    }
    func liaison(_ unit: UnitRecord, name: String = "联络员") -> Principal {
        Principal(
            userId: 0, username: "liaison\(unit.id)", displayName: name, role: .liaison, jurisdictionId: unit.jurisdictionId,
            jurisdictionPath: unit.jurisdictionId == guangzhou.id ? guangzhou.path : longhua.path, unitId: unit.id)
    }
    var lead: Principal { liaison(bureau, name: "发改联络员") }
    var co: Principal { liaison(justice, name: "司法联络员") }

    func draft(
        subject: String = "推进企业开办一网通办督办", level: MatterLevel = .key, source: MatterSourceKind = .itemLate,
        deadline: LocalDate = TestClock.today.adding(days: 30), lead: Int? = nil, co: [Int]? = nil, items: [Int]? = nil
    ) -> MatterDraft {
        MatterDraft(
            subject: subject, level: level.rawValue, source: source.rawValue,
            instructionText: source == .leaderInstruction ? "请区发改局抓紧推进" : "", instructedBy: source == .leaderInstruction ? "区长" : "",
            instructedOn: source == .leaderInstruction ? TestClock.today.adding(days: -1).iso : "",
            meetingReference: source == .meetingDecision ? "区委深改委第五次会议" : "", findingId: source == .inspectionFinding ? 7 : nil,
            leadUnitId: lead ?? bureau.id, coUnitIds: co ?? [justice.id], responsibleLeader: "王副区长", deadline: deadline.iso,
            requiredResult: "十二月底前全面上线并反馈", itemIds: items ?? (source.needsItems ? [lateTask.id] : []))
    }

    func raise(_ d: MatterDraft? = nil) async throws -> MatterRecord {
        try await services.matters.create(d ?? draft(), by: office)
    }

    /// Takes `steps` in order, each by whoever the chain gives it to here.
    @discardableResult
    func walk(_ m: MatterRecord, _ steps: [MatterAction]) async throws -> MatterRecord {
        var current = m
        for action in steps {
            let (who, comment): (Principal, String) =
                switch action {
                case .sign, .feedBack: (lead, "")
                case .handle: (co, "已完成系统对接")
                case .approve: (office, "区长审核同意")
                case .sendBack, .reopen, .cancel: (office, "成效不明显，请继续推进")
                default: (office, "")
                }
            current = try await services.matters.act(current.id, action, comment: comment, baseVersion: current.version, by: who)
        }
        return current
    }
}
