import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Seed 002's "督办督查" on Longhua's 2020 plan: 深圳市's office sets up a comprehensive inspection of its tasks with the
    /// demo inspector on the team; the inspector records problems on six task-leading units, each rectification left in
    /// another state (to sign for, in hand, awaiting verification, closed, returned, overdue), and one piece of good practice.
    func loadInspections() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        guard let plan = try await PlanQueries.all(limit: 50, on: sql).first(where: { $0.isDemo && $0.title.contains("龙华区") }),
            let inspector = try await UserQueries.byUsername("inspector", on: sql)?.principal
        else { return }
        let jurisdiction = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
        let office =
            try await UserQueries.byUsername("office", on: sql)?.principal
            ?? Principal(
                userId: 0, username: "demo", displayName: "改革办（演示）", role: .office, jurisdictionId: jurisdiction.id,
                jurisdictionPath: jurisdiction.path)
        let liaisonAccount = try await UserQueries.byUsername("liaison", on: sql)?.principal
        let start = today.adding(days: -30)
        let inspection = try await services.demoInspections.create(
            InspectionDraft(
                kind: InspectionKind.comprehensive.rawValue, title: "龙华区2020年全面深化改革任务全面督查", jurisdictionId: jurisdiction.id,
                scopeKind: "plan", scopeRef: plan.id, unitIds: [], memberIds: [inspector.userId], startsOn: start.iso,
                endsOn: start.adding(days: 14).iso),
            by: office, at: Self.at(start))
        // One task per lead unit, the plan's order.
        let leaves = try await sql.all(
            ItemRecord.self,
            """
            SELECT \(ItemQueries.columns) FROM plan_items WHERE plan_id = \(bind: plan.id) AND child_count = 0 AND lead_unit_id IS NOT NULL
            ORDER BY sort_key
            """)
        var seen: Set<Int> = []
        let distinct = leaves.filter { seen.insert($0.leadUnitId!).inserted }
        // The demo liaison's unit first: its rectification waits for it to sign.
        let tasks = distinct.filter { $0.leadUnitId == liaisonAccount?.unitId } + distinct.filter { $0.leadUnitId != liaisonAccount?.unitId }
        guard tasks.count >= 7 else { return }
        let problems: [(FindingCategory, FindingSeverity, String, String, Int)] = [
            (.progressLag, .moderate, "任务推进滞后于时间节点，尚未形成阶段性成果。", "制定倒排工期计划并按周调度", 30),
            (.poorImplementation, .minor, "配套措施停留在文件层面，基层窗口人员对新流程不熟悉。", "开展窗口人员专题培训并实地抽查", 25),
            (.inaccurateReporting, .serious, "报送的完成情况与现场核查不一致，部分数据缺乏佐证。", "重新核实数据并补充佐证材料", 20),
            (.weakMechanism, .moderate, "未建立任务台账和定期调度机制，责任未落实到人。", "建立任务台账，明确专人负责", 15),
            (.poorCoordination, .minor, "牵头单位与配合单位职责不清，存在推诿现象。", "召开协调会明确分工", 20),
            (.weakResults, .moderate, "改革举措已出台，但企业群众获得感不强。", "开展满意度调查并优化举措", 3)
        ]
        let evidence = { (name: String) throws -> SupervisionEvidence in
            try services.supervisionEvidence(filename: name, data: Data("%PDF-1.4\n% 演示佐证材料 \(name)\n%%EOF\n".utf8))
        }
        let found = start.adding(days: 5)
        for (n, (category, severity, text, measures, days)) in problems.enumerated() {
            let task = tasks[n]
            let unit = task.leadUnitId!
            let finding = try await services.demoInspections.addFinding(
                inspectionId: inspection.id,
                FindingDraft(
                    nature: FindingNature.problem.rawValue, unitId: unit, itemIds: [task.id], category: category.rawValue,
                    severity: severity.rawValue, description: text),
                rectification: RectificationDraft(
                    leadUnitId: unit, deadline: found.adding(days: days).iso, measures: "", evidenceRequired: "整改情况报告及相关佐证材料"),
                files: n == 2 ? [try evidence("现场核查记录.pdf")] : [], by: inspector, at: Self.at(found))
            guard n > 0, let id = finding.rectificationId else { continue }
            let unitJurisdiction = try await JurisdictionQueries.require(try await UnitQueries.require(unit, on: sql).jurisdictionId, on: sql)
            let liaison =
                liaisonAccount.flatMap { $0.unitId == unit ? $0 : nil }
                ?? Principal(
                    userId: 0, username: "demo", displayName: "联络员（演示）", role: .liaison, jurisdictionId: unitJurisdiction.id,
                    jurisdictionPath: unitJurisdiction.path, unitId: unit)
            let rect = services.rectifications
            var r = try await rect.rectification(id)
            r = try await rect.act(id, .sign, measures: measures, baseVersion: r.version, by: liaison, at: Self.at(found.adding(days: 1)))
            if n == 5 { continue }  // in hand and now overdue
            r = try await rect.fileReport(
                id, RectificationReportDraft(narrative: "已按整改措施推进，完成约一半。", percent: "50", evidenceCount: 0), final: false, files: [],
                baseVersion: r.version, by: liaison, at: Self.at(found.adding(days: 6)))
            if n == 1 { continue }
            r = try await rect.fileReport(
                id, RectificationReportDraft(narrative: "整改措施已全部落实，申请销号。", percent: "100", evidenceCount: 0), final: true,
                files: [try evidence("整改情况报告.pdf")], baseVersion: r.version, by: liaison, at: Self.at(found.adding(days: 10)))
            if n == 2 { continue }
            if n == 3 {
                _ = try await rect.act(id, .close, baseVersion: r.version, by: inspector, at: Self.at(found.adding(days: 12)))
            } else {
                _ = try await rect.act(
                    id, .return, comment: "佐证材料未体现配合单位的落实情况，请补充。", baseVersion: r.version, by: inspector,
                    at: Self.at(found.adding(days: 12)))
            }
        }
        _ = try await services.demoInspections.addFinding(
            inspectionId: inspection.id,
            FindingDraft(
                nature: FindingNature.goodPractice.rawValue, unitId: tasks[6].leadUnitId!, itemIds: [tasks[6].id], category: "", severity: "",
                description: "首创“一件事一次办”集成服务，办理时限压缩七成，可在全区推广。"),
            rectification: nil, files: [try evidence("经验材料.pdf")], by: inspector, at: Self.at(found))
    }

    private static func at(_ day: LocalDate) -> String { day.iso + "T02:00:00.000Z" }
}
