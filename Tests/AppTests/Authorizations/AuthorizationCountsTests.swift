import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// The register's counts as the database computes them (issue 13's speed) against the plain reference in ReformCore
/// (`LandingTally` over every change), on histories that climb and fall back, with two changes on one day; and the counts
/// kept under the register's stamp are made again after any write, through the service or straight to the table.
struct AuthorizationCountsTests {
    /// A small deterministic generator (the histories must be the same on every run).
    struct Steps {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test func theDatabaseCountsAgreeWithTheReferenceOnEveryDayAndMonthEnd() async throws {
        try await TestDatabase.withServices { services in
            // given: 24 items over two receiving jurisdictions and six areas, each with a history of up to five changes
            let x = try await AuthorizationFixture.make(services)
            var steps = Steps(state: 20_261_120)
            var day: [Int: LocalDate] = [:]
            for n in 3...24 {
                let item = try await services.authorizations.createItem(
                    batchId: x.batch.id,
                    AuthorizationFixture.input(
                        n, area: AuthorizationAreas.standard[n % 6], jurisdiction: n % 3 == 0 ? x.longhua.id : x.shenzhen.id,
                        on: LocalDate(iso: "2020-10-11")!.adding(days: steps.next(400)).iso),
                    by: x.office)
                day[item.id] = LocalDate(iso: item.statusOn)!
            }
            let ids = try await services.database.sql.all(IDRow.self, "SELECT id FROM authorization_items ORDER BY id").map(\.id)
            for id in ids {
                for _ in 0..<steps.next(6) {
                    let item = try await AuthorizationQueries.item(id, on: services.database.sql)!
                    // Same day now and then (the later recorded wins), else some weeks on; never past today.
                    let next = min(
                        TestClock.today, (day[id] ?? LocalDate(iso: item.statusOn)!).adding(days: steps.next(3) == 0 ? 0 : steps.next(200)))
                    var status = LandingStatus.allCases[steps.next(5)]
                    if status.rawValue == item.status { status = status == .landed ? .progressing : .landed }
                    _ = try await services.authorizations.recordStatus(
                        id, status: status.rawValue, effectiveOn: next.iso, note: "", baseVersion: item.version, by: x.office)
                    day[id] = next
                }
            }
            let sql = services.database.sql
            let filters: [(String, AuthorizationFilter, String?)] = [
                ("all", AuthorizationFilter(), nil),
                (
                    "area",
                    {
                        var f = AuthorizationFilter()
                        f.area = AuthorizationAreas.standard[2]
                        return f
                    }(), nil
                ),
                ("district", AuthorizationFilter(), x.longhua.path),
                // A province's and a city's subtrees: their roll-ups among the counters by month (a district's is its range).
                ("province", AuthorizationFilter(), x.guangdong.path),
                ("city", AuthorizationFilter(), x.shenzhen.path),
                // A phrase needs the items: the one filter here counted through the join rather than the changes alone.
                (
                    "phrase",
                    {
                        var f = AuthorizationFilter()
                        f.q = "事项1"
                        return f
                    }(), nil
                )
            ]
            let days = ["2020-10-10", "2020-10-11", "2020-12-31", "2021-03-15", "2021-06-30", "2022-01-01", "2023-07-31", "2026-11-20"]
            for (name, f, path) in filters {
                let rows = try await AuthorizationQueries.tallyRows(f, scope: nil, jurisdictionPath: path, on: sql)
                let changes = rows.map {
                    LandingChange(
                        itemId: $0.itemId, status: LandingStatus(rawValue: $0.status)!, effectiveOn: LocalDate(iso: $0.effectiveOn)!, sequence: $0.id)
                }
                let areaOf = Dictionary(rows.map { ($0.itemId, $0.area) }, uniquingKeysWith: { a, _ in a })
                let batchOf = Dictionary(rows.map { ($0.itemId, String($0.batchId)) }, uniquingKeysWith: { a, _ in a })
                for d in days.map({ LocalDate(iso: $0)! }) {
                    // when
                    let counts = try await AuthorizationCounts.load(f, scope: nil, jurisdictionPath: path, asOf: d, today: TestClock.today, on: sql)
                    // then
                    let reference = LandingTally.count(changes, asOf: d, key: { areaOf[$0] })
                    #expect(counts.all == reference.all, "\(name) as of \(d.iso)")
                    #expect(Dictionary(uniqueKeysWithValues: counts.byArea.map { ($0.key, $0.count) }) == reference.groups, "\(name) as of \(d.iso)")
                    let byBatch = LandingTally.count(changes, asOf: d, key: { batchOf[$0] }).groups
                    #expect(Dictionary(uniqueKeysWithValues: counts.byBatch.map { ($0.key, $0.count) }) == byBatch, "\(name) by batch as of \(d.iso)")
                    #expect(counts.series == LandingTally.series(changes, at: counts.days), "\(name): the chart as of \(d.iso)")
                    #expect(counts.days.last == d)
                }
            }
        }
    }

