import Foundation
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// A plan of more items than a person can read (`WallChartLevel.readableItems`) is drawn by level: tasks as roll-up
/// bars that open their part of the plan; a plan within the limit is drawn in full as before.
struct WallChartByLevelTests {
    /// The export fixture (2 fields, 3 tasks, 6 items below them) with `measures` more under its task （二）, whose
    /// child count follows, as the services keep it.
    static func ledger(measures: Int, _ f: Fixtures) async throws -> (ExportLedger, ItemRecord) {
        let ledger = try await ExportLedger.make(f)
        let task = try #require(try await ItemQueries.tree(planId: ledger.plan.id, on: f.sql).first { $0.title == "深化政府采购制度改革" })
        try await LedgerExportTests.insertMeasures(measures, under: task, lead: ledger.justice.id, on: f.sql)
        try await f.sql.raw("UPDATE plan_items SET child_count = \(bind: measures + 1) WHERE id = \(bind: task.id)").run()
        return (ledger, try await ItemQueries.require(task.id, on: f.sql))
    }

    static func rowIDs(_ html: String) -> [Int] {
        html.components(separatedBy: "data-id=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    @Test func aPlanOfTwoThousandItemsIsDrawnInFull() async throws {
        try await TestApp.run { services, client in
            // given: 11 + 1,989 = 2,000 items
            let f = Fixtures(services: services)
            let (ledger, _) = try await Self.ledger(measures: 1_989, f)
            // when
            let page = try await client.get("/plans/\(ledger.plan.id)/wallchart")
            // then: every item but the two fields (their bands) is a row, none a roll-up bar, no notice
            #expect(page.status == .ok)
            #expect(Self.rowIDs(page.text).count == 1_998)
            #expect(!page.text.contains("wc-rollup") && !page.text.contains("按层级显示"))
        }
    }

    @Test func aLargerPlanShowsItsTasksAsRollupBarsThatOpenTheirPart() async throws {
        try await TestApp.run { services, client in
            // given: 11 + 2,000 = 2,011 items
            let f = Fixtures(services: services)
            let (ledger, procurement) = try await Self.ledger(measures: 2_000, f)
            let items = try await ItemQueries.tree(planId: ledger.plan.id, on: f.sql)
            let tasks = items.filter { $0.depth == 1 }
            // when
            let page = try await client.get("/plans/\(ledger.plan.id)/wallchart?group=field&zoom=month")
            let svg = try await client.get("/plans/\(ledger.plan.id)/wallchart.svg")
            // then: the three tasks, each a roll-up bar with its rolled-up percent, linking to its part of the chart
            #expect(page.status == .ok)
            #expect(page.text.contains("共 2011 项，超过 2000 项，按层级显示"))
            #expect(Self.rowIDs(page.text) == tasks.map(\.id))
            #expect(page.text.components(separatedBy: "wc-rollup").count - 1 == 3)
            for task in tasks {
                #expect(page.text.contains("href=\"/plans/\(ledger.plan.id)/wallchart?group=field&amp;zoom=month&amp;expand=\(task.id)\""))
                #expect(page.text.contains("含 \(task.childCount) 项下级事项，点击展开"))
                #expect(page.text.contains("\n" + L10n.percent(task.rollupPercent) + "\n含 \(task.childCount) 项"))
            }
            #expect(Self.rowIDs(svg.text) == tasks.map(\.id))
            #expect(procurement.childCount == 2_001)
        }
    }

    @Test func expandingABarDrawsItsPartOfThePlan() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (ledger, procurement) = try await Self.ledger(measures: 2_000, f)
            let items = try await ItemQueries.tree(planId: ledger.plan.id, on: f.sql)
            let business = try #require(items.first { $0.title == "打造营商环境改革创新实验区" })
            let below = items.filter { $0.sortKey.hasPrefix(business.sortKey + ".") }
            // when: a small part, and the part that alone is larger than the limit
            let small = try await client.get("/plans/\(ledger.plan.id)/wallchart?expand=\(business.id)&lang=en")
            let large = try await client.get("/plans/\(ledger.plan.id)/wallchart?expand=\(procurement.id)")
            let print = try await client.get("/plans/\(ledger.plan.id)/wallchart/print?expand=\(business.id)")
            // then: the task and everything below it, in full, with the way back
            #expect(Self.rowIDs(small.text) == [business.id] + below.map(\.id))
            #expect(below.count == 4 && !small.text.contains("wc-rollup"))
            #expect(small.text.contains("Showing （一） 打造营商环境改革创新实验区 (5 items with those below it)"))
            #expect(small.text.contains("href=\"/plans/\(ledger.plan.id)/wallchart?group=field&amp;zoom=quarter\""))
            // its 2,001 measures, though more than the limit: expanding must not show the task alone again
            #expect(Self.rowIDs(large.text).count == 2_002 && !large.text.contains("wc-rollup"))
            #expect(Self.rowIDs(print.text) == [business.id] + below.map(\.id))
        }
    }

    @Test func anExpandOutsideThePlanIsRefused() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let ledger = try await ExportLedger.make(f)
            let other = try await services.plans.create(
                PlanDraft(
                    title: "另一个方案", jurisdictionID: ledger.district.id, levelNames: "领域/任务/举措/节点", rollupRule: RollupRule.mean.rawValue,
                    warnDays: "3"), actor: f.actor)
            let foreign = try await services.items.create(
                planId: other.id, parentId: nil, PlanItemDraft(number: "一、", title: "另一个领域", leadUnitID: ledger.office.id), actor: f.actor)
            // when
            let foreignItem = try await client.get("/plans/\(ledger.plan.id)/wallchart?expand=\(foreign.id)")
            let notANumber = try await client.get("/plans/\(ledger.plan.id)/wallchart.svg?expand=x")
            // then
            #expect(foreignItem.status == .notFound)
            #expect(notANumber.status == .badRequest && notANumber.text.contains("expand"))
        }
    }
}
