import ReformCore
import Testing

@testable import App

/// The ranking page shows a hundred units at a time (a province ranks over a thousand, and rendering them all took most of
/// the page's time); the print page shows every unit.
struct RankingPagingTests {
    static func view(units: Int, page: Int?) -> RankingView {
        let j = JurisdictionRecord(
            id: 7, name: "示例省", level: "province", divisionCode: "", parentId: nil, path: "/7/", depth: 0, version: 1, createdAt: "",
            updatedAt: "")
        let principal = Principal(userId: 1, username: "o", displayName: "o", role: .office, jurisdictionId: 7, jurisdictionPath: "/7/")
        let request = RankingRequest(jurisdiction: j, asOf: LocalDate(iso: "2026-11-30")!, plan: nil, principal: principal)
        let lines = (0..<units).map { $0 + 1 }.map { n in
            UnitRanking(
                unitId: n, unitName: "单位\(n)", reportsDue: 0, reportsOnTime: 0, onTimeRate: nil, overdueItems: 0, averageReviewDays: nil,
                components: [], score: Double(units - n), rank: n, tied: false)
        }
        let result = RankingResult(
            asOf: request.asOf, planId: nil, weights: RankingWeightsInForce(weights: .defaults, source: nil), units: Array(lines))
        return RankingView(
            request, result: result, page: page, plans: [], canConfigure: false, printedAt: "", today: request.asOf, .zh)
    }

    @Test func aPageShowsAHundredUnitsWithLinksOnAndBack() {
        let second = Self.view(units: 250, page: 2)
        #expect(second.rows.map(\.unitId) == Array(101...200))
        #expect(second.paged && second.hasPrev && second.hasNext)
        #expect(second.prevURL == "/jurisdictions/7/ranking?asOf=2026-11-30&page=1")
        #expect(second.nextURL == "/jurisdictions/7/ranking?asOf=2026-11-30&page=3")
        #expect(second.pageText == "第 2 页，共 3 页（250 个单位）")
        let beyond = Self.view(units: 250, page: 9)
        #expect(beyond.rows.map(\.unitId) == Array(201...250))
        #expect(!beyond.hasNext && beyond.hasPrev)
    }

    @Test func printShowsEveryUnitAndASmallRankingHasNoPager() {
        #expect(Self.view(units: 250, page: nil).rows.count == 250)
        #expect(!Self.view(units: 250, page: nil).paged)
        let small = Self.view(units: 40, page: 1)
        #expect(small.rows.count == 40 && !small.paged)
    }
}

/// The dashboard ranks the units of its subtree inline only up to `DashboardPages.inlineRankingUnits` (a national view holds
/// 50,000 and ranking them took seconds a view); above it the page says so and links to the paged ranking.
struct DashboardRankingSizeTests {
    @Test func aSubtreeWithMoreUnitsThanTheLimitLinksToTheRankingInstead() async throws {
        try await TestApp.run { services, client in
            // given: a district with a ranked unit, then with more units than the limit
            let l = try await SmallLedger.make(Fixtures(services: services))
            let before = try await client.get("/dashboard/\(l.district.id)").text
            try await services.database.sql.raw(
                """
                WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < \(bind: DashboardPages.inlineRankingUnits))
                INSERT INTO units (jurisdiction_id, name, short_names, version, created_at, updated_at)
                SELECT \(bind: l.district.id), '批量单位' || CAST(k AS TEXT), '', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n
                """
            ).run()
            // when
            let after = try await client.get("/dashboard/\(l.district.id)").text
            // then
            #expect(!before.contains("此处不逐一排名"))
            #expect(after.contains("本级及下级单位超过 5000 个，此处不逐一排名"))
            #expect(after.contains("/jurisdictions/\(l.district.id)/ranking"))
        }
    }
}