    @Test func keptCountsAreMadeAgainAfterAnyWrite() async throws {
        try await TestDatabase.withServices { services in
            // given
            let x = try await AuthorizationFixture.make(services)
            let sql = services.database.sql
            let cache = RegisterCache()
            func load() async throws -> AuthorizationCounts {
                try await AuthorizationCounts.load(
                    AuthorizationFilter(), scope: nil, jurisdictionPath: nil, asOf: TestClock.today, today: TestClock.today, cache: cache, on: sql)
            }
            let first = try await load()
            let again = try await load()
            let kept = cache.count
            // when: a change through the service, then a write straight to the table
            _ = try await services.authorizations.recordStatus(
                x.cityItem.id, status: "landed", effectiveOn: "2021-05-01", note: "", baseVersion: x.cityItem.version, by: x.office)
            let afterService = try await load()
            let keptAfterWrite = cache.count
            try await sql.raw("UPDATE authorization_items SET area = '对外开放' WHERE id = \(bind: x.districtItem.id)").run()
            let afterSQL = try await load()
            // As of a past day the counts read the changes' own copy of the area, which the move reached (migration 0037).
            let pastAfterSQL = try await AuthorizationCounts.load(
                AuthorizationFilter(), scope: nil, jurisdictionPath: nil, asOf: LocalDate(iso: "2021-06-01")!, today: TestClock.today,
                cache: cache, on: sql)
            // then
            // Kept: the counts, the batches, the months and the chart.
            #expect(first.all.landed == 0 && again.all == first.all && kept == 4)
            #expect(afterService.all.landed == 1 && keptAfterWrite == 8)
            #expect(afterSQL.byArea.map(\.key) == ["营商环境", "对外开放"])
            #expect(pastAfterSQL.byArea.map(\.key) == ["营商环境", "对外开放"] && pastAfterSQL.all.total == 2)
        }
    }

    @Test func aNationalRegisterListsFiftyBatchesAndSaysHowManyMore() {
        // given: the counts of 2,500 batches
        let groups = (1...2_500).map { AuthorizationCounts.Group(key: String($0), label: "第\($0)批", count: LandingCount()) }
        let counts = AuthorizationCounts(
            asOf: TestClock.today, all: LandingCount(), byBatch: Array(groups.prefix(50)), batchCount: 2_500, byArea: [], days: [], series: [])
        let few = AuthorizationCounts(
            asOf: TestClock.today, all: LandingCount(), byBatch: Array(groups.prefix(50)), batchCount: 50, byArea: [], days: [], series: [])
        // then
        #expect(counts.moreBatches(.zh) == "另有2450个批次未列出：选择地区或批次查看。")
        #expect(counts.moreBatches(.en) == "2450 more batches are not listed: choose a jurisdiction or a batch.")
        #expect(few.moreBatches(.zh).isEmpty)
    }

