import Testing

@testable import ReformCharts

struct ProgressBarsTests {
    @Test func fillIsProportionalToThePercentAndClamped() throws {
        // given
        let data = [
            ChartDatum(label: "经济体制改革", value: 72.46),
            ChartDatum(label: "民生", value: 130),
            ChartDatum(label: "生态", value: -3, color: "#00838f")
        ]
        // when
        let root = try #require(SVGNode.parse(ProgressBars.render(data, title: "各领域完成率")))
        // then
        let track = try #require(root.all(withClass: "rc-track").first?.number("width"))
        let fills = root.all(withClass: "rc-fill").compactMap { $0.number("width") }
        #expect(abs(fills[0] - track * 0.7246) < 0.1)
        #expect(fills[1] == track)
        #expect(fills[2] == 0)
        #expect(root.all(withClass: "rc-value").map(\.visibleText) == ["72.5%", "100%", "0%"])
        #expect(root.all(withClass: "rc-fill").map { $0["fill"] } == [ChartPalette.blue, ChartPalette.blue, "#00838f"])
    }

    @Test func rowsLinkToTheFilteredLedger() throws {
        // given
        let data = [ChartDatum(label: "经济", value: 50, link: "/ledger?field=1"), ChartDatum(label: "社会", value: 20)]
        // when
        let root = try #require(SVGNode.parse(ProgressBars.render(data, title: "t")))
        // then
        let rows = root.all(withClass: "rc-progress-row")
        #expect(rows.count == 2)
        #expect(rows[0].parent?.name == "a")
        #expect(rows[0].parent?["href"] == "/ledger?field=1")
        #expect(rows[1].parent?.name == "svg")
    }

    @Test func noDataGivesTheTitleAndAnEmDash() throws {
        // when
        let root = try #require(SVGNode.parse(ProgressBars.render([], title: "各领域完成率")))
        // then
        #expect(root.visibleText.contains("各领域完成率"))
        #expect(root.visibleText.contains("—"))
        #expect(root.all(withClass: "rc-track").isEmpty)
    }
}
