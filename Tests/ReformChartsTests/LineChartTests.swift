import Testing

@testable import ReformCharts

struct LineChartTests {
    @Test func theLastMonthsLabelEndsAtItsPointSoTheMarginDoesNotCutIt() throws {
        // given: 75 month ends, the last one 2026年12月
        let labels = (0..<75).map { k in "\(2020 + (k + 9) / 12)年\((k + 9) % 12 + 1)月" }
        let values = (0..<75).map(Double.init)
        // when
        let root = try #require(
            SVGNode.parse(LineChart.render(xLabels: labels, series: [ChartSeries(label: "正式落地", values: values, color: "#2e7d32")], title: "落地")))
        // then
        // (the month labels: the labels on the bottom line)
        let height = try #require(root.number("height"))
        let shown = root.all(withClass: "rc-label").filter { $0.name == "text" && $0.number("y") == height - 10 }
        #expect(shown.first?.visibleText == "2020年10月" && shown.first?["text-anchor"] == "middle")
        #expect(shown.last?.visibleText == "2026年12月" && shown.last?["text-anchor"] == "end")
        // and the label ends inside the drawing
        let width = try #require(root.number("width"))
        #expect((shown.last?.number("x") ?? .infinity) <= width)
    }
}