    /// A page lists the first batches only: as of a past day it counts those batches and tells how many have an item in
    /// force from each batch's first day, which must agree with counting every batch.
    @Test func aPageCountsItsFirstBatchesAndHowManyThereAreAsOfAnyDay() async throws {
        try await TestDatabase.withServices { services in
            // given: four more batches, each with items whose first change is later the later the batch (the first batch
            // from 2020-10-11), some moved on since
            let x = try await AuthorizationFixture.make(services)
            let ordinals = ["第二批", "第三批", "第四批", "第五批"]
            for (k, ordinal) in ordinals.enumerated() {
                let start = LocalDate(iso: "2020-10-11")!.adding(days: 120 * (k + 1))
                let batch = try await services.authorizations.createBatch(
                    .init(
                        jurisdictionId: x.shenzhen.id, ordinal: ordinal, title: ordinal + "授权事项清单", issuer: "国家发展改革委",
                        docNumber: "", issuedOn: start.iso),
                    by: x.office)
                for n in 1...3 {
                    let item = try await services.authorizations.createItem(
                        batchId: batch.id,
                        AuthorizationFixture.input(
                            10 * (k + 1) + n, area: AuthorizationAreas.standard[n], jurisdiction: n == 2 ? x.longhua.id : x.shenzhen.id,
                            on: start.adding(days: 10 * n).iso),
                        by: x.office)
                    if n != 3 {
                        _ = try await services.authorizations.recordStatus(
                            item.id, status: "landed", effectiveOn: start.adding(days: 60).iso, note: "", baseVersion: item.version, by: x.office)
                    }
                }
            }
            let sql = services.database.sql
            var area = AuthorizationFilter()
            area.area = AuthorizationAreas.standard[1]
            var phrase = AuthorizationFilter()
            phrase.q = "授权事项2"
            let filters: [(String, AuthorizationFilter, String?)] = [
                ("all", AuthorizationFilter(), nil), ("area", area, nil), ("district", AuthorizationFilter(), x.longhua.path), ("phrase", phrase, nil)
            ]
            let days = ["2020-10-10", "2020-10-11", "2021-02-20", "2021-03-01", "2021-07-01", "2022-01-15", "2022-06-01", "2026-11-20"]
            for (name, f, path) in filters {
                for d in days.map({ LocalDate(iso: $0)! }) {
                    // when
                    let every = try await AuthorizationCounts.load(
                        f, scope: nil, jurisdictionPath: path, asOf: d, today: TestClock.today, series: false, on: sql)
                    let firstTwo = try await AuthorizationCounts.load(
                        f, scope: nil, jurisdictionPath: path, asOf: d, today: TestClock.today, series: false, batchLimit: 2, on: sql)
                    // then
                    let shown = every.byBatch.prefix(2)
                    #expect(firstTwo.byBatch.map(\.key) == shown.map(\.key), "\(name) as of \(d.iso)")
                    #expect(firstTwo.byBatch.map(\.count) == shown.map(\.count), "\(name) as of \(d.iso)")
                    #expect(firstTwo.batchCount == every.byBatch.count && every.batchCount == every.byBatch.count, "\(name) as of \(d.iso)")
                    #expect(firstTwo.all == every.all, "\(name) as of \(d.iso)")
                }
            }
            // and the days chosen see a growing number of batches: none, then one, …, then all five
            var seen: [Int] = []
            for d in days {
                seen.append(
                    try await AuthorizationCounts.load(
                        AuthorizationFilter(), scope: nil, jurisdictionPath: nil, asOf: LocalDate(iso: d)!, today: TestClock.today, series: false,
                        batchLimit: 2, on: sql
                    ).batchCount)
            }
            #expect(seen == [0, 1, 2, 2, 3, 4, 5, 5])
        }
    }

    struct IDRow: Decodable { var id: Int }
}
