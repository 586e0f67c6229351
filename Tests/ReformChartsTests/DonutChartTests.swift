import Testing

@testable import ReformCharts

struct DonutChartTests {
    @Test func zeroValuesDrawNoSliceButKeepTheirLegendRow() throws {
        // given
        let data = [
            ChartDatum(label: "正常", value: 40, color: ChartPalette.green),
            ChartDatum(label: "临期", value: 0, color: ChartPalette.yellow),
            ChartDatum(label: "逾期", value: 10, color: ChartPalette.red, link: "/ledger?light=red")
        ]
        // when
        let root = try #require(SVGNode.parse(DonutChart.render(data, centerLabel: "事项总数", centerValue: "50", title: "进度灯")))
        // then
        let slices = root.all(withClass: "rc-slice")
        #expect(slices.map { $0["fill"] } == ["#2e7d32", "#c62828"])
        #expect(slices.last?.parent?.name == "a")
        let legend = root.all(withClass: "rc-legend-row")
        #expect(legend.count == 3)
        #expect(legend.map { $0.all(withClass: "rc-value").first?.visibleText } == ["40", "0", "10"])
        #expect(root.all(withClass: "rc-center-value").first?.visibleText == "50")
        #expect(root.all(withClass: "rc-center-label").first?.visibleText == "事项总数")
    }

    @Test func sliceArcsUseTheLargeArcFlagOnlyPastHalf() throws {
        // given
        let data = [ChartDatum(label: "a", value: 3), ChartDatum(label: "b", value: 1)]
        // when
        let root = try #require(SVGNode.parse(DonutChart.render(data, centerLabel: "", centerValue: "4", title: "t")))
        // then
        let paths = root.all(withClass: "rc-slice").compactMap { $0["d"] }
        #expect(paths.count == 2)
        #expect(paths[0].contains(" 0 1 1 "))
        #expect(paths[1].contains(" 0 0 1 "))
    }

    @Test func allZeroDrawsAnEmptyGreyRing() throws {
        // given
        let data = [ChartDatum(label: "正常", value: 0), ChartDatum(label: "逾期", value: 0)]
        // when
        let root = try #require(SVGNode.parse(DonutChart.render(data, centerLabel: "事项总数", centerValue: "0", title: "进度灯")))
        // then
        #expect(root.all(withClass: "rc-slice").isEmpty)
        let ring = try #require(root.all(withClass: "rc-empty-ring").first)
        #expect(ring["stroke"] == ChartPalette.lightGrey)
    }

    @Test func singleNonZeroValueIsAFullRing() throws {
        // given
        let data = [ChartDatum(label: "正常", value: 5), ChartDatum(label: "逾期", value: 0)]
        // when
        let root = try #require(SVGNode.parse(DonutChart.render(data, centerLabel: "", centerValue: "5", title: "t")))
        // then
        let slices = root.all(withClass: "rc-slice")
        #expect(slices.count == 1)
        #expect(slices.first?.name == "circle")
    }

    @Test func legendLabelsAreEscapedAndTruncated() throws {
        // given
        let long = "市发展和改革委员会<牵头>、市财政局&市人力资源和社会保障局配合推进的事项"
        // when
        let root = try #require(SVGNode.parse(DonutChart.render([ChartDatum(label: long, value: 1)], centerLabel: "c", centerValue: "1", title: "t")))
        // then
        let label = try #require(root.all(withClass: "rc-label").first)
        #expect(label.visibleText.hasSuffix("…"))
        #expect(label.titles == [long])
    }

    @Test func noDataGivesTheTitleAndAnEmDash() throws {
        // when
        let root = try #require(SVGNode.parse(DonutChart.render([], centerLabel: "c", centerValue: "0", title: "进度灯")))
        // then
        #expect(root.visibleText.contains("进度灯"))
        #expect(root.visibleText.contains("—"))
    }

    @Test func theLegendRowIsTheLinkAScreenReaderReadsAndTheDescriptionGivesEveryShare() throws {
        // given
        let data = [
            ChartDatum(label: "正常", value: 30, link: "/ledger?light=green"),
            ChartDatum(label: "逾期", value: 10, link: "/ledger?light=red")
        ]
        // when
        let root = try #require(SVGNode.parse(DonutChart.render(data, centerLabel: "事项总数", centerValue: "40", title: "进度灯")))
        // then
        #expect(root["role"] == "group")
        #expect(root.all("desc").first?.text == "正常：30 (75%)；逾期：10 (25%)")
        let links = root.all("a")
        let slices = links.filter { $0["aria-hidden"] == "true" }
        #expect(slices.count == 2 && slices.allSatisfy { $0["tabindex"] == "-1" })
        #expect(links.filter { $0["aria-hidden"] == nil }.map { $0["aria-label"] } == ["正常: 30 (75%)", "逾期: 10 (25%)"])
    }
}
