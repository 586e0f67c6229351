import Foundation
import ReformCore
import SQLKit

@testable import App

/// 深圳市 → 龙华区 with three units; 龙华区's 2020 work points (period 2020): a field, a task under it, and four measures:
/// two led by 发改局 (one in progress with 司法局 taking part, one done), one by 司法局, one by 工信局. Principals act as the
/// district's office, each unit's liaison and the city's inspector.
struct YearEndFixture {
    let services: AppServices
    let city: JurisdictionRecord, district: JurisdictionRecord
    let bureau: UnitRecord, justice: UnitRecord, industry: UnitRecord
    let plan: PlanRecord
    let field: ItemRecord, task: ItemRecord
    let m1: ItemRecord, m2: ItemRecord, m3: ItemRecord, m4: ItemRecord

    var f: Fixtures { Fixtures(services: services) }
    var sql: any SQLDatabase { services.database.sql }
    var yearEnd: YearEndService { services.yearEnd }

    static func make(_ services: AppServices, period: (String, String) = ("2020-01-01", "2020-12-31")) async throws -> YearEndFixture {
        let f = Fixtures(services: services)
        let city = try await f.jurisdiction("深圳市", level: .city, code: "440300")
        let district = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: city.id)
        let bureau = try await f.unit("深圳市龙华区发展和改革局", in: district.id, shortNames: "区发改局")
        let justice = try await f.unit("深圳市龙华区司法局", in: district.id, shortNames: "区司法局")
        let industry = try await f.unit("深圳市龙华区工业和信息化局", in: district.id, shortNames: "区工信局")
        let plan = try await services.plans.create(
            PlanDraft(
                title: "龙华区委全面深化改革委员会2020年工作要点", issuer: "区委深改委", periodStart: period.0, periodEnd: period.1,
                jurisdictionID: district.id, levelNames: "领域/任务/举措", rollupRule: "mean", warnDays: "3"),
            actor: "测试")
        let field = try await f.item("经济体制改革", plan: plan.id, lead: bureau.id, deadline: .iso("2020-12-31"))
        let task = try await f.item("营商环境改革创新实验区", plan: plan.id, parent: field.id, lead: bureau.id, deadline: .iso("2020-12-31"))
        let m1 = try await f.item(
            "完善分级分类企业服务机制", plan: plan.id, parent: task.id, lead: bureau.id, participants: [justice.id], deadline: .iso("2020-11-30"),
            start: .iso("2020-03-01"), percent: 60)
        let m2 = try await f.item("出台轻微违法行为不予处罚清单", plan: plan.id, parent: task.id, lead: bureau.id, deadline: .iso("2020-06-30"), status: .done)
        let m3 = try await f.item("推进公共法律服务", plan: plan.id, parent: task.id, lead: justice.id, deadline: .iso("2020-09-30"), percent: 30)
        let m4 = try await f.item("上线企业诉求闭环管理系统", plan: plan.id, parent: task.id, lead: industry.id, deadline: .iso("2020-07-31"), percent: 80)
        return YearEndFixture(
            services: services, city: city, district: district, bureau: bureau, justice: justice, industry: industry,
            plan: try await f.reloadPlan(plan.id), field: field, task: task, m1: m1, m2: m2, m3: m3, m4: m4)
    }

    var office: Principal {
        Principal(userId: 0, username: "office", displayName: "龙华区委改革办", role: .office, jurisdictionId: district.id, jurisdictionPath: district.path)
    }
    var inspector: Principal {
        Principal(userId: 0, username: "inspector", displayName: "深圳市督查室", role: .inspector, jurisdictionId: city.id, jurisdictionPath: city.path)
    }
    func liaison(_ unit: UnitRecord) -> Principal {
        Principal(
            userId: 0, username: "liaison\(unit.id)", displayName: unit.name + "联络员", role: .liaison, jurisdictionId: district.id,
            jurisdictionPath: district.path, unitId: unit.id)
    }

    func rows(_ check: YearEndCheckRecord) async throws -> [YearEndRowRecord] { try await YearEndQueries.rows(ofCheck: check.id, on: sql) }

    func row(_ check: YearEndCheckRecord, item: ItemRecord) async throws -> YearEndRowRecord {
        try await rows(check).first { $0.itemId == item.id }!
    }

    /// Answers one row as its unit's liaison (or `by`).
    @discardableResult
    func answer(
        _ check: YearEndCheckRecord, _ item: ItemRecord, _ outcome: YearEndOutcome, deadline: String = "", reason: String = "", by: Principal? = nil
    ) async throws -> YearEndRowRecord {
        let r = try await row(check, item: item)
        let unit = try await UnitQueries.require(r.unitId!, on: sql)
        return try await yearEnd.answer(
            checkId: check.id, [.init(rowId: r.id, version: r.version, outcome: outcome.rawValue, newDeadline: deadline, reason: reason)],
            by: by ?? liaison(unit))[0]
    }

    /// Confirms every answered row as the office.
    func confirmAll(_ check: YearEndCheckRecord) async throws {
        let answered = try await rows(check).filter { $0.rowState == .answered }
        _ = try await yearEnd.review(checkId: check.id, answered.map { .init(rowId: $0.id, version: $0.version) }, action: .confirm, by: office)
    }

    /// A check of 2020 with every row answered (m1 carried to 2021-06-30, m2 done, m3 cancelled, m4 done) and confirmed.
    func confirmedCheck() async throws -> YearEndCheckRecord {
        let check = try await yearEnd.open(planId: plan.id, year: 2020, by: office)
        try await answer(check, m1, .carried, deadline: "2021-06-30", reason: "疫情影响顺延")
        try await answer(check, m2, .done)
        try await answer(check, m3, .cancelled, reason: "并入市级统一部署")
        try await answer(check, m4, .done)
        try await confirmAll(check)
        return try await YearEndQueries.requireCheck(check.id, on: sql)
    }

    /// What a call throws, as (status code, entity or code), or nil when it succeeds.
    static func failure(_ body: () async throws -> Void) async -> AppError? {
        do {
            try await body()
            return nil
        } catch let e as AppError {
            return e
        } catch {
            return .internalError("\(error)")
        }
    }
}
