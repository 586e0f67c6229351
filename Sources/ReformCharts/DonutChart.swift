import Foundation

/// Donut chart with the total (or any figure) in the middle and a legend of label and count beside it.
public enum DonutChart {
    /// - Parameters:
    ///   - data: slices in order, clockwise from 12 o'clock. Zero (or negative) values draw no slice but keep
    ///     their legend row; if every value is zero an empty grey ring is drawn.
    ///   - size: diameter of the donut box in px; the legend adds about 250 px to the right.
    ///   - centerLabel: small grey text under `centerValue` (`"事项总数"`).
    ///   - centerValue: large text in the hole (`"128"`).
    ///   - title: accessible title, also drawn above the chart.
    public static func render(_ data: [ChartDatum], size: Int = 220, centerLabel: String, centerValue: String, title: String) -> String {
        guard !data.isEmpty else { return ChartFrame.empty(kind: "donut", title: title, width: size + 250) }
        let size = Double(max(120, min(size, 1000)))
        let pad = 8.0
        let top = 32.0
        let legendRow = 22.0
        let legendWidth = 230.0
        let width = Int(pad + size + 16 + legendWidth + pad)
        let legendHeight = legendRow * Double(data.count)
        let height = Int((top + max(size, legendHeight) + pad).rounded(.up))
        let id = ChartFrame.id(kind: "donut", title: title, salt: data.count)

        let values = data.map { max(0, ChartFrame.finite($0.value)) }
        let total = values.reduce(0, +)
        let cx = pad + size / 2
        let cy = top + size / 2
        let outer = size / 2 - 4
        let inner = outer * 0.6

        var out = SVGWriter(capacity: 2048 + data.count * 600)
        let shares = values.map {
            total > 0 && total.isFinite ? SVGWriter.format($0) + " (" + SVGWriter.format($0 / total * 100) + "%)" : SVGWriter.format($0)
        }
        let description = ChartFrame.describe(data.indices.map { (data[$0].label, shares[$0]) }, title: title)
        let interactive = data.contains { SVGWriter.safeHref($0.link) != nil }
        ChartFrame.open(
            &out, kind: "donut", id: id, width: width, height: height, title: title, description: description,
            interactive: interactive, capWidth: true)
        ChartFrame.heading(&out, title: title, x: pad, y: 20, maxWidth: Double(width) - 2 * pad)

        if total <= 0 || !total.isFinite {
            ring(&out, cx: cx, cy: cy, outer: outer, inner: inner, color: ChartPalette.lightGrey, className: "rc-empty-ring")
        } else {
            var angle = -Double.pi / 2
            for (i, datum) in data.enumerated() where values[i] > 0 {
                let fraction = values[i] / total
                let sweep = fraction * 2 * Double.pi
                let color = ChartPalette.color(datum.color, index: i)
                let linked = out.openLink(datum.link, label: datum.label + ": " + shares[i], duplicate: true)
                if fraction >= 0.99995 {
                    ring(
                        &out, cx: cx, cy: cy, outer: outer, inner: inner, color: color, className: "rc-slice",
                        tooltip: tooltip(datum.label, values[i], fraction))
                } else {
                    let end = angle + sweep
                    let large = sweep > Double.pi ? "1" : "0"
                    out.raw("<path class=\"rc-slice\" data-index=\"")
                    out.int(i)
                    out.raw("\" d=\"M")
                    point(&out, cx + outer * cos(angle), cy + outer * sin(angle))
                    out.raw("A")
                    point(&out, outer, outer)
                    out.raw(" 0 ")
                    out.raw(large)
                    out.raw(" 1 ")
                    point(&out, cx + outer * cos(end), cy + outer * sin(end))
                    out.raw("L")
                    point(&out, cx + inner * cos(end), cy + inner * sin(end))
                    out.raw("A")
                    point(&out, inner, inner)
                    out.raw(" 0 ")
                    out.raw(large)
                    out.raw(" 0 ")
                    point(&out, cx + inner * cos(angle), cy + inner * sin(angle))
                    out.raw("Z\"")
                    out.attr("fill", color)
                    out.raw(" stroke=\"#ffffff\" stroke-width=\"1\">")
                    out.title(tooltip(datum.label, values[i], fraction))
                    out.raw("</path>")
                }
                out.closeLink(linked)
                angle += sweep
            }
        }

        // Centre text.
        let valueText = TextMetrics.truncate(centerValue, maxWidth: inner * 2 - 12, fontSize: 22)
        out.raw("<text class=\"rc-center-value\"")
        out.attr("x", cx)
        out.attr("y", cy + 3)
        out.raw(" text-anchor=\"middle\" font-size=\"22\" font-weight=\"bold\">")
        out.text(valueText.text)
        if valueText.truncated { out.title(centerValue) }
        out.raw("</text>")
        let labelText = TextMetrics.truncate(centerLabel, maxWidth: inner * 2 - 12, fontSize: 12)
        out.raw("<text class=\"rc-center-label\"")
        out.attr("x", cx)
        out.attr("y", cy + 21)
        out.raw(" text-anchor=\"middle\" font-size=\"12\"")
        out.attr("fill", ChartFrame.secondaryText)
        out.raw(">")
        out.text(labelText.text)
        if labelText.truncated { out.title(centerLabel) }
        out.raw("</text>")

        // Legend: swatch, label, count.
        let lx = pad + size + 16
        let ly = top + max(0, (size - legendHeight) / 2)
        for (i, datum) in data.enumerated() {
            let y = ly + legendRow * Double(i)
            let countText = SVGWriter.format(values[i])
            let countWidth = TextMetrics.width(countText, fontSize: 12)
            let linked = out.openLink(datum.link, label: datum.label + ": " + shares[i])
            out.raw("<g class=\"rc-legend-row\" data-index=\"")
            out.int(i)
            out.raw("\">")
            out.raw("<rect")
            out.attr("x", lx)
            out.attr("y", y + 5)
            out.raw(" width=\"12\" height=\"12\"")
            out.attr("fill", ChartPalette.color(datum.color, index: i))
            out.raw(" shape-rendering=\"crispEdges\"/>")
            let label = TextMetrics.truncate(datum.label, maxWidth: legendWidth - 18 - countWidth - 10, fontSize: 12)
            out.raw("<text class=\"rc-label\"")
            out.attr("x", lx + 18)
            out.attr("y", y + 15.5)
            out.raw(">")
            out.text(label.text)
            if label.truncated { out.title(datum.label) }
            out.raw("</text><text class=\"rc-value\"")
            out.attr("x", lx + legendWidth)
            out.attr("y", y + 15.5)
            out.raw(" text-anchor=\"end\" font-weight=\"bold\">")
            out.text(countText)
            out.raw("</text></g>")
            out.closeLink(linked)
        }
        ChartFrame.close(&out)
        return out.out
    }

    private static func tooltip(_ label: String, _ value: Double, _ fraction: Double) -> String {
        label + ": " + SVGWriter.format(value) + " (" + SVGWriter.format(fraction * 100) + "%)"
    }

    private static func point(_ out: inout SVGWriter, _ x: Double, _ y: Double) {
        out.num(x)
        out.raw(" ")
        out.num(y)
    }

    /// A full ring, drawn as a stroked circle (an arc path cannot close on itself).
    private static func ring(
        _ out: inout SVGWriter, cx: Double, cy: Double, outer: Double, inner: Double, color: String, className: String, tooltip: String? = nil
    ) {
        out.raw("<circle class=\"")
        out.raw(className)
        out.raw("\"")
        out.attr("cx", cx)
        out.attr("cy", cy)
        out.attr("r", (outer + inner) / 2)
        out.raw(" fill=\"none\"")
        out.attr("stroke", color)
        out.attr("stroke-width", outer - inner)
        if let tooltip {
            out.raw(">")
            out.title(tooltip)
            out.raw("</circle>")
        } else {
            out.raw("/>")
        }
    }
}
