import Foundation
import ReformCore
import Testing

@testable import App

/// The cascade through its service: progress rolling up district → city → province with a withdrawn and a late copy,
/// the deadline rule at every step, the amended origin seen on the copy, and the receipt's states.
struct CascadeServiceTests {
    struct Notified: Decodable {
        var userId: Int
        var link: String
    }

    @Test func progressRollsUpTwoLevelsWithoutWithdrawnCopiesAndWithLateOnesCounted() async throws {
        try await TestDatabase.withServices { services in
            // given: the province's measure sent to both cities; 深圳 sends its copy on to 龙华 and 南山
            let w = try await CascadeFixture.make(services)
            let toCities = try await w.send(w.measure, to: [w.shenzhen, w.guangzhou], days: 90, by: w.province)
            let sz = try await w.place(toCities.first { $0.targetJurisdictionId == w.shenzhen.id }!, lead: w.szUnit, days: 80)
            // 广州's copy is placed with a deadline already past: late, and still counted
            let gz = try await w.place(toCities.first { $0.targetJurisdictionId == w.guangzhou.id }!, lead: w.gzUnit, days: -5)
            let toDistricts = try await w.send(sz, to: [w.longhua, w.nanshan], days: 60, by: w.shenzhen)
            let lh = try await w.place(toDistricts.first { $0.targetJurisdictionId == w.longhua.id }!, lead: w.lhUnit, days: 50)
            _ = try await w.place(toDistricts.first { $0.targetJurisdictionId == w.nanshan.id }!, lead: w.nsUnit, days: 50)
            // when: 龙华 reports 80 %, 广州 30 %
            try await w.f.update(lh.id) {
                $0.ownPercent = "80"
                $0.status = "in_progress"
            }
            try await w.f.update(gz.id) {
                $0.ownPercent = "30"
                $0.status = "in_progress"
            }
            let cityAfterEdit = try await w.f.reload(sz.id)
            let provinceAfterEdit = try await w.f.reload(w.measure.id)
            // and 深圳 withdraws 南山's copy
            let ns = try await w.receipt(toDistricts.first { $0.targetJurisdictionId == w.nanshan.id }!)
            _ = try await w.cascades.cancel(ns.id, reason: "南山区另行部署", baseVersion: ns.version, by: w.office(w.shenzhen))
            let city = try await w.f.reload(sz.id)
            let province = try await w.f.reload(w.measure.id)
            let field = try await w.f.reload(w.field.id)
            let copies = try await CascadeQueries.copies(ofOrigins: [w.measure.id], on: services.database.sql)
            // then: 深圳 = mean(80, 0) = 40, the province = mean(40, 30) = 35; without 南山: 80 and mean(80, 30) = 55
            #expect(cityAfterEdit.rollupPercent == 40)
            #expect(provinceAfterEdit.rollupPercent == 35)
            #expect(city.derivedPercent == 80 && city.rollupPercent == 80)
            #expect(province.rollupPercent == 55)
            #expect(field.rollupPercent == 55)
            #expect(try await w.f.reloadPlan(w.plan.id).derivedPercent == 55)
            #expect(copies.first { $0.targetJurisdictionId == w.guangzhou.id }?.light(today: TestClock.today) == .red)
            #expect(copies.first { $0.targetJurisdictionId == w.shenzhen.id }?.light(today: TestClock.today) == .green)
        }
    }

    @Test func anUnplacedCopyCountsAsNotStartedAndADoneOneAsFull() async throws {
        try await TestDatabase.withServices { services in
            // given: the measure had 60 % of its own before it was sent
            let w = try await CascadeFixture.make(services)
            try await w.f.update(w.measure.id) { $0.ownPercent = "60" }
            // when
            let receipts = try await w.send(w.measure, to: [w.shenzhen, w.guangzhou], days: 90, by: w.province)
            let sent = try await w.f.reload(w.measure.id)
            let sz = try await w.place(receipts[0], lead: receipts[0].targetJurisdictionId == w.shenzhen.id ? w.szUnit : w.gzUnit, days: 80)
            try await w.f.update(sz.id) { $0.status = "done" }
            let after = try await w.f.reload(w.measure.id)
            // then: its copies now make its figure
            #expect(sent.ownPercent == 60 && sent.derivedPercent == 0 && sent.rollupPercent == 0)
            #expect(after.rollupPercent == 50)
        }
    }

