import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// The dashboard reads leaf counters kept by triggers (`AddItemTallies`) and moved to the day by `ItemTallies`. After
/// any mix of writes, on any day, they must agree with counting the items afresh with the ledger's own light rules.
struct ItemTalliesTests {
    /// SplitMix64: the same mix of writes on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    }

    struct Counts: Equatable, CustomStringConvertible {
        var status: [String: Int]
        var light: [String: Int]
        var redByUnit: [Int: Int]
        var description: String { "status \(status.sorted { $0.key < $1.key }), light \(light.sorted { $0.key < $1.key }), red \(redByUnit)" }
    }

    private struct KeyCount: Decodable {
        var key: String
        var n: Int
    }
    private struct UnitCount: Decodable {
        var unit: Int
        var n: Int
    }

    /// The counts as the dashboard computed them before the counters: every leaf of the subtree, the ledger's light SQL.
    static func fresh(_ j: JurisdictionRecord, today: LocalDate, on sql: any SQLDatabase) async throws -> Counts {
        let leaves = PathRange.condition(column: "i.jurisdiction_path", prefix: j.path) + " AND i.child_count = 0"
        let status = try await sql.all(
            KeyCount.self, "SELECT i.status AS key, COUNT(*) AS n FROM plan_items i WHERE \(leaves) GROUP BY i.status")
        var light: [String: Int] = [:]
        for l in ScheduleLight.allCases {
            let condition = LedgerQuery.lightCondition(l, today: today)
            light[l.rawValue] =
                try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM plan_items i WHERE \(leaves) AND \(condition)") ?? 0
        }
        let red = try await sql.all(
            UnitCount.self,
            """
            SELECT COALESCE(i.lead_unit_id, 0) AS unit, COUNT(*) AS n FROM plan_items i
            WHERE \(leaves) AND \(LedgerQuery.lightCondition(.red, today: today)) GROUP BY COALESCE(i.lead_unit_id, 0)
            """)
        return Counts(
            status: Dictionary(uniqueKeysWithValues: status.map { ($0.key, $0.n) }).filter { $0.value > 0 },
            light: light.filter { $0.value > 0 }, redByUnit: Dictionary(uniqueKeysWithValues: red.map { ($0.unit, $0.n) }))
    }

    /// The counts as the dashboard reads them now: `DashboardQuery` for statuses and lights, every unit's overdue leaves
    /// from the counters it reads its top ten from.
    static func tallied(_ j: JurisdictionRecord, today: LocalDate, services: AppServices) async throws -> Counts {
        let d = try await DashboardQuery.run(jurisdictionId: j.id, today: today, database: services.database)
        let red = try await services.database.sql.all(
            UnitCount.self,
            """
            SELECT t.lead_unit_id AS unit, CAST(SUM(t.n) AS BIGINT) AS n FROM item_red_counts t
            WHERE \(PathRange.condition(column: "t.jurisdiction_path", prefix: j.path)) GROUP BY t.lead_unit_id
            """)
        return Counts(
            status: Dictionary(uniqueKeysWithValues: d.byStatus.map { ($0.key, $0.count) }).filter { $0.value > 0 },
            light: Dictionary(uniqueKeysWithValues: d.byLight.map { ($0.key, $0.count) }).filter { $0.value > 0 },
            redByUnit: Dictionary(uniqueKeysWithValues: red.map { ($0.unit, $0.n) }).filter { $0.value > 0 })
    }

    static func expectAgreement(_ jurisdictions: [JurisdictionRecord], today: LocalDate, _ services: AppServices, _ when: String) async throws {
        for j in jurisdictions {
            let counted = try await fresh(j, today: today, on: services.database.sql)
            let read = try await tallied(j, today: today, services: services)
            #expect(read == counted, "\(when), \(j.name) on \(today.iso): counters \(read) vs items \(counted)")
        }
    }

