/// Horizontal bar chart: one labelled bar per datum, the value printed after the bar.
public enum BarChart {
    /// - Parameters:
    ///   - data: bars in display order; `color` overrides the palette, `link` makes the row clickable.
    ///   - width: natural width in px (the SVG still scales to its container, up to this width).
    ///   - barHeight: bar thickness in px.
    ///   - valueSuffix: appended to each value (`"项"`, `"%"`).
    ///   - maxValue: the value of a full-length bar; nil uses the largest value.
    ///   - title: accessible title, also drawn above the bars.
    public static func horizontal(
        _ data: [ChartDatum],
        width: Int = 560,
        barHeight: Int = 22,
        valueSuffix: String = "",
        maxValue: Double? = nil,
        title: String
    ) -> String {
        guard !data.isEmpty else { return ChartFrame.empty(kind: "bar", title: title, width: width) }
        let width = max(240, min(width, 4000))
        let barHeight = max(10, min(barHeight, 80))
        let gap = max(6, barHeight / 3)
        let pad = 8.0
        let top = 34.0
        let fontSize = 12.0

        let values = data.map { max(0, ChartFrame.finite($0.value)) }
        let valueTexts = values.map { SVGWriter.format($0) + valueSuffix }
        var scaleMax = values.max() ?? 0
        if let maxValue, maxValue.isFinite, maxValue > 0 { scaleMax = maxValue }
        if scaleMax <= 0 { scaleMax = 1 }

        let w = Double(width)
        let widestValue = valueTexts.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0
        let valueColumn = min(max(40, widestValue + 10), w * 0.25)
        let labelColumn = w * 0.32
        let x0 = pad + labelColumn + 8
        let span = max(10, w - pad - valueColumn - x0)
        let step = Double(barHeight + gap)
        let height = Int((top + step * Double(data.count) - Double(gap) + pad + 4).rounded(.up))
        let id = ChartFrame.id(kind: "bar", title: title, salt: data.count)

        var out = SVGWriter(capacity: 1024 + data.count * 420)
        let description = ChartFrame.describe(data.indices.map { (data[$0].label, valueTexts[$0]) }, title: title)
        let interactive = data.contains { SVGWriter.safeHref($0.link) != nil }
        ChartFrame.open(
            &out, kind: "bar", id: id, width: width, height: height, title: title, description: description,
            interactive: interactive, capWidth: true)
        ChartFrame.heading(&out, title: title, x: pad, y: 20, maxWidth: w - 2 * pad)

        for (i, datum) in data.enumerated() {
            let y = top + step * Double(i)
            let barWidth = span * min(values[i], scaleMax) / scaleMax
            let textY = y + Double(barHeight) / 2 + fontSize * 0.35
            let color = ChartPalette.color(datum.color, index: i)
            let linked = out.openLink(datum.link, label: datum.label + ": " + valueTexts[i])
            out.raw("<g class=\"rc-bar-row\" data-index=\"")
            out.int(i)
            out.raw("\">")
            out.title(datum.label + ": " + valueTexts[i])
            let label = TextMetrics.truncate(datum.label, maxWidth: labelColumn, fontSize: fontSize)
            out.raw("<text class=\"rc-label\"")
            out.attr("x", x0 - 8)
            out.attr("y", textY)
            out.raw(" text-anchor=\"end\">")
            out.text(label.text)
            if label.truncated { out.title(datum.label) }
            out.raw("</text><rect class=\"rc-bar\"")
            out.attr("x", x0)
            out.attr("y", y)
            out.attr("width", barWidth)
            out.attr("height", Double(barHeight))
            out.attr("fill", color)
            out.raw(" shape-rendering=\"crispEdges\"/><text class=\"rc-value\"")
            out.attr("x", x0 + barWidth + 6)
            out.attr("y", textY)
            out.raw(">")
            out.text(valueTexts[i])
            out.raw("</text></g>")
            out.closeLink(linked)
        }
        // The axis line the bars grow from.
        out.raw("<line class=\"rc-axis\"")
        out.attr("x1", x0)
        out.attr("y1", top - 4)
        out.attr("x2", x0)
        out.attr("y2", top + step * Double(data.count) - Double(gap) + 4)
        out.raw(" stroke=\"#757575\" stroke-width=\"1\" shape-rendering=\"crispEdges\"/>")
        ChartFrame.close(&out)
        return out.out
    }
}