    @Test func noLevelGivesItselfMoreTimeThanItWasGiven() async throws {
        try await TestDatabase.withServices { services in
            // given: the measure is due in 100 days
            let w = try await CascadeFixture.make(services)
            // when
            let lateSend = await CascadeFixture.issues { _ = try await w.send(w.measure, to: [w.shenzhen], days: 101, by: w.province) }
            let r = try await w.send(w.measure, to: [w.shenzhen], days: 90, by: w.province)[0]
            let latePlace = await CascadeFixture.issues {
                _ = try await w.cascades.place(
                    r.id, .init(leadUnitId: w.szUnit.id, deadline: TestClock.today.adding(days: 91).iso), baseVersion: r.version,
                    by: w.office(w.shenzhen))
            }
            let copy = try await w.place(try await w.receipt(r), lead: w.szUnit, days: 80)
            let lateEdit = await CascadeFixture.issues {
                try await w.f.update(copy.id, reason: "延期") { $0.deadline = TestClock.today.adding(days: 95).iso }
            }
            let lateAmend = await CascadeFixture.issues {
                _ = try await services.items.amend(
                    copy.id, newDeadline: TestClock.today.adding(days: 91).iso, input: .init(reason: "延期"), baseVersion: nil, actor: "测试")
            }
            let withinLimit = try await w.f.update(copy.id, reason: "调整") { $0.deadline = TestClock.today.adding(days: 90).iso }
            // the province moves its measure earlier: the copy's limit follows, the copy shows its origin changed, and
            // 深圳市's office (not 广州市's, which received nothing) is notified
            let szOffice = try await TestAccounts(services: services).user(.office, jurisdiction: w.shenzhen.id).user
            let gzOffice = try await TestAccounts(services: services).user(.office, jurisdiction: w.guangzhou.id).user
            _ = try await services.items.amend(
                w.measure.id, newDeadline: TestClock.today.adding(days: 70).iso, input: .init(reason: "省里提前"), baseVersion: nil, actor: "测试")
            let tighter = await CascadeFixture.issues {
                try await w.f.update(copy.id, reason: "调整") { $0.deadline = TestClock.today.adding(days: 75).iso }
            }
            let links = try await CascadeQueries.originLinks(ofCopy: copy.id, on: services.database.sql)
            let notified = try await services.database.sql.all(
                Notified.self, "SELECT user_id, link FROM notifications WHERE kind = 'cascade_origin_changed' ORDER BY id")
            // then
            let limitOf100 = TestClock.today.adding(days: 100).iso, limitOf90 = TestClock.today.adding(days: 90).iso
            #expect(lateSend == [ValidationIssue(field: "deadline", code: .afterLimit, value: limitOf100)])
            #expect(latePlace == [ValidationIssue(field: "deadline", code: .afterLimit, value: limitOf90)])
            #expect(lateEdit.map(\.code) == [.afterLimit] && lateEdit.first?.field == "deadline")
            #expect(lateAmend == [ValidationIssue(field: "newDeadline", code: .afterLimit, value: limitOf90)])
            #expect(withinLimit.currentDeadline == limitOf90)
            #expect(tighter.first?.value == TestClock.today.adding(days: 70).iso)
            #expect(links.count == 1 && links[0].originChanged)
            #expect(notified.map(\.userId) == [szOffice.id] && notified.first?.link == "/items/\(copy.id)")
            #expect(!notified.contains { $0.userId == gzOffice.id })
        }
    }

    @Test func receiptsMoveSentSignedPlacedAndRefuseStaleOrRepeatedSteps() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await CascadeFixture.make(services)
            let r = try await w.send(w.field, to: [w.shenzhen], days: 90, by: w.province)[0]
            // when
            let signed = try await w.cascades.sign(r.id, baseVersion: r.version, by: w.office(w.shenzhen))
            var stale = false
            do { _ = try await w.cascades.sign(r.id, baseVersion: r.version, by: w.office(w.shenzhen)) } catch AppError.conflict { stale = true }
            var provinceMayNotSign = false
            do {
                _ = try await w.cascades.place(
                    r.id, .init(leadUnitId: w.szUnit.id, deadline: TestClock.today.iso), baseVersion: signed.version, by: w.office(w.province))
            } catch AppError.forbidden { provinceMayNotSign = true }
            let dup = await CascadeFixture.issues { _ = try await w.send(w.measure, to: [w.shenzhen], days: 90, by: w.province) }
            let notAChild = await CascadeFixture.issues { _ = try await w.send(w.measure, to: [w.longhua], days: 90, by: w.province) }
            let placed = try await w.cascades.place(
                r.id, .init(leadUnitId: w.szUnit.id, responsibleLeader: "陈副市长", deadline: TestClock.today.adding(days: 60).iso),
                baseVersion: signed.version, by: w.office(w.shenzhen))
            let tree = try await ItemQueries.tree(planId: placed.placedPlanId!, on: services.database.sql)
            // then: the field and its measure are copied as a field with its measure, led by 深圳's unit
            #expect(signed.state == "signed" && placed.state == "placed")
            #expect(stale && provinceMayNotSign)
            #expect(dup.map(\.code) == [.duplicate] && notAChild.map(\.code) == [.invalidChoice])
            #expect(tree.map(\.title) == ["营商环境", "推进企业开办全程网办"])
            #expect(tree.map(\.depth) == [0, 1] && tree[1].parentId == tree[0].id)
            #expect(tree.allSatisfy { $0.leadUnitId == w.szUnit.id && $0.jurisdictionId == w.shenzhen.id && $0.responsibleLeader == "陈副市长" })
            #expect(try await PlanQueries.require(placed.placedPlanId!, on: services.database.sql).jurisdictionId == w.shenzhen.id)
        }
    }

    @Test func deletingAPlacedCopyTakesItsProgressOutOfTheOrigin() async throws {
        try await TestDatabase.withServices { services in
            // given: 深圳's copy at 80 %, 广州's not placed
            let w = try await CascadeFixture.make(services)
            let receipts = try await w.send(w.measure, to: [w.shenzhen, w.guangzhou], days: 90, by: w.province)
            let sz = try await w.place(receipts.first { $0.targetJurisdictionId == w.shenzhen.id }!, lead: w.szUnit, days: 80)
            try await w.f.update(sz.id) {
                $0.ownPercent = "80"
                $0.status = "in_progress"
            }
            let before = try await w.f.reload(w.measure.id)
            // when
            try await services.items.delete(sz.id, baseVersion: try await w.f.reload(sz.id).version, actor: "测试")
            // then: the placed copy that is gone counts as not started
            #expect(before.rollupPercent == 40)
            #expect(try await w.f.reload(w.measure.id).rollupPercent == 0)
        }
    }
}
