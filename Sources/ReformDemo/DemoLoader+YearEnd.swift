import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Longhua's 2020 year-end check (年底对账), half done: 工信局 answered every measure and the office confirmed them (one
    /// carried over into 2021); 统计局's measure was cancelled and confirmed; 市场监管局 and 政数局 answered and wait for the
    /// office; 发改局 (the demo liaison's unit) had one answer returned and the rest still to state; every other unit has
    /// not answered yet.
    func loadYearEnd() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        guard
            let planId = try await sql.scalar(
                Int.self, column: "id", "SELECT id FROM plans WHERE title = '龙华区委全面深化改革委员会2020年工作要点' AND is_demo = \(bind: true)")
        else { return }
        let plan = try await PlanQueries.require(planId, on: sql)
        let longhua = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
        func at(_ daysAgo: Int) -> String { today.adding(days: -daysAgo).iso + "T03:00:00.000Z" }
        let office = Principal(
            userId: 0, username: "demo-office", displayName: "龙华区委改革办（演示）", role: .office, jurisdictionId: longhua.id,
            jurisdictionPath: longhua.path)
        func liaison(_ unitName: String) async throws -> Principal? {
            guard let id = try await sql.scalar(Int.self, column: "id", "SELECT id FROM units WHERE name = \(bind: unitName)") else { return nil }
            return Principal(
                userId: 0, username: "demo-liaison", displayName: unitName + "联络员（演示）", role: .liaison, jurisdictionId: longhua.id,
                jurisdictionPath: longhua.path, unitId: id)
        }
        let check = try await services.yearEnd.open(planId: plan.id, year: 2020, by: office, isDemo: true, at: at(20))
        func rows(of p: Principal) async throws -> [YearEndRowRecord] {
            try await YearEndQueries.rows(ofCheck: check.id, unitId: p.unitId, on: sql)
        }
        /// A measure done stays done; one still under way is carried over to mid-2021.
        func natural(_ r: YearEndRowRecord) -> YearEndService.Answer {
            r.itemStatus == LifecycleStatus.done.rawValue
                ? .init(rowId: r.id, version: r.version, outcome: YearEndOutcome.done.rawValue)
                : .init(
                    rowId: r.id, version: r.version, outcome: YearEndOutcome.carried.rawValue, newDeadline: "2021-06-30",
                    reason: "受新冠肺炎疫情影响，部分环节顺延至2021年上半年完成")
        }
        func confirm(_ answered: [YearEndRowRecord], daysAgo: Int) async throws {
            _ = try await services.yearEnd.review(
                checkId: check.id, answered.map { .init(rowId: $0.id, version: $0.version) }, action: .confirm, by: office, at: at(daysAgo))
        }

        if let p = try await liaison("深圳市龙华区工业和信息化局") {
            let answered = try await services.yearEnd.answer(checkId: check.id, try await rows(of: p).map(natural), by: p, at: at(15))
            try await confirm(answered, daysAgo: 10)
        }
        if let p = try await liaison("深圳市龙华区统计局"), let r = try await rows(of: p).first {
            let answered = try await services.yearEnd.answer(
                checkId: check.id,
                [.init(rowId: r.id, version: r.version, outcome: YearEndOutcome.cancelled.rawValue, reason: "统计数据共享并入全市统一部署，区级不再单独推进")],
                by: p, at: at(14))
            try await confirm(answered, daysAgo: 9)
        }
        for name in ["深圳市市场监督管理局龙华监管局", "深圳市龙华区政务服务数据管理局"] {
            if let p = try await liaison(name) {
                _ = try await services.yearEnd.answer(checkId: check.id, try await rows(of: p).map(natural), by: p, at: at(6))
            }
        }
        if let p = try await liaison("深圳市龙华区发展和改革局"), let r = try await rows(of: p).first {
            let answered = try await services.yearEnd.answer(checkId: check.id, [natural(r)], by: p, at: at(7))
            _ = try await services.yearEnd.review(
                checkId: check.id, answered.map { .init(rowId: $0.id, version: $0.version) }, action: .return,
                reason: "请写明尚未完成的具体环节和2021年的推进安排", by: office, at: at(4))
        }
    }
}
