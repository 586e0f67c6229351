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

    @Test func legendEntriesDoNotOverlapEvenWithLongChineseLabels() throws {
        // given: the landing chart's three series, the middle one a long label with full-width brackets
        let labels = ["正式落地", "推进中（含取得实质性进展、落地见效）", "事项总数"]
        let series = labels.map { ChartSeries(label: $0, values: [1, 2, 3], color: "#2e7d32") }
        // when
        let root = try #require(SVGNode.parse(LineChart.render(xLabels: ["1月", "2月", "3月"], series: series, title: "落地")))
        // then: each entry's swatch starts after the previous label's end (12 px per character, as drawn)
        let swatches = root.all(withClass: "rc-legend").compactMap { $0.number("x") }
        #expect(swatches.count == 3)
        for i in 1..<swatches.count {
            let labelEnd = swatches[i - 1] + 14 + Double(labels[i - 1].count) * 12
            #expect(swatches[i] >= labelEnd, "entry \(i) starts at \(swatches[i]), the label before ends at \(labelEnd)")
        }
    }
}
