/// One line of a line chart: a value at each point of the x axis.
public struct ChartSeries: Sendable, Hashable {
    public var label: String
    public var values: [Double]
    /// A CSS colour; nil picks the next colour of `ChartPalette.series`.
    public var color: String?

    public init(label: String, values: [Double], color: String? = nil) {
        self.label = label
        self.values = values
        self.color = color
    }
}

/// Lines over time (e.g. items landed and progressing at each month's end): a legend, a y axis from 0, and a label under
/// the first, the last and a few points between.
public enum LineChart {
    public static func render(
        xLabels: [String], series: [ChartSeries], maxValue: Double? = nil, width: Int = 640, height: Int = 260, title: String
    ) -> String {
        let points = xLabels.count
        guard points > 0, !series.isEmpty else { return ChartFrame.empty(kind: "line", title: title, width: width) }
        let width = max(280, min(width, 4000))
        let height = max(160, min(height, 2000))
        let w = Double(width), h = Double(height)
        // The frame's font size (ChartFrame.open): the legend's labels are measured at the size they are drawn.
        let fontSize = 12.0
        let left = 40.0, right = 16.0, top = 52.0, bottom = 30.0
        let plotW = w - left - right, plotH = h - top - bottom
        var scaleMax = series.flatMap(\.values).map(ChartFrame.finite).max() ?? 0
        if let maxValue, maxValue.isFinite, maxValue > 0 { scaleMax = max(scaleMax, maxValue) }
        if scaleMax <= 0 { scaleMax = 1 }
        func x(_ i: Int) -> Double { points == 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(points - 1) }
        func y(_ v: Double) -> Double { top + plotH - plotH * max(0, ChartFrame.finite(v)) / scaleMax }

        let id = ChartFrame.id(kind: "line", title: title, salt: points * 31 + series.count)
        var out = SVGWriter(capacity: 2048 + points * series.count * 24)
        // What a screen reader hears: each line's last value (the latest point, e.g. today).
        let description = ChartFrame.describe(series.map { s in (s.label, SVGWriter.format(s.values.last ?? 0)) }, title: title)
        ChartFrame.open(&out, kind: "line", id: id, width: width, height: height, title: title, description: description, capWidth: true)
        ChartFrame.heading(&out, title: title, x: 8, y: 20, maxWidth: w - 16)
        // Legend.
        var legendX = left
        for (i, s) in series.enumerated() {
            let color = ChartPalette.color(s.color, index: i)
            out.raw("<rect class=\"rc-legend\"")
            out.attr("x", legendX)
            out.attr("y", 30)
            out.attr("width", 10)
            out.attr("height", 10)
            out.attr("fill", color)
            out.raw("/><text class=\"rc-label\"")
            out.attr("x", legendX + 14)
            out.attr("y", 39)
            out.raw(">")
            out.text(s.label)
            out.raw("</text>")
            legendX += 24 + TextMetrics.width(s.label, fontSize: fontSize)
        }
        // Grid and y labels at 0, half and the top.
        for fraction in [0.0, 0.5, 1.0] {
            let v = scaleMax * fraction
            out.raw("<line class=\"rc-grid\"")
            out.attr("x1", left)
            out.attr("y1", y(v))
            out.attr("x2", left + plotW)
            out.attr("y2", y(v))
            out.raw(" stroke=\"#e0e0e0\" stroke-width=\"1\" shape-rendering=\"crispEdges\"/><text class=\"rc-value\"")
            out.attr("x", left - 6)
            out.attr("y", y(v) + 4)
            out.raw(" text-anchor=\"end\">")
            out.text(SVGWriter.format((v * 10).rounded() / 10))
            out.raw("</text>")
        }
        // x labels: the first, the last, and about five between; the last ends at its point, so the plot's right margin
        // does not cut it (2026年12月 is wider than the margin).
        let every = max(1, (points - 1) / 6)
        for i in 0..<points where i == 0 || i == points - 1 || (i % every == 0 && points - 1 - i >= every / 2) {
            out.raw("<text class=\"rc-label\"")
            out.attr("x", x(i))
            out.attr("y", h - 10)
            out.raw(points > 1 && i == points - 1 ? " text-anchor=\"end\">" : " text-anchor=\"middle\">")
            out.text(xLabels[i])
            out.raw("</text>")
        }
        for (i, s) in series.enumerated() {
            let color = ChartPalette.color(s.color, index: i)
            out.raw("<polyline class=\"rc-line\" fill=\"none\" stroke-width=\"2\"")
            out.attr("stroke", color)
            out.raw(" points=\"")
            for (p, v) in s.values.prefix(points).enumerated() {
                if p > 0 { out.raw(" ") }
                out.num(x(p))
                out.raw(",")
                out.num(y(v))
            }
            out.raw("\"><title>")
            out.text(s.label)
            out.raw("</title></polyline>")
        }
        out.raw("<line class=\"rc-axis\"")
        out.attr("x1", left)
        out.attr("y1", top + plotH)
        out.attr("x2", left + plotW)
        out.attr("y2", top + plotH)
        out.raw(" stroke=\"#757575\" stroke-width=\"1\" shape-rendering=\"crispEdges\"/>")
        ChartFrame.close(&out)
        return out.out
    }
}
