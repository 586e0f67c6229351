import Foundation
import ReformCore
import SQLKit

@testable import App

/// Builds small, exact datasets through the same services the pages use.
struct Fixtures {
    let services: AppServices
    var actor = "测试"

    var sql: any SQLDatabase { services.database.sql }

    func jurisdiction(
        _ name: String = "龙华区", level: JurisdictionLevel = .district, code: String = "440309",
        parent: Int? = nil
    ) async throws -> JurisdictionRecord {
        try await services.jurisdictions.create(
            JurisdictionDraft(name: name, level: level.rawValue, divisionCode: code, parentID: parent),
            actor: actor)
    }

    func unit(_ name: String, in jurisdiction: Int, shortNames: String = "") async throws -> UnitRecord {
        try await services.units.create(UnitDraft(jurisdictionID: jurisdiction, name: name, shortNames: shortNames), actor: actor)
    }

    func plan(
        _ title: String = "龙华区委全面深化改革委员会2020年工作要点", in jurisdiction: Int, rule: RollupRule = .mean,
        warnDays: Int = 3
    ) async throws -> PlanRecord {
        try await services.plans.create(
            PlanDraft(
                title: title, docNumber: "深龙华改发〔2020〕1号", issuer: "区委深改委",
                issueDate: "2020-05-08", periodStart: "2020-01-01", periodEnd: "2020-12-31",
                jurisdictionID: jurisdiction, levelNames: "领域/任务/举措/节点",
                rollupRule: rule.rawValue, warnDays: String(warnDays)),
            actor: actor)
    }

    func item(
        _ title: String, plan: Int, parent: Int? = nil, lead: Int, participants: [Int] = [],
        deadline: LocalDate? = nil, start: LocalDate? = nil, status: LifecycleStatus = .inProgress,
        percent: Double = 0, weight: Double = 1, content: String = ""
    ) async throws -> ItemRecord {
        try await services.items.create(
            planId: plan, parentId: parent,
            draft(
                title, lead: lead, participants: participants, deadline: deadline, start: start, status: status,
                percent: percent, weight: weight, content: content), actor: actor)
    }

    func draft(
        _ title: String, lead: Int?, participants: [Int] = [], deadline: LocalDate? = nil, start: LocalDate? = nil,
        status: LifecycleStatus = .inProgress, percent: Double = 0, weight: Double = 1, content: String = ""
    ) -> PlanItemDraft {
        PlanItemDraft(
            title: title, content: content, leadUnitID: lead, participantUnitIDs: participants,
            responsibleLeader: "王副区长", responsiblePerson: "李科长", handler: "张三",
            startDate: start?.iso ?? "", deadline: deadline?.iso ?? "", weight: ItemService.Values.format(weight),
            status: status.rawValue, ownPercent: ItemService.Values.format(percent))
    }

    /// The draft that reproduces an item as it is, for edits that change one thing.
    func draft(of item: ItemRecord) async throws -> PlanItemDraft {
        let participants = try await ItemQueries.participants(of: [item.id], on: sql).map(\.unitId)
        return PlanItemDraft(record: item, participants: participants)
    }

    /// Changes an item through the service the edit form uses, from its current version.
    @discardableResult
    func update(_ id: Int, reason: String = "", _ change: (inout PlanItemDraft) -> Void) async throws -> ItemRecord {
        let current = try await reload(id)
        var d = try await draft(of: current)
        change(&d)
        return try await services.items.update(id, d, baseVersion: current.version, amendment: .init(reason: reason), actor: actor)
    }

    func reload(_ id: Int) async throws -> ItemRecord { try await ItemQueries.require(id, on: sql) }
    func reloadPlan(_ id: Int) async throws -> PlanRecord { try await PlanQueries.require(id, on: sql) }

    func count(_ table: String) async throws -> Int {
        try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM \(unsafeRaw: table)") ?? -1
    }

    /// Row counts of every table a form or endpoint could write to.
    func counts() async throws -> [String: Int] {
        var result: [String: Int] = [:]
        for t in ["jurisdictions", "units", "plans", "plan_items", "plan_item_participants", "deadline_amendments", "audit_log"] {
            result[t] = try await count(t)
        }
        return result
    }

    /// Re-reads a plan with one field changed, through the service the plan form uses.
    @discardableResult
    func setRule(_ planId: Int, _ rule: RollupRule) async throws -> PlanRecord {
        let p = try await reloadPlan(planId)
        let draft = PlanDraft(
            title: p.title, docNumber: p.docNumber, issuer: p.issuer, issueDate: p.issueDate ?? "",
            periodStart: p.periodStart ?? "", periodEnd: p.periodEnd ?? "", jurisdictionID: p.jurisdictionId,
            levelNames: p.levelNames, rollupRule: rule.rawValue, warnDays: String(p.warnDays))
        return try await services.plans.update(planId, draft, baseVersion: p.version, actor: actor)
    }
}

/// A small ledger: 龙华区 under 深圳市, two units, one plan with a field, a task and measures.
struct SmallLedger {
    var city: JurisdictionRecord
    var district: JurisdictionRecord
    var reformOffice: UnitRecord
    var developmentBureau: UnitRecord
    var plan: PlanRecord
    var field: ItemRecord
    var task: ItemRecord

    static func make(_ f: Fixtures, rule: RollupRule = .mean) async throws -> SmallLedger {
        let city = try await f.jurisdiction("深圳市", level: .city, code: "440300")
        let district = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: city.id)
        let office = try await f.unit("龙华区委改革办", in: district.id, shortNames: "区委改革办")
        let bureau = try await f.unit("龙华区发展和改革局", in: district.id, shortNames: "区发改局")
        let plan = try await f.plan(in: district.id, rule: rule)
        let field = try await f.item("经济体制改革", plan: plan.id, lead: office.id)
        let task = try await f.item("打造营商环境改革创新实验区", plan: plan.id, parent: field.id, lead: bureau.id)
        return SmallLedger(
            city: city, district: district, reformOffice: office, developmentBureau: bureau, plan: plan,
            field: field, task: task)
    }
}

extension LocalDate {
    static func iso(_ s: String) -> LocalDate { LocalDate(iso: s)! }
}
