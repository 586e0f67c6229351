import Foundation
import ReformCore
import SQLKit

@testable import App

/// A plan with every ledger column filled, four levels deep (一、 → （一） → 1. → （1）), measures numbered on
/// across tasks, participants, a done milestone, an undated measure and text that needs CSV quoting.
struct ExportLedger {
    var district: JurisdictionRecord
    var office: UnitRecord
    var development: UnitRecord
    var justice: UnitRecord
    var data: UnitRecord
    var plan: PlanRecord

    static func make(_ f: Fixtures, planTitle: String = "龙华区2020年全面深化改革工作要点") async throws -> ExportLedger {
        let district = try await f.jurisdiction("龙华区", level: .district, code: "440309")
        let office = try await f.unit("深圳市龙华区委全面深化改革委员会办公室", in: district.id, shortNames: "区委改革办")
        let development = try await f.unit("深圳市龙华区发展和改革局", in: district.id, shortNames: "区发展改革局")
        let justice = try await f.unit("深圳市龙华区司法局", in: district.id, shortNames: "区司法局")
        let data = try await f.unit("深圳市龙华区政务服务数据管理局", in: district.id, shortNames: "区政数局")
        let plan = try await f.services.plans.create(
            PlanDraft(
                title: planTitle, docNumber: "深龙华改发〔2020〕1号", issuer: "区委深改委", issueDate: "2020-05-08",
                periodStart: "2020-01-01", periodEnd: "2020-12-31", jurisdictionID: district.id, levelNames: "领域/任务/举措/节点",
                rollupRule: RollupRule.mean.rawValue, warnDays: "3"), actor: f.actor)
        let ledger = ExportLedger(district: district, office: office, development: development, justice: justice, data: data, plan: plan)
        try await ledger.fill(f)
        return ledger
    }

    private func fill(_ f: Fixtures) async throws {
        func add(
            _ number: String, _ title: String, parent: ItemRecord?, lead: UnitRecord, participants: [UnitRecord] = [],
            deadline: String = "", status: LifecycleStatus = .inProgress, percent: Double = 0,
            expected: String = "", policies: String = "", remarks: String = ""
        ) async throws -> ItemRecord {
            try await f.services.items.create(
                planId: plan.id, parentId: parent?.id,
                PlanItemDraft(
                    number: number, title: title, leadUnitID: lead.id, participantUnitIDs: participants.map(\.id),
                    responsibleLeader: "王副区长", responsiblePerson: "李科长", handler: "张三", deadline: deadline,
                    expectedResults: expected, policyDocuments: policies, remarks: remarks, weight: "1", status: status.rawValue,
                    ownPercent: ItemService.Values.format(percent)), actor: f.actor)
        }
        let economy = try await add("一、", "经济体制改革", parent: nil, lead: office)
        let business = try await add(
            "（一）", "打造营商环境改革创新实验区", parent: economy, lead: development, participants: [justice, data],
            deadline: "2020-12-31", expected: "营商环境评价进入全市前列", policies: "《龙华区优化营商环境实施方案》",
            remarks: "含逗号, 引号\"和\n换行的备注")
        let oneWindow = try await add(
            "1.", "推行企业开办“一网通办”", parent: business, lead: data, participants: [development],
            deadline: "2020-10-31", percent: 40, expected: "企业开办时间压缩至1个工作日")
        _ = try await add("（1）", "上线企业开办一站式平台", parent: oneWindow, lead: data, deadline: "2020-06-30", status: .done, percent: 100)
        _ = try await add("（2）", "实现全程电子化登记", parent: oneWindow, lead: data, deadline: "2020-09-30", percent: 50)
        _ = try await add(
            "2.", "深化商事登记确认制改革", parent: business, lead: development, status: .notStarted,
            policies: "《商事登记确认制实施细则》、《登记材料清单》")
        let procurement = try await add("（二）", "深化政府采购制度改革", parent: economy, lead: development, deadline: "2020-11-30")
        _ = try await add(
            "3.", "建立采购意向公开制度", parent: procurement, lead: development, participants: [justice],
            deadline: "2020-08-31", status: .partlyDone, percent: 60)
        let law = try await add("二、", "民主法制领域改革", parent: nil, lead: office)
        let review = try await add("（一）", "完善行政执法“三项制度”", parent: law, lead: justice, deadline: "2020-12-31")
        _ = try await add(
            "1.", "推行行政执法公示制度", parent: review, lead: justice, participants: [office], deadline: "2020-12-15",
            status: .suspended, remarks: "因机构调整暂缓")
    }

    /// The plan's items in outline order, as the comparisons read them: the parent as its index in the list.
    static func tree(planId: Int, on sql: any SQLDatabase) async throws -> [Node] {
        let items = try await ItemQueries.tree(planId: planId, on: sql)
        let index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($0.element.id, $0.offset) })
        var nodes: [Node] = []
        for item in items {
            let participants = try await ItemQueries.participants(of: [item.id], on: sql).map(\.unitId)
            nodes.append(
                Node(
                    number: item.number, title: item.title, depth: item.depth, parent: item.parentId.flatMap { index[$0] },
                    lead: item.leadUnitId, participants: participants, leader: item.responsibleLeader,
                    person: item.responsiblePerson, handler: item.handler, deadline: item.currentDeadline,
                    expected: item.expectedResults, policies: item.policyDocuments, remarks: item.remarks,
                    status: item.status, ownPercent: item.ownPercent, rollupPercent: item.rollupPercent))
        }
        return nodes
    }

    struct Node: Equatable, CustomStringConvertible, CustomDebugStringConvertible {
        var number: String
        var title: String
        var depth: Int
        var parent: Int?
        var lead: Int?
        var participants: [Int]
        var leader: String
        var person: String
        var handler: String
        var deadline: String?
        var expected: String
        var policies: String
        var remarks: String
        var status: String
        var ownPercent: Double
        var rollupPercent: Double

        var description: String { "\(number)\(title) d\(depth) p\(parent.map(String.init) ?? "-")" }
        var debugDescription: String {
            "\(self.description) lead \(lead.map(String.init) ?? "-") \(participants) \(leader)/\(person)/\(handler) \(deadline ?? "-") [\(expected)] [\(policies)] [\(remarks)] \(status) \(ownPercent) \(rollupPercent)"
        }
    }
}
