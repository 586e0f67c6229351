import ReformCore
import Testing

@testable import App

/// Roll-up (进度汇总) through ItemService and RollupEngine against a real database.
struct RollupEngineTests {
    @Test func parentIsTheMeanOfItsChildren() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f, rule: .mean)
            // when
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 20)
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 60)
            // then
            let task = try await f.reload(l.task.id)
            #expect(task.derivedPercent == 40)
            #expect(task.rollupPercent == 40)
            #expect(task.childCount == 2)
            #expect(try await f.reload(l.field.id).derivedPercent == 40)
            #expect(try await f.reloadPlan(l.plan.id).derivedPercent == 40)
        }
    }

    @Test func weightedRuleWeighsEachChild() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f, rule: .weighted)
            // when
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 20, weight: 1)
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 80, weight: 3)
            // then
            #expect(try await f.reload(l.task.id).derivedPercent == 65)
        }
    }

    @Test func minimumRuleTakesTheSlowestChild() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f, rule: .minimum)
            // when
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 20)
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 60)
            // then
            #expect(try await f.reload(l.task.id).derivedPercent == 20)
            #expect(try await f.reloadPlan(l.plan.id).derivedPercent == 20)
        }
    }

    @Test func aDoneChildCountsAsOneHundredEvenWhenItsOwnChildrenLag() async throws {
        try await TestDatabase.withServices { services in
            // given: a done measure whose milestone still shows 50 %, beside a measure at 20 %
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f, rule: .mean)
            let done = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, status: .done, percent: 30)
            _ = try await f.item("节点", plan: l.plan.id, parent: done.id, lead: l.developmentBureau.id, percent: 50)
            // when
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 20)
            // then
            #expect(try await f.reload(done.id).ownPercent == 100)
            #expect(try await f.reload(done.id).rollupPercent == 50)
            #expect(try await f.reload(l.task.id).derivedPercent == 60)
        }
    }

    @Test func aSuspendedChildIsLeftOut() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f, rule: .mean)
            // when
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 40)
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, status: .suspended, percent: 90)
            // then
            #expect(try await f.reload(l.task.id).derivedPercent == 40)
        }
    }

    @Test func suspendingAChildThroughAnEditRecomputesItsParent() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f, rule: .mean)
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 40)
            let second = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 90)
            #expect(try await f.reload(l.task.id).derivedPercent == 65)
            // when
            try await f.update(second.id) { $0.status = LifecycleStatus.suspended.rawValue }
            // then
            #expect(try await f.reload(l.task.id).derivedPercent == 40)
            #expect(try await f.reloadPlan(l.plan.id).derivedPercent == 40)
        }
    }

    @Test func anItemWithoutChildrenHasNoDerivedPercent() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            // when
            let leaf = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 35)
            // then
            #expect(leaf.derivedPercent == nil)
            #expect(leaf.rollupPercent == 35)
            #expect(leaf.childCount == 0)
        }
    }

    @Test func whenEveryChildIsCancelledTheParentShowsItsOwnPercent() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            try await f.update(l.task.id) { $0.ownPercent = "30" }
            // when
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, status: .suspended, percent: 80)
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, status: .suspended, percent: 10)
            // then
            let task = try await f.reload(l.task.id)
            #expect(task.derivedPercent == nil)
            #expect(task.rollupPercent == 30)
            #expect(task.childCount == 2)
        }
    }

    @Test func weightsOfZeroFallBackToTheMean() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f, rule: .weighted)
            // when
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 20, weight: 0)
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 60, weight: 0)
            // then
            #expect(try await f.reload(l.task.id).derivedPercent == 40)
        }
    }

    @Test func aChangeDeepInTheTreeRollsUpToTheRootAndThePlan() async throws {
        try await TestDatabase.withServices { services in
            // given: 领域 → 任务 → 举措 → 节点
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let measure = try await f.item("举措", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id)
            let milestone = try await f.item("节点", plan: l.plan.id, parent: measure.id, lead: l.developmentBureau.id, percent: 10)
            _ = try await f.item("节点二", plan: l.plan.id, parent: measure.id, lead: l.developmentBureau.id, percent: 30)
            #expect(try await f.reloadPlan(l.plan.id).derivedPercent == 20)
            // when
            try await f.update(milestone.id) { $0.ownPercent = "90" }
            // then
            #expect(try await f.reload(measure.id).rollupPercent == 60)
            #expect(try await f.reload(l.task.id).rollupPercent == 60)
            #expect(try await f.reload(l.field.id).rollupPercent == 60)
            #expect(try await f.reloadPlan(l.plan.id).derivedPercent == 60)
        }
    }

    @Test func deletingAChildRecomputesTheParent() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 20)
            let second = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 60)
            // when
            try await services.items.delete(second.id, baseVersion: second.version, actor: "测试")
            // then
            let task = try await f.reload(l.task.id)
            #expect(task.derivedPercent == 20)
            #expect(task.childCount == 1)
            #expect(try await f.reloadPlan(l.plan.id).derivedPercent == 20)
            #expect(try await ItemQueries.find(second.id, on: f.sql) == nil)
        }
    }

    @Test func deletingTheLastChildLeavesALeaf() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            try await f.update(l.task.id) { $0.ownPercent = "15" }
            let only = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 70)
            // when
            try await services.items.delete(only.id, baseVersion: only.version, actor: "测试")
            // then
            let task = try await f.reload(l.task.id)
            #expect(task.derivedPercent == nil)
            #expect(task.rollupPercent == 15)
            #expect(task.childCount == 0)
        }
    }

    @Test func siblingsWithEqualPercentsAreAllCounted() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 0)
            // when: a second child that leaves the parent's percent where it was
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 0)
            // then
            #expect(try await f.reload(l.task.id).childCount == 2)
        }
    }

    @Test func changingThePlansRuleRecomputesEverything() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f, rule: .mean)
            _ = try await f.item("举措一", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 20, weight: 3)
            _ = try await f.item("举措二", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, percent: 80, weight: 1)
            let otherTask = try await f.item("任务二", plan: l.plan.id, parent: l.field.id, lead: l.reformOffice.id, percent: 50)
            #expect(try await f.reload(l.task.id).derivedPercent == 50)
            #expect(try await f.reloadPlan(l.plan.id).derivedPercent == 50)
            // when
            try await f.setRule(l.plan.id, .minimum)
            // then
            #expect(try await f.reload(l.task.id).derivedPercent == 20)
            #expect(try await f.reload(otherTask.id).derivedPercent == nil)
            #expect(try await f.reload(l.field.id).derivedPercent == 20)
            #expect(try await f.reloadPlan(l.plan.id).derivedPercent == 20)
            // when
            try await f.setRule(l.plan.id, .weighted)
            // then
            #expect(try await f.reload(l.task.id).derivedPercent == 35)
            #expect(try await f.reload(l.field.id).derivedPercent == 42.5)
        }
    }
}
