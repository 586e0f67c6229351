import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The ledger's SQL light filter (`LedgerQuery.lightCondition`) must agree with `Schedule.light`, item by item.
struct LightFilterTests {
    static let today = LocalDate.iso("2024-06-15")

    /// One item per case the light rules distinguish, under the small ledger's task.
    private func makeCases(_ f: Fixtures, _ l: SmallLedger, today: LocalDate) async throws -> [String: ItemRecord] {
        let lead = l.developmentBureau.id
        let cases: [(String, LocalDate?, LifecycleStatus)] = [
            ("今天到期", today, .inProgress),
            ("昨天到期", today.adding(days: -1), .inProgress),
            ("两天后到期", today.adding(days: 2), .notStarted),
            ("三天后到期", today.adding(days: 3), .partlyDone),
            ("四天后到期", today.adding(days: 4), .inProgress),
            ("一月后到期", today.adding(days: 30), .inProgress),
            ("已完成逾期", today.adding(days: -10), .done),
            ("已完成未到期", today.adding(days: 10), .done),
            ("已中止逾期", today.adding(days: -10), .suspended),
            ("无时限", nil, .inProgress),
            ("已完成无时限", nil, .done)
        ]
        var items: [String: ItemRecord] = [:]
        for (title, deadline, status) in cases {
            items[title] = try await f.item(title, plan: l.plan.id, parent: l.task.id, lead: lead, deadline: deadline, status: status)
        }
        return items
    }

    private func ids(_ light: ScheduleLight, today: LocalDate, on services: AppServices) async throws -> Set<Int> {
        var filter = LedgerFilter()
        filter.lights = [light]
        filter.scope = .all
        filter.perPage = 500
        return Set(try await LedgerQuery.run(filter, today: today, on: services.database.sql).rows.map(\.id))
    }

    @Test(arguments: ScheduleLight.allCases)
    func sqlLightFilterAgreesWithScheduleLight(_ light: ScheduleLight) async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            _ = try await makeCases(f, l, today: Self.today)
            let all = try await f.sql.all(ItemRecord.self, "SELECT \(ItemQueries.columns) FROM plan_items")
            let expected = Set(all.filter { $0.light(today: Self.today, warnDays: l.plan.warnDays) == light }.map(\.id))
            // when
            let found = try await ids(light, today: Self.today, on: services)
            // then
            #expect(found == expected)
            #expect(!found.isEmpty)
        }
    }

    @Test func eachCaseGetsTheLightTheRulesGive() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let items = try await makeCases(f, l, today: Self.today)
            // when
            var lightOf: [String: ScheduleLight] = [:]
            for light in ScheduleLight.allCases {
                for id in try await ids(light, today: Self.today, on: services) {
                    if let title = items.first(where: { $0.value.id == id })?.key { lightOf[title] = light }
                }
            }
            // then
            #expect(
                lightOf == [
                    "今天到期": .yellow, "昨天到期": .red, "两天后到期": .yellow, "三天后到期": .yellow, "四天后到期": .green,
                    "一月后到期": .green, "已完成逾期": .green, "已完成未到期": .green, "已中止逾期": .none, "无时限": .none,
                    "已完成无时限": .none
                ])
        }
    }

    @Test func aPlansOwnWarnDaysMoveTheYellowBoundary() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let item = try await f.item(
                "七天后到期", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
                deadline: Self.today.adding(days: 7))
            #expect(try await ids(.green, today: Self.today, on: services).contains(item.id))
            // when
            let p = try await f.reloadPlan(l.plan.id)
            _ = try await services.plans.update(
                p.id,
                PlanDraft(
                    title: p.title, jurisdictionID: p.jurisdictionId, levelNames: p.levelNames,
                    rollupRule: p.rollupRule, warnDays: "10"),
                baseVersion: p.version, actor: "测试")
            // then
            #expect(try await ids(.yellow, today: Self.today, on: services).contains(item.id))
            #expect(try await f.reload(item.id).light(today: Self.today, warnDays: 10) == .yellow)
        }
    }

    @Test func aPostponementDoesNotTurnAnOverdueItemGreen() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let today = TestClock.today
            let item = try await f.item(
                "逾期事项", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
                deadline: today.adding(days: -5))
            // when
            _ = try await services.items.amend(
                item.id, newDeadline: today.adding(days: 60).iso,
                input: .init(reason: "受疫情影响，经区委改革办同意延期"), baseVersion: item.version, actor: "测试")
            // then
            let amended = try await f.reload(item.id)
            #expect(amended.currentDeadline == today.adding(days: 60).iso)
            #expect(amended.originalDeadline == today.adding(days: -5).iso)
            #expect(amended.light(today: today, warnDays: 3) == .red)
            #expect(try await ids(.red, today: today, on: services).contains(item.id))
            #expect(try await !ids(.green, today: today, on: services).contains(item.id))
        }
    }

    @Test func anEarlierDeadlineDoesNotTurnAGreenItemYellow() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let item = try await f.item(
                "提前事项", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
                deadline: Self.today.adding(days: 30))
            // when: moved forward through the edit form, with a reason
            try await f.update(item.id, reason: "提前完成") { $0.deadline = Self.today.adding(days: 1).iso }
            // then
            #expect(try await ids(.green, today: Self.today, on: services).contains(item.id))
            #expect(try await !ids(.yellow, today: Self.today, on: services).contains(item.id))
        }
    }

    @Test func theAPIsLightColumnAndLightFilterAgree() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            _ = try await makeCases(f, l, today: TestClock.today)
            for light in ScheduleLight.allCases {
                // when
                let response = try await client.get("/api/v1/ledger?scope=all&per_page=500&light=\(light.rawValue)")
                // then
                #expect(response.status == .ok)
                let ledger = try response.decode(APIModels.Ledger.self)
                #expect(!ledger.items.isEmpty)
                #expect(ledger.items.allSatisfy { $0.light == light.rawValue }, "light=\(light.rawValue)")
                #expect(ledger.total == ledger.items.count)
            }
        }
    }
}
