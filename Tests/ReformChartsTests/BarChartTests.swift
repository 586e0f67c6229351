import Testing

@testable import ReformCharts

struct BarChartTests {
    private let data = [
        ChartDatum(label: "经济体制改革", value: 40),
        ChartDatum(label: "生态文明", value: 20, color: "#123456"),
        ChartDatum(label: "社会治理", value: 10, link: "/ledger?field=3&light=red")
    ]

    @Test func drawsOneBarPerDatumScaledToTheLargestValue() throws {
        // when
        let root = try #require(SVGNode.parse(BarChart.horizontal(data, valueSuffix: "项", title: "各领域事项数")))
        // then
        let bars = root.all(withClass: "rc-bar")
        #expect(bars.count == 3)
        let widths = bars.compactMap { $0.number("width") }
        #expect(abs(widths[1] - widths[0] / 2) < 0.1)
        #expect(abs(widths[2] - widths[0] / 4) < 0.1)
        #expect(root.all(withClass: "rc-value").map(\.visibleText) == ["40项", "20项", "10项"])
    }

    @Test func maxValueSetsTheFullLength() throws {
        // given
        let half = [ChartDatum(label: "A", value: 50), ChartDatum(label: "B", value: 100)]
        // when
        let root = try #require(SVGNode.parse(BarChart.horizontal(half, maxValue: 200, title: "t")))
        // then
        let widths = root.all(withClass: "rc-bar").compactMap { $0.number("width") }
        let axisX = try #require(root.all(withClass: "rc-axis").first?.number("x1"))
        #expect(abs(widths[0] * 2 - widths[1]) < 0.1)
        #expect(axisX + widths[1] * 2 < 560)
    }

    @Test func colorsPassThroughOrComeFromThePalette() throws {
        // when
        let root = try #require(SVGNode.parse(BarChart.horizontal(data, title: "t")))
        // then
        let fills = root.all(withClass: "rc-bar").map { $0["fill"] }
        #expect(fills == [ChartPalette.series[0], "#123456", ChartPalette.series[2]])
    }

    @Test func linkWrapsTheBarAndIsEscaped() throws {
        // when
        let svg = BarChart.horizontal(data, title: "t")
        // then
        #expect(svg.contains("href=\"/ledger?field=3&amp;light=red\""))
        let root = try #require(SVGNode.parse(svg))
        let anchors = root.all("a")
        #expect(anchors.count == 1)
        #expect(anchors.first?.all(withClass: "rc-bar").count == 1)
    }

    @Test func labelsAreEscapedAndTruncatedWithTheFullLabelInATitle() throws {
        // given
        let long = "关于<深化>“放管服”改革&优化营商环境的\"若干措施\"及配套政策文件"
        // when
        let svg = BarChart.horizontal([ChartDatum(label: long, value: 3)], title: "A<B>&\"C\"")
        // then
        let root = try #require(SVGNode.parse(svg))
        #expect(root.titles.first == "A<B>&\"C\"")
        let label = try #require(root.all(withClass: "rc-label").first)
        #expect(label.visibleText.hasSuffix("…"))
        #expect(label.titles == [long])
        #expect(TextMetrics.width(label.visibleText, fontSize: 12) <= 560 * 0.32)
    }

    @Test func nonFiniteAndNegativeValuesDrawEmptyBars() throws {
        // given
        let odd = [ChartDatum(label: "a", value: .nan), ChartDatum(label: "b", value: -5), ChartDatum(label: "c", value: .infinity)]
        // when
        let root = try #require(SVGNode.parse(BarChart.horizontal(odd, title: "t")))
        // then
        #expect(root.all(withClass: "rc-bar").compactMap { $0.number("width") } == [0, 0, 0])
    }

    @Test func noDataGivesTheTitleAndAnEmDash() throws {
        // when
        let root = try #require(SVGNode.parse(BarChart.horizontal([], title: "各领域事项数")))
        // then
        #expect(root.visibleText.contains("各领域事项数"))
        #expect(root.all(withClass: "rc-empty").first?.visibleText == "—")
        #expect(root.all(withClass: "rc-bar").isEmpty)
    }

    @Test func rootIsAnAccessibleResponsiveSVG() throws {
        // when
        let root = try #require(SVGNode.parse(BarChart.horizontal(data, width: 600, title: "标题")))
        // then
        #expect(root["role"] == "group", "a chart with links is a group: an image's links could not be reached")
        #expect(root["width"] == "600")
        #expect(root["viewBox"]?.hasPrefix("0 0 600 ") == true)
        #expect(root["style"]?.contains("width:100%") == true)
        #expect(root["font-family"] == "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif")
        let titleId = try #require(root["aria-labelledby"])
        #expect(root.all("title").first { $0["id"] == titleId }?.text == "标题")
    }

    @Test func saysEveryValueAsItsTextAlternative() throws {
        // given
        let plain = data.map { ChartDatum(label: $0.label, value: $0.value) }
        // when
        let chinese = try #require(SVGNode.parse(BarChart.horizontal(plain, valueSuffix: "项", title: "各领域事项数")))
        let english = try #require(SVGNode.parse(BarChart.horizontal(plain, title: "Items by field")))
        // then
        #expect(chinese["role"] == "img")
        let descId = try #require(chinese["aria-describedby"])
        #expect(chinese.all("desc").first { $0["id"] == descId }?.text == "经济体制改革：40项；生态文明：20项；社会治理：10项")
        #expect(english.all("desc").first?.text == "经济体制改革: 40; 生态文明: 20; 社会治理: 10")
    }

    @Test func namesEachLinkWithItsLabelAndValue() throws {
        // when
        let root = try #require(SVGNode.parse(BarChart.horizontal(data, valueSuffix: "项", title: "t")))
        // then
        let links = root.all("a")
        #expect(links.count == 1)
        #expect(links.first?["aria-label"] == "社会治理: 10项")
    }
}
