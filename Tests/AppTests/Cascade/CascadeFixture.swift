import Foundation
import ReformCore

@testable import App

/// 广东省 → 深圳市 (→ 龙华区, 南山区) and 广州市; a 发改 unit in each; the province's plan with a field and a measure due in
/// 100 days. Principals act as each level's office.
struct CascadeFixture {
    let services: AppServices
    let province: JurisdictionRecord, shenzhen: JurisdictionRecord, guangzhou: JurisdictionRecord
    let longhua: JurisdictionRecord, nanshan: JurisdictionRecord
    let gdUnit: UnitRecord, szUnit: UnitRecord, gzUnit: UnitRecord, lhUnit: UnitRecord, nsUnit: UnitRecord
    let plan: PlanRecord
    let field: ItemRecord, measure: ItemRecord

    var f: Fixtures { Fixtures(services: services) }
    var cascades: CascadeService { services.cascades }

    static func make(_ services: AppServices) async throws -> CascadeFixture {
        let f = Fixtures(services: services)
        let province = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: province.id)
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: province.id)
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let nanshan = try await f.jurisdiction("南山区", level: .district, code: "440305", parent: shenzhen.id)
        let gdUnit = try await f.unit("广东省发展和改革委员会", in: province.id, shortNames: "省发改委")
        let szUnit = try await f.unit("深圳市发展和改革委员会", in: shenzhen.id, shortNames: "市发改委")
        let gzUnit = try await f.unit("广州市发展和改革委员会", in: guangzhou.id, shortNames: "市发改委")
        let lhUnit = try await f.unit("深圳市龙华区发展和改革局", in: longhua.id, shortNames: "区发改局")
        let nsUnit = try await f.unit("深圳市南山区发展和改革局", in: nanshan.id, shortNames: "区发改局")
        let plan = try await f.plan("广东省2026年全面深化改革工作要点", in: province.id)
        let field = try await f.item("营商环境", plan: plan.id, lead: gdUnit.id)
        let measure = try await f.item(
            "推进企业开办全程网办", plan: plan.id, parent: field.id, lead: gdUnit.id, deadline: TestClock.today.adding(days: 100))
        return CascadeFixture(
            services: services, province: province, shenzhen: shenzhen, guangzhou: guangzhou, longhua: longhua, nanshan: nanshan,
            gdUnit: gdUnit, szUnit: szUnit, gzUnit: gzUnit, lhUnit: lhUnit, nsUnit: nsUnit, plan: plan, field: field,
            measure: try await f.reload(measure.id))
    }

    func office(_ j: JurisdictionRecord) -> Principal {
        Principal(userId: 0, username: "office\(j.id)", displayName: j.name + "改革办", role: .office, jurisdictionId: j.id, jurisdictionPath: j.path)
    }

    func send(_ item: ItemRecord, to targets: [JurisdictionRecord], days: Int, by j: JurisdictionRecord) async throws -> [CascadeReceiptRecord] {
        try await cascades.send(
            planId: item.planId, itemId: item.id,
            .init(targetJurisdictionIds: targets.map(\.id), instruction: "结合本地实际抓好落实", deadline: TestClock.today.adding(days: days).iso),
            by: office(j))
    }

    /// Places a receipt in a new plan of its receiver, led by `unit`, due in `days`; returns the placed copy.
    func place(_ r: CascadeReceiptRecord, lead unit: UnitRecord, days: Int) async throws -> ItemRecord {
        let target = try await JurisdictionQueries.require(r.targetJurisdictionId, on: services.database.sql)
        _ = try await cascades.place(
            r.id, .init(leadUnitId: unit.id, deadline: TestClock.today.adding(days: days).iso), baseVersion: r.version, by: office(target))
        return try await copy(of: r)
    }

    func copy(of r: CascadeReceiptRecord) async throws -> ItemRecord {
        let copies = try await CascadeQueries.copies(ofOrigins: [r.originItemId!], on: services.database.sql)
        return try await f.reload(copies.first { $0.receiptId == r.id }!.copyItemId!)
    }

    func receipt(_ r: CascadeReceiptRecord) async throws -> CascadeReceiptRecord {
        try await CascadeQueries.requireReceipt(r.id, on: services.database.sql)
    }

    /// 422 issues of a call, [] when it did not fail that way.
    static func issues(_ body: () async throws -> Void) async -> [ValidationIssue] {
        do {
            try await body()
            return []
        } catch AppError.validation(let issues) {
            return issues
        } catch {
            return []
        }
    }
}
