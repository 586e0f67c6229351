/// Completion rows ("completion by field"): label, a 0–100 % track with its fill, and the percentage.
public enum ProgressBars {
    /// - Parameters:
    ///   - data: one row per datum; `value` is a percentage, clamped to 0…100. Fills are blue unless `color` is given.
    ///   - width: natural width in px (the SVG still scales to its container, up to this width).
    ///   - title: accessible title, also drawn above the rows.
    public static func render(_ data: [ChartDatum], width: Int = 560, title: String) -> String {
        guard !data.isEmpty else { return ChartFrame.empty(kind: "progress", title: title, width: width) }
        let width = max(240, min(width, 4000))
        let w = Double(width)
        let pad = 8.0
        let top = 34.0
        let rowHeight = 28.0
        let trackHeight = 14.0
        let fontSize = 12.0
        let labelColumn = w * 0.3
        let percentColumn = 52.0
        let trackX = pad + labelColumn + 8
        let trackWidth = max(10, w - pad - percentColumn - trackX)
        let height = Int((top + rowHeight * Double(data.count) + pad).rounded(.up))
        let id = ChartFrame.id(kind: "progress", title: title, salt: data.count)

        var out = SVGWriter(capacity: 1024 + data.count * 480)
        let percentTexts = data.map { SVGWriter.format(min(100, max(0, ChartFrame.finite($0.value)))) + "%" }
        let description = ChartFrame.describe(data.indices.map { (data[$0].label, percentTexts[$0]) }, title: title)
        let interactive = data.contains { SVGWriter.safeHref($0.link) != nil }
        ChartFrame.open(
            &out, kind: "progress", id: id, width: width, height: height, title: title, description: description,
            interactive: interactive, capWidth: true)
        ChartFrame.heading(&out, title: title, x: pad, y: 20, maxWidth: w - 2 * pad)

        for (i, datum) in data.enumerated() {
            let percent = min(100, max(0, ChartFrame.finite(datum.value)))
            let percentText = percentTexts[i]
            let y = top + rowHeight * Double(i)
            let textY = y + rowHeight / 2 + fontSize * 0.35
            let trackY = y + (rowHeight - trackHeight) / 2
            let linked = out.openLink(datum.link, label: datum.label + ": " + percentText)
            out.raw("<g class=\"rc-progress-row\" data-index=\"")
            out.int(i)
            out.raw("\">")
            out.title(datum.label + ": " + percentText)
            let label = TextMetrics.truncate(datum.label, maxWidth: labelColumn, fontSize: fontSize)
            out.raw("<text class=\"rc-label\"")
            out.attr("x", pad)
            out.attr("y", textY)
            out.raw(">")
            out.text(label.text)
            if label.truncated { out.title(datum.label) }
            out.raw("</text><rect class=\"rc-track\"")
            out.attr("x", trackX)
            out.attr("y", trackY)
            out.attr("width", trackWidth)
            out.attr("height", trackHeight)
            out.raw(" rx=\"3\" fill=\"")
            out.raw(ChartFrame.trackColor)
            out.raw("\" stroke=\"#bdbdbd\" stroke-width=\"1\"/><rect class=\"rc-fill\"")
            out.attr("x", trackX)
            out.attr("y", trackY)
            out.attr("width", trackWidth * percent / 100)
            out.attr("height", trackHeight)
            out.raw(" rx=\"3\"")
            out.attr("fill", datum.color.flatMap { $0.isEmpty ? nil : $0 } ?? ChartPalette.blue)
            out.raw("/><text class=\"rc-value\"")
            out.attr("x", w - pad)
            out.attr("y", textY)
            out.raw(" text-anchor=\"end\">")
            out.text(percentText)
            out.raw("</text></g>")
            out.closeLink(linked)
        }
        ChartFrame.close(&out)
        return out.out
    }
}
