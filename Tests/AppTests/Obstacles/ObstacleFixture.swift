import Foundation
import ReformCore

@testable import App

/// 广东省 → 深圳市 → 龙华区, with 广州市 beside 深圳市; in 龙华区 发改局 (lead of the task), 司法局 (participant) and 住建局
/// (not on it); 深圳市's 政数局. Principals act as the pages' users would: the offices of each level, the units' liaisons.
struct ObstacleFixture {
    let services: AppServices
    let province: JurisdictionRecord, shenzhen: JurisdictionRecord, longhua: JurisdictionRecord, guangzhou: JurisdictionRecord
    let bureau: UnitRecord, justice: UnitRecord, housing: UnitRecord, szData: UnitRecord
    let task: ItemRecord

    static func make(_ services: AppServices) async throws -> ObstacleFixture {
        let f = Fixtures(services: services)
        let province = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: province.id)
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: province.id)
        let bureau = try await f.unit("深圳市龙华区发展和改革局", in: longhua.id, shortNames: "区发改局")
        let justice = try await f.unit("深圳市龙华区司法局", in: longhua.id, shortNames: "区司法局")
        let housing = try await f.unit("深圳市龙华区住房和建设局", in: longhua.id, shortNames: "区住建局")
        let szData = try await f.unit("深圳市政务服务数据管理局", in: shenzhen.id, shortNames: "市政数局")
        let plan = try await f.plan(in: longhua.id)
        let field = try await f.item("营商环境", plan: plan.id, lead: bureau.id)
        let task = try await f.item(
            "推进企业开办一网通办", plan: plan.id, parent: field.id, lead: bureau.id, participants: [justice.id],
            deadline: TestClock.today.adding(days: 60))
        return ObstacleFixture(
            services: services, province: province, shenzhen: shenzhen, longhua: longhua, guangzhou: guangzhou, bureau: bureau,
            justice: justice, housing: housing, szData: szData, task: task)
    }

    func office(_ j: JurisdictionRecord) -> Principal {
        Principal(userId: 0, username: "office\(j.id)", displayName: j.name + "改革办", role: .office, jurisdictionId: j.id, jurisdictionPath: j.path)
    }
    var longhuaOffice: Principal { office(longhua) }
    var shenzhenOffice: Principal { office(shenzhen) }
    var provinceOffice: Principal { office(province) }
    var guangzhouOffice: Principal { office(guangzhou) }

    func liaison(_ unit: UnitRecord) -> Principal {
        let j = unit.jurisdictionId == shenzhen.id ? shenzhen : longhua
        return Principal(
            userId: 0, username: "liaison\(unit.id)", displayName: unit.shortNames + "联络员", role: .liaison, jurisdictionId: j.id,
            jurisdictionPath: j.path, unitId: unit.id)
    }
    var lead: Principal { liaison(bureau) }

    func raise(_ kind: ObstacleKind = .blockage, by who: Principal? = nil) async throws -> ObstacleRecord {
        try await services.obstacles.raise(
            itemId: task.id,
            .init(kind: kind.rawValue, whatBlocks: "市级系统未开放数据接口", whatIsAsked: "请协调开放社保登记接口", askedOf: "市政数局"),
            by: who ?? lead)
    }

    /// Raised by the lead unit and escalated by 龙华区's office to 深圳市.
    func escalatedToShenzhen() async throws -> ObstacleRecord {
        let o = try await raise()
        return try await services.obstacles.escalate(o.id, request: "区级无法协调市级系统", baseVersion: o.version, by: longhuaOffice)
    }
}
