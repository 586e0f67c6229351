import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// The year-end check's service: opening lists every measure with its lead unit, units answer only their own rows
/// (several at once, all or nothing), the office confirms or returns, the lock applies the check to the ledger through
/// the item service and carries measures into next year's plan, and nothing changes after it.
struct YearEndServiceTests {
    @Test func openingListsEveryMeasureWithItsLeadUnitOncePerYear() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await YearEndFixture.make(services)
            // when
            let check = try await w.yearEnd.open(planId: w.plan.id, year: 2020, by: w.office)
            let rows = try await w.rows(check)
            let again = await YearEndFixture.failure { _ = try await w.yearEnd.open(planId: w.plan.id, year: 2020, by: w.office) }
            let outside = await YearEndFixture.failure { _ = try await w.yearEnd.open(planId: w.plan.id, year: 2021, by: w.office) }
            let byUnit = await YearEndFixture.failure { _ = try await w.yearEnd.open(planId: w.plan.id, year: 2020, by: w.liaison(w.bureau)) }
            let audit = try await w.f.count("audit_log")
            // then
            #expect(check.year == 2020 && check.state == "open" && check.version == 1)
            #expect(rows.map(\.itemId) == [w.m1.id, w.m2.id, w.m3.id, w.m4.id])
            #expect(rows.map(\.unitId) == [w.bureau.id, w.bureau.id, w.justice.id, w.industry.id])
            #expect(rows.allSatisfy { $0.rowState == .pending && $0.outcome.isEmpty })
            guard case .validation(let dup)? = again, case .validation(let out)? = outside, case .forbidden? = byUnit else {
                Issue.record(
                    "expected 422, 422 and 403, got \(String(describing: again)), \(String(describing: outside)), \(String(describing: byUnit))")
                return
            }
            #expect(dup == [ValidationIssue(field: "year", code: .duplicate)])
            #expect(out == [ValidationIssue(field: "year", code: .invalidChoice)])
            #expect(audit > 0)
        }
    }

    @Test func unitsAnswerOnlyTheirOwnRowsAndErrorsNameTheRow() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await YearEndFixture.make(services)
            let check = try await w.yearEnd.open(planId: w.plan.id, year: 2020, by: w.office)
            let r1 = try await w.row(check, item: w.m1), r2 = try await w.row(check, item: w.m2), r3 = try await w.row(check, item: w.m3)
            // when: 司法局 answers 发改局's row; the inspector answers; 发改局 carries over two rows at once, one into 2020
            let foreign = await YearEndFixture.failure {
                _ = try await w.yearEnd.answer(checkId: check.id, [.init(rowId: r1.id, version: 1, outcome: "done")], by: w.liaison(w.justice))
            }
            let inspector = await YearEndFixture.failure {
                _ = try await w.yearEnd.answer(checkId: check.id, [.init(rowId: r3.id, version: 1, outcome: "done")], by: w.inspector)
            }
            let badSecond = await YearEndFixture.failure {
                _ = try await w.yearEnd.answer(
                    checkId: check.id,
                    [
                        .init(rowId: r1.id, version: 1, outcome: "carried", newDeadline: "2021-06-30", reason: "顺延"),
                        .init(rowId: r2.id, version: 1, outcome: "carried", newDeadline: "2020-12-31", reason: "顺延")
                    ], by: w.liaison(w.bureau))
            }
            let afterBad = try await w.row(check, item: w.m1)
            let both = try await w.yearEnd.answer(
                checkId: check.id,
                [
                    .init(rowId: r1.id, version: 1, outcome: "carried", newDeadline: "2021-06-30", reason: "疫情影响顺延"),
                    .init(rowId: r2.id, version: 1, outcome: "done")
                ], by: w.liaison(w.bureau))
            let stale = await YearEndFixture.failure {
                _ = try await w.yearEnd.answer(checkId: check.id, [.init(rowId: r2.id, version: 1, outcome: "done")], by: w.liaison(w.bureau))
            }
            // then
            guard case .notFound(let entity, let id)? = foreign else {
                Issue.record("expected 404, got \(String(describing: foreign))")
                return
            }
            #expect(entity == "yearend_row" && id == String(r1.id))
            guard case .forbidden? = inspector else {
                Issue.record("expected 403, got \(String(describing: inspector))")
                return
            }
            guard case .validation(let issues)? = badSecond else {
                Issue.record("expected 422, got \(String(describing: badSecond))")
                return
            }
            #expect(issues == [ValidationIssue(field: "answers[1].newDeadline", code: .notInYear, value: "2021")])
            #expect(afterBad.rowState == .pending && afterBad.version == 1)
            #expect(both.map(\.rowState) == [.answered, .answered] && both[0].newDeadline == "2021-06-30" && both[1].outcome == "done")
            guard case .conflict(let e, let rowId, let current, _)? = stale else {
                Issue.record("expected 409, got \(String(describing: stale))")
                return
            }
            #expect(e == "yearend_row" && rowId == r2.id && current == 2)
            let label = YearEndPages.describe(issues[0], byIndex: [r1.label, r2.label], byId: [:], .zh)
            #expect(label == r2.label + "：结转后完成时限：应在2021年内" && r2.label.hasSuffix("出台轻微违法行为不予处罚清单"))
        }
    }

    @Test func theOfficeConfirmsOrReturnsAndAReturnedRowGoesBackToTheUnit() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await YearEndFixture.make(services)
            let check = try await w.yearEnd.open(planId: w.plan.id, year: 2020, by: w.office)
            let answered = try await w.answer(check, w.m3, .carried, deadline: "2021-03-31", reason: "待定")
            // when
            let byUnit = await YearEndFixture.failure {
                _ = try await w.yearEnd.review(
                    checkId: check.id, [.init(rowId: answered.id, version: answered.version)], action: .confirm, by: w.liaison(w.justice))
            }
            let noReason = await YearEndFixture.failure {
                _ = try await w.yearEnd.review(
                    checkId: check.id, [.init(rowId: answered.id, version: answered.version)], action: .return, by: w.office)
            }
            let returned = try await w.yearEnd.review(
                checkId: check.id, [.init(rowId: answered.id, version: answered.version)], action: .return, reason: "请写明未完成的环节", by: w.office)[0]
            let pendingConfirm = await YearEndFixture.failure {
                _ = try await w.yearEnd.review(
                    checkId: check.id, [.init(rowId: returned.id, version: returned.version)], action: .confirm, by: w.office)
            }
            let again = try await w.answer(check, w.m3, .carried, deadline: "2021-03-31", reason: "公共法律服务站点建设需跨年度完成")
            let confirmed = try await w.yearEnd.review(
                checkId: check.id, [.init(rowId: again.id, version: again.version)], action: .confirm, by: w.office)[0]
            let unitAfter = await YearEndFixture.failure { try await w.answer(check, w.m3, .done) }
            let actions = try await w.sql.all(
                ActionRow.self, "SELECT action FROM audit_log WHERE entity_type = 'yearend_row' AND entity_id = \(bind: answered.id) ORDER BY id")
            // then
            guard case .forbidden? = byUnit, case .validation(let issues)? = noReason, case .conflict? = pendingConfirm, case .conflict? = unitAfter
            else {
                Issue.record("expected 403, 422, 409, 409")
                return
            }
            #expect(issues == [ValidationIssue(field: "reason", code: .required)])
            #expect(returned.rowState == .returned && returned.returnReason == "请写明未完成的环节")
            #expect(confirmed.rowState == .confirmed && confirmed.reason == "公共法律服务站点建设需跨年度完成")
            #expect(actions.map(\.action) == ["yearend_answer", "yearend_return", "yearend_answer", "yearend_confirm"])
        }
    }

    @Test func theLockClosesTheMeasuresAndCarriesTheRestIntoNextYearsWorkPoints() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await YearEndFixture.make(services)
            let check = try await w.yearEnd.open(planId: w.plan.id, year: 2020, by: w.office)
            try await w.answer(check, w.m1, .carried, deadline: "2021-06-30", reason: "疫情影响顺延")
            try await w.answer(check, w.m2, .done)
            try await w.answer(check, w.m3, .cancelled, reason: "并入市级统一部署")
            try await w.answer(check, w.m4, .done)
            try await w.confirmAll(check)
            let m4Answered = try await w.row(check, item: w.m4)
            _ = try await w.yearEnd.review(
                checkId: check.id, [.init(rowId: m4Answered.id, version: m4Answered.version)], action: .return, reason: "核实", by: w.office)
            // when: one row returned, then every row confirmed
            let early = await YearEndFixture.failure { _ = try await w.yearEnd.lock(checkId: check.id, .init(), baseVersion: 1, by: w.office) }
            try await w.answer(check, w.m4, .done)
            try await w.confirmAll(check)
            let staleLock = await YearEndFixture.failure { _ = try await w.yearEnd.lock(checkId: check.id, .init(), baseVersion: 7, by: w.office) }
            let locked = try await w.yearEnd.lock(checkId: check.id, .init(), baseVersion: 1, by: w.office)
            let rows = try await w.rows(check)
            let next = try await w.f.reloadPlan(try #require(locked.targetPlanId))
            let nextItems = try await ItemQueries.tree(planId: next.id, on: w.sql)
            let carried = try await w.f.reload(try #require(rows[0].carriedItemId))
            let participants = try await ItemQueries.participants(of: [carried.id], on: w.sql).map(\.unitId)
            let m1 = try await w.f.reload(w.m1.id), m3 = try await w.f.reload(w.m3.id), m4 = try await w.f.reload(w.m4.id)
            let afterLock = [
                await YearEndFixture.failure { try await w.answer(check, w.m2, .done) },
                await YearEndFixture.failure {
                    _ = try await w.yearEnd.review(
                        checkId: check.id, [.init(rowId: rows[1].id, version: rows[1].version)], action: .return, reason: "x", by: w.office)
                },
                await YearEndFixture.failure { _ = try await w.yearEnd.lock(checkId: check.id, .init(), baseVersion: 2, by: w.office) }
            ]
            let links = try await YearEndQueries.links(ofItem: carried.id, on: w.sql)
            // then
            guard case .unprocessable(let code, _)? = early, case .conflict? = staleLock else {
                Issue.record("expected 422 then 409, got \(String(describing: early)), \(String(describing: staleLock))")
                return
            }
            #expect(code == "yearend_unconfirmed")
            #expect(locked.state == "locked" && locked.version == 2)
            #expect(next.title == "龙华区委全面深化改革委员会2021年工作要点" && next.periodStart == "2021-01-01" && next.periodEnd == "2021-12-31")
            #expect(next.jurisdictionId == w.district.id)
            // The carried measure keeps its place in the outline (field and task made there), number, title, units and officials.
            #expect(nextItems.map(\.title) == ["经济体制改革", "营商环境改革创新实验区", "完善分级分类企业服务机制"])
            #expect(carried.number == w.m1.number && carried.leadUnitId == w.bureau.id && participants == [w.justice.id])
            #expect(carried.currentDeadline == "2021-06-30" && carried.responsibleLeader == w.m1.responsibleLeader && carried.ownPercent == 60)
            #expect(m1.status == "in_progress" && m1.version == w.m1.version)
            #expect(m4.status == "done" && m4.ownPercent == 100)
            #expect(m3.status == "suspended" && m3.remarks.contains("2020年年底对账取消：并入市级统一部署"))
            #expect(links.carriedFrom.map(\.itemId) == [w.m1.id] && links.checked.isEmpty)
            #expect(afterLock.allSatisfy { if case .conflict? = $0 { true } else { false } })
        }
    }

    @Test func theLockIntoAnExistingPlanAndTheNextCheckLeavesClosedMeasuresOut() async throws {
        try await TestDatabase.withServices { services in
            // given: a plan spanning 2020–2021, and the district's own 2021 work points
            let w = try await YearEndFixture.make(services, period: ("2020-01-01", "2021-12-31"))
            let target = try await w.f.plan("龙华区2021年工作要点", in: w.district.id)
            let elsewhere = try await w.f.plan("深圳市2021年工作要点", in: w.city.id)
            let check = try await w.confirmedCheck()
            // when
            let foreign = await YearEndFixture.failure {
                _ = try await w.yearEnd.lock(checkId: check.id, .init(targetPlanId: elsewhere.id), baseVersion: check.version, by: w.office)
            }
            let locked = try await w.yearEnd.lock(checkId: check.id, .init(targetPlanId: target.id), baseVersion: check.version, by: w.office)
            let inTarget = try await ItemQueries.tree(planId: target.id, on: w.sql)
            let plans = try await w.f.count("plans")
            let nothingLeft = await YearEndFixture.failure { _ = try await w.yearEnd.open(planId: w.plan.id, year: 2021, by: w.office) }
            let m5 = try await w.f.item("建立企业服务专员制度", plan: w.plan.id, parent: w.task.id, lead: w.industry.id, deadline: .iso("2021-06-30"))
            let next = try await w.yearEnd.open(planId: w.plan.id, year: 2021, by: w.office)
            let nextRows = try await w.rows(next)
            // then
            guard case .validation(let issues)? = foreign else {
                Issue.record("expected 422, got \(String(describing: foreign))")
                return
            }
            #expect(issues == [ValidationIssue(field: "targetPlanId", code: .notFound)])
            #expect(locked.targetPlanId == target.id && plans == 3)
            #expect(inTarget.last?.title == "完善分级分类企业服务机制" && inTarget.count == 3)
            // Every measure of 2020 was closed (done, cancelled or carried elsewhere): 2021's check of this plan lists only the new one.
            guard case .unprocessable(let code, _)? = nothingLeft else {
                Issue.record("expected 422, got \(String(describing: nothingLeft))")
                return
            }
            #expect(code == "yearend_no_measures")
            #expect(nextRows.map(\.itemId) == [m5.id])
        }
    }

    struct ActionRow: Decodable { var action: String }
}
