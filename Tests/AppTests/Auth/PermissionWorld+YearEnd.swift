import Foundation
import ReformCore
import SQLKit

@testable import App

/// Fresh year-end checks for the matrix: a new plan of 龙华区 for 2020 with one measure led by 发改局 (the liaison's and unit
/// head's unit) and one by 司法局 (the participant's), checked by 龙华区's office (`longhuaOffice`, the obstacles' world's).
extension PermissionWorld {
    /// A plan of 龙华区 with its two measures, not yet checked.
    func freshYearEndPlan() async throws -> PlanRecord {
        let plan = try await f.plan("龙华区2020年工作要点\(unique())", in: longhua.id)
        let field = try await f.item("营商环境", plan: plan.id, lead: bureau.id)
        _ = try await f.item("推进企业开办一网通办", plan: plan.id, parent: field.id, lead: bureau.id, deadline: .iso("2020-11-30"))
        _ = try await f.item("推进公共法律服务", plan: plan.id, parent: field.id, lead: justice.id, deadline: .iso("2020-10-31"))
        return plan
    }

    /// A check of a fresh plan: its rows pending, or 发改局's answered, or every row answered and confirmed.
    func freshYearEnd(answered: Bool = false, confirmed: Bool = false) async throws -> (check: YearEndCheckRecord, bureauRow: YearEndRowRecord) {
        let plan = try await freshYearEndPlan()
        let check = try await services.yearEnd.open(planId: plan.id, year: 2020, by: longhuaOffice)
        var rows = try await YearEndQueries.rows(ofCheck: check.id, on: sql)
        if answered || confirmed {
            let answers = rows.filter { confirmed || $0.unitId == bureau.id }.map {
                YearEndService.Answer(rowId: $0.id, version: $0.version, outcome: YearEndOutcome.done.rawValue)
            }
            let done = try await services.yearEnd.answer(checkId: check.id, answers, by: longhuaOffice)
            if confirmed {
                _ = try await services.yearEnd.review(
                    checkId: check.id, done.map { .init(rowId: $0.id, version: $0.version) }, action: .confirm, by: longhuaOffice)
            }
            rows = try await YearEndQueries.rows(ofCheck: check.id, on: sql)
        }
        return (try await YearEndQueries.requireCheck(check.id, on: sql), rows.first { $0.unitId == bureau.id }!)
    }
}
