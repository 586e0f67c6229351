import ReformCore
import Testing

@testable import ReformCharts

/// Which levels a large plan's wall chart draws, and how a roll-up bar looks.
struct WallChartLevelTests {
    @Test func aPlanThatFitsIsDrawnInFull() {
        #expect(WallChartLevel.depth(itemsByDepth: [0: 20, 1: 180, 2: 1_800]) == nil)
        #expect(WallChartLevel.depth(itemsByDepth: [:]) == nil)
    }

    @Test func aLargePlanIsDrawnDownToTheDeepestLevelThatFits() {
        // fields and tasks fit, measures do not
        #expect(WallChartLevel.depth(itemsByDepth: [0: 20, 1: 1_500, 2: 60_000, 3: 40_000]) == 1)
        // exactly at the limit still fits
        #expect(WallChartLevel.depth(itemsByDepth: [0: 500, 1: 1_500, 2: 1]) == 1)
        // even the fields do not fit: the top level all the same
        #expect(WallChartLevel.depth(itemsByDepth: [0: 3_000, 1: 90_000]) == 0)
    }

    @Test func anExpandedItemShowsAtLeastTheLevelBelowIt() {
        // given: a task (depth 1) with 5,000 measures under it
        let counts = [1: 1, 2: 5_000]
        // then: its measures, though more than the limit (else expanding would show the task alone again)
        #expect(WallChartLevel.depth(itemsByDepth: counts, minimum: 2) == 2)
        // and the deeper levels that fit as well
        #expect(WallChartLevel.depth(itemsByDepth: [1: 1, 2: 30, 3: 3_000], minimum: 2) == 2)
        #expect(WallChartLevel.depth(itemsByDepth: [1: 1, 2: 30, 3: 3_000, 4: 200], limit: 3_100, minimum: 2) == 3)
        // (and a part that fits in full is drawn in full)
        #expect(WallChartLevel.depth(itemsByDepth: [1: 1, 2: 30, 3: 3_000, 4: 9], limit: 3_100, minimum: 2) == nil)
    }

    @Test func aRollupBarIsMarkedAndSaysWhatItStandsFor() throws {
        // given
        let options = WallChartOptions(
            today: LocalDate(iso: "2024-07-01")!, rangeStart: LocalDate(iso: "2024-01-01"), rangeEnd: LocalDate(iso: "2024-12-31"))
        let rollup = WallChartRow(
            id: 7, number: "（三）", title: "深化政府采购制度改革", start: LocalDate(iso: "2024-02-01"), deadline: LocalDate(iso: "2024-11-30"),
            status: .inProgress, light: .green, percent: 37.5, link: "/plans/1/wallchart?expand=7", hiddenItems: 12)
        let plain = WallChartRow(id: 8, number: "1.", title: "建立采购意向公开制度", deadline: LocalDate(iso: "2024-08-31"), link: "/items/8")
        // when
        let svg = WallChart.render(rows: [rollup, plain], options: options, title: "挂图")
        // then
        let root = try #require(SVGNode.parse(svg))
        let rows = root.all(withClass: "wc-row")
        #expect(rows.count == 2)
        #expect(rows[0].hasClass("wc-rollup") && !rows[1].hasClass("wc-rollup"))
        #expect(rows[0].visibleText.contains("▸ （三）") && !rows[1].visibleText.contains("▸"))
        #expect(rows[0].titles.first?.contains("含 12 项下级事项，点击展开") == true)
        #expect(rows[0].titles.first?.contains("37.5%") == true)
        #expect(svg.contains("href=\"/plans/1/wallchart?expand=7\""))
        var englishOptions = options
        englishOptions.labels = .english
        let english = WallChart.render(rows: [rollup], options: englishOptions, title: "Chart")
        #expect(english.contains("12 sub-items: click to expand"))
    }
}