    @Test func theCountersAgreeWithAFreshCountAfterARandomMixOfWrites() async throws {
        try await TestDatabase.withServices { services in
            // given: a city with two districts, a plan in each, units with and without short names
            let r = try await ReportingFixture.make(services)
            let f = r.f, l = r.ledger
            let other = try await f.jurisdiction("福田区", level: .district, code: "440304", parent: l.city.id)
            let otherUnit = try await f.unit("福田区发展和改革局", in: other.id)
            let otherPlan = try await f.plan("福田区2026年改革要点", in: other.id)
            let units = [l.reformOffice.id, l.developmentBureau.id, otherUnit.id]
            let jurisdictions = [l.city, l.district, other]
            var day = LocalDate.iso("2026-11-10")
            var random = Random(state: 20_261_206)
            var parents = [l.task.id]
            for _ in 0..<6 {
                let task = try await f.item("任务", plan: otherPlan.id, parent: nil, lead: random.pick(units))
                parents.append(task.id)
            }
            let statuses = LifecycleStatus.allCases
            func deadline() -> LocalDate? { random.int(0...9) == 0 ? nil : day.adding(days: random.int(-40...40)) }
            // The counters start counting at the dashboard's first read.
            try await Self.expectAgreement(jurisdictions, today: day, services, "at the start")

            // when: creations (some under leaves, which stop being leaves), edits of status, deadline and lead unit,
            // amendments, deletions, moving the day forward and back
            var leaves: [Int] = []  // the fixture's measure is kept for the report below
            for step in 0..<90 {
                switch random.int(0...9) {
                case 0...3:
                    let parent = random.int(0...3) == 0 && !leaves.isEmpty ? random.pick(leaves) : random.pick(parents)
                    let planId = try await f.reload(parent).planId
                    let item = try await f.item(
                        "举措\(step)", plan: planId, parent: parent, lead: random.pick(units), deadline: deadline(),
                        status: random.pick(statuses))
                    leaves.removeAll { $0 == parent }
                    if !parents.contains(parent) { parents.append(parent) }
                    leaves.append(item.id)
                case 4...5 where !leaves.isEmpty:
                    let id = random.pick(leaves)
                    let status = random.pick(statuses), due = deadline(), lead = random.pick(units)
                    try await f.update(id, reason: "调整") {
                        $0.status = status.rawValue
                        $0.deadline = (due ?? day).iso
                        $0.leadUnitID = lead
                        $0.ownPercent = status == .done ? "100" : "50"
                    }
                case 6 where !leaves.isEmpty:
                    let item = try await f.reload(random.pick(leaves))
                    if item.originalDeadline != nil {
                        _ = try await services.items.amend(
                            item.id, newDeadline: day.adding(days: random.int(1...60)).iso, input: .init(reason: "延期"), baseVersion: item.version,
                            actor: f.actor)
                    }
                case 7 where leaves.count > 1:
                    let id = random.pick(leaves)
                    try await services.items.delete(id, baseVersion: try await f.reload(id).version, actor: f.actor)
                    leaves.removeAll { $0 == id }
                case 8:
                    day = day.adding(days: random.int(-5...12))
                default:
                    try await Self.expectAgreement(jurisdictions, today: day, services, "after step \(step)")
                }
            }
            // a report accepted as done changes the item's progress
            _ = try await r.assignedAndSigned()
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: l.developmentBureau.id, r.draft(status: "done", percent: "100"), baseVersion: nil,
                by: r.liaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            _ = try await services.reports.act(report.id, .accept, baseVersion: report.version, by: r.office)
            try await Self.expectAgreement(jurisdictions, today: day, services, "after a report")
            // an import of a plan, then its undo
            let draft = try await services.imports.createDraft(
                .init(
                    kind: .text, filename: "要点.txt",
                    data: Data("福田区营商环境改革试点方案\n\n一、深化改革\n（一）推进试点。年底前完成。\n（二）推进第二项试点。2026年11月底前完成。".utf8)),
                target: ImportTarget(mode: .newPlan, jurisdictionId: other.id), actor: f.actor)
            _ = try await services.imports.commit(draft.record.id, actor: f.actor)
            try await Self.expectAgreement(jurisdictions, today: day, services, "after an import")
            _ = try await services.imports.undo(draft.record.id, confirmEdited: true, actor: f.actor)
            try await Self.expectAgreement(jurisdictions, today: day.adding(days: 400), services, "after undoing it, a year on")

            // then: the walk above wrote a fair mix (a test that checked nothing would pass as well)
            let counted = try await Self.fresh(l.city, today: day, on: f.sql)
            #expect(counted.status.count >= 4 && counted.light.count >= 3 && counted.redByUnit.count >= 2, "\(counted)")
            // and SQLite's triggers wrote the counters themselves, which the dashboard reads there without the deltas
            if !f.sql.isPostgres {
                #expect(try await f.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM item_tally_deltas") == 0)
            }
        }
    }

    @Test func theCountersHoldTheirDayAndTheDashboardMovesThem() async throws {
        try await TestDatabase.withServices { services in
            // given: an item due on 11-20, warned 3 days before, counted on 11-10
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            _ = try await f.item("到期举措", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, deadline: LocalDate.iso("2026-11-20"))
            let early = try await DashboardQuery.run(jurisdictionId: l.district.id, today: LocalDate.iso("2026-11-10"), database: services.database)
            // when
            let warned = try await DashboardQuery.run(jurisdictionId: l.district.id, today: LocalDate.iso("2026-11-18"), database: services.database)
            let late = try await DashboardQuery.run(jurisdictionId: l.district.id, today: LocalDate.iso("2026-11-21"), database: services.database)
            let asOf = try await f.sql.scalar(String.self, column: "as_of", "SELECT as_of FROM item_tally_state")
            // then
            func lights(_ d: Dashboard) -> [String] { d.byLight.filter { $0.count > 0 }.map(\.key) }
            #expect(lights(early) == ["green"] && lights(warned) == ["yellow"] && lights(late) == ["red"])
            #expect(late.overdueByUnit.map(\.unitId) == [l.developmentBureau.id])
            #expect(asOf == "2026-11-21")
        }
    }
}
