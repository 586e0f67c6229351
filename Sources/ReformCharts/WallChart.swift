import ReformCore

/// The wall chart (挂图作战): every item as a row with its label on the left and its bar on a quarter/month
/// timeline on the right, grouped by field or lead unit, with a red dashed "today" line.
///
/// Built for the screen and for printing on A3 landscape: text is at least 10 px, grid and bars use
/// `shape-rendering="crispEdges"` and whole-pixel strokes. Rendering is a single pass appending into one
/// pre-sized string, so thousands of rows stay cheap.
public enum WallChart {
    // Layout (px, in the SVG's own coordinates).
    static let pad = 8.0
    static let rowHeight = 22.0
    static let labelColumnFraction = 0.38
    static let rightMargin = 44.0
    static let legendTop = 32.0
    static let axisTop = 60.0
    static let todayLaneTop = 80.0
    static let bodyTop = 100.0
    static let barTop = 5.0
    static let barHeight = 12.0
    static let stubWidth = 10.0
    static let titleFont = 12.0
    static let smallFont = 10.0

    static let gridColor = "#cfd8dc"
    static let yearGridColor = "#90a4ae"
    static let bandColor = "#f3f6f9"
    static let groupColor = "#e3e8ee"
    static let separatorColor = "#eceff1"
    static let originalTickColor = "#37474f"
    static let suspendedInner = "#757575"

    /// Left edge of the timeline for a chart of `width` px.
    static func timelineLeft(width: Int) -> Double { (Double(clampedWidth(width)) * labelColumnFraction).rounded() }
    /// Right edge of the timeline for a chart of `width` px (room for the percentage after a bar ending there).
    static func timelineRight(width: Int) -> Double { Double(clampedWidth(width)) - pad - rightMargin }
    static func clampedWidth(_ width: Int) -> Int { max(800, min(width, 6000)) }

    public static func render(rows: [WallChartRow], options: WallChartOptions, title: String) -> String {
        guard !rows.isEmpty else { return ChartFrame.empty(kind: "wall", title: title, width: min(options.width, 560)) }
        let widthPx = clampedWidth(options.width)
        let width = Double(widthPx)
        let labels = options.labels
        let left = timelineLeft(width: widthPx)
        let right = timelineRight(width: widthPx)
        let timeline = WallChartTimeline(rows: rows, options: options, left: left, right: right)

        // Group bands: one header each time `group` changes, with the size of that run.
        var groupRuns: [Int: Int] = [:]  // first row index → rows in the run
        var runStart = -1
        for (i, row) in rows.enumerated() {
            if i == 0 || row.group != rows[i - 1].group {
                if !row.group.isEmpty {
                    runStart = i
                    groupRuns[i] = 0
                } else {
                    runStart = -1
                }
            }
            if runStart >= 0 { groupRuns[runStart, default: 0] += 1 }
        }
        let lineCount = rows.count + groupRuns.count
        let bodyBottom = bodyTop + rowHeight * Double(lineCount)
        let heightPx = Int((bodyBottom + pad).rounded(.up))
        let id = ChartFrame.id(kind: "wall", title: title, salt: rows.count &* 31 &+ (rows.first?.id ?? 0))
        let hatchId = id + "-hatch"

        var out = SVGWriter(capacity: 8192 + rows.count * 900)
        // The rows are links named with everything each row shows, so the chart's text alternative is its rows.
        ChartFrame.open(
            &out, kind: "wall", id: id, width: widthPx, height: heightPx, title: title,
            interactive: rows.contains { SVGWriter.safeHref($0.link) != nil }, capWidth: false)
        out.raw("<defs><pattern id=\"")
        out.raw(hatchId)
        out.raw(
            "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\""
        )
        out.raw(ChartPalette.grey)
        out.raw("\" stroke-width=\"2\"/></pattern><style>")
        out.raw(".wc-row:hover .wc-hit{fill-opacity:.08}a .wc-row{cursor:pointer}@media print{.wc-hit{display:none}}")
        out.raw("</style></defs><rect class=\"wc-background\" x=\"0\" y=\"0\" width=\"")
        out.int(widthPx)
        out.raw("\" height=\"")
        out.int(heightPx)
        out.raw("\" fill=\"#ffffff\"/>")

        ChartFrame.heading(&out, title: title, x: pad, y: 22, maxWidth: width - 2 * pad, fontSize: 16)
        legend(&out, labels: labels, hatchId: hatchId, maxX: width - pad)
        axis(&out, timeline: timeline, labels: labels, bottom: bodyBottom)

        // Rows.
        var y = bodyTop
        for (i, row) in rows.enumerated() {
            if let count = groupRuns[i] {
                groupHeader(&out, name: row.group, count: count, y: y, width: width)
                y += rowHeight
            }
            self.row(&out, row, y: y, width: width, timeline: timeline, labels: labels, hatchId: hatchId)
            y += rowHeight
        }

        // Column divider and the today line, drawn last so they stay on top.
        out.raw("<line class=\"wc-divider\"")
        out.attr("x1", left)
        out.attr("y1", axisTop)
        out.attr("x2", left)
        out.attr("y2", bodyBottom)
        out.attr("stroke", yearGridColor)
        out.raw(" stroke-width=\"1\" shape-rendering=\"crispEdges\"/>")
        todayLine(&out, timeline: timeline, options: options, bottom: bodyBottom, width: width)
        ChartFrame.close(&out)
        return out.out
    }

    // MARK: - Pieces

    private static func legend(_ out: inout SVGWriter, labels: WallChartLabels, hatchId: String, maxX: Double) {
        out.raw("<g class=\"wc-legend\" font-size=\"11\">")
        var x = pad
        let top = legendTop + 6
        let baseline = legendTop + 15
        func label(_ out: inout SVGWriter, _ text: String, at x: inout Double) {
            out.raw("<text")
            out.attr("x", x)
            out.attr("y", baseline)
            out.raw(">")
            out.text(text)
            out.raw("</text>")
            x += TextMetrics.width(text, fontSize: 11) + 16
        }
        func barSample(_ out: inout SVGWriter, light: String, dark: String, fill: String? = nil, solid: Bool = false, at x: inout Double) {
            out.raw("<rect")
            out.attr("x", x)
            out.attr("y", top)
            out.raw(" width=\"22\" height=\"10\"")
            out.attr("fill", fill ?? (solid ? dark : light))
            out.attr("stroke", dark)
            out.raw(" stroke-width=\"1\" shape-rendering=\"crispEdges\"/>")
            if !solid && fill == nil {
                out.raw("<rect")
                out.attr("x", x)
                out.attr("y", top)
                out.raw(" width=\"10\" height=\"10\"")
                out.attr("fill", dark)
                out.raw(" shape-rendering=\"crispEdges\"/>")
            }
            x += 27
        }
        barSample(&out, light: ChartPalette.lightGreen, dark: ChartPalette.green, at: &x)
        label(&out, labels.legendOnTime, at: &x)
        barSample(&out, light: ChartPalette.lightYellow, dark: ChartPalette.yellow, at: &x)
        label(&out, labels.legendDueSoon, at: &x)
        barSample(&out, light: ChartPalette.lightRed, dark: ChartPalette.red, at: &x)
        label(&out, labels.legendOverdue, at: &x)
        barSample(&out, light: ChartPalette.green, dark: ChartPalette.green, solid: true, at: &x)
        label(&out, labels.legendDone, at: &x)
        barSample(&out, light: "", dark: ChartPalette.grey, fill: "url(#" + hatchId + ")", at: &x)
        label(&out, labels.legendSuspended, at: &x)
        // Milestone diamond.
        out.raw("<path")
        out.raw(" d=\"M")
        out.num(x + 6)
        out.raw(" ")
        out.num(top - 1)
        out.raw("l6 6l-6 6l-6-6z\" fill=\"")
        out.raw(ChartPalette.blue)
        out.raw("\"/>")
        x += 17
        label(&out, labels.legendMilestone, at: &x)
        // Original-deadline tick.
        out.raw("<line")
        out.attr("x1", x + 3)
        out.attr("y1", top - 3)
        out.attr("x2", x + 3)
        out.attr("y2", top + 13)
        out.attr("stroke", originalTickColor)
        out.raw(" stroke-width=\"2\" shape-rendering=\"crispEdges\"/>")
        x += 11
        label(&out, labels.legendOriginalDeadline, at: &x)
        // Today line.
        out.raw("<line")
        out.attr("x1", x + 4)
        out.attr("y1", top - 3)
        out.attr("x2", x + 4)
        out.attr("y2", top + 13)
        out.attr("stroke", ChartPalette.red)
        out.raw(" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>")
        x += 13
        label(&out, labels.today, at: &x)
        out.raw("</g>")
    }

    private static func axis(_ out: inout SVGWriter, timeline: WallChartTimeline, labels: WallChartLabels, bottom: Double) {
        let zoom = timeline.zoom
        let periods = timeline.periods
        func format(_ p: WallChartTimeline.Period) -> String {
            zoom == .quarter ? labels.quarterFormat(p.year, p.index) : labels.monthFormat(p.year, p.index)
        }
        // How many periods share one label: steps that keep labels on calendar boundaries.
        let fontSize = 11.0
        var widest = 0.0
        for p in periods.prefix(12) { widest = max(widest, TextMetrics.width(format(p), fontSize: fontSize)) }
        if let last = periods.last { widest = max(widest, TextMetrics.width(format(last), fontSize: fontSize)) }
        let steps =
            zoom == .quarter
            ? [1, 2, 4, 8, 20, 40, 100, 200, 400, 1000, 2000, 4000, 10000, 40000]
            : [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000, 120000]
        let step = steps.first { Double($0) * timeline.periodWidth >= widest + 8 } ?? steps[steps.count - 1]
        let everyLine = timeline.periodWidth >= 6

        out.raw("<g class=\"wc-axis\">")
        // Alternating bands, one rect per group of `step` periods.
        var groupIndex = -1, groupStart = 0, groupEnd = 0
        func band(_ out: inout SVGWriter) {
            guard groupIndex % 2 == 1 else { return }
            out.raw("<rect class=\"wc-band\"")
            out.attr("x", timeline.x(groupStart))
            out.attr("y", axisTop)
            out.attr("width", timeline.x(groupEnd) - timeline.x(groupStart))
            out.attr("height", bottom - axisTop)
            out.attr("fill", bandColor)
            out.raw(" shape-rendering=\"crispEdges\"/>")
        }
        for p in periods {
            let index = p.ordinal / step
            if index != groupIndex {
                band(&out)
                groupIndex = index
                groupStart = p.startDay
            }
            groupEnd = p.endDay
        }
        band(&out)
        // Grid lines at period starts (darker at the start of a year) and at the end of the range.
        for p in periods {
            let isGroupStart = p.ordinal % step == 0
            guard p.startDay > timeline.startDay, everyLine || isGroupStart else { continue }
            gridLine(&out, x: timeline.x(p.startDay), bottom: bottom, color: p.startsYear ? yearGridColor : gridColor)
        }
        gridLine(&out, x: timeline.right, bottom: bottom, color: yearGridColor)
        // Tick labels.
        for (i, p) in periods.enumerated() where step == 1 || p.ordinal % step == 0 {
            let text = format(p)
            let textWidth = TextMetrics.width(text, fontSize: fontSize)
            let x0 = timeline.x(p.startDay)
            var groupEnd = p.endDay
            if step > 1 {
                let lastIndex = min(periods.count - 1, i + step - 1 - (p.ordinal % step))
                groupEnd = periods[lastIndex].endDay
            }
            let span = timeline.x(groupEnd) - x0
            guard span >= textWidth + 4 else { continue }
            out.raw("<text class=\"wc-tick\"")
            if step == 1 {
                out.attr("x", x0 + span / 2)
                out.attr("y", axisTop + 15)
                out.raw(" text-anchor=\"middle\"")
            } else {
                out.attr("x", x0 + 4)
                out.attr("y", axisTop + 15)
            }
            out.raw(" font-size=\"11\">")
            out.text(text)
            out.raw("</text>")
        }
        out.raw("</g>")
    }

    private static func gridLine(_ out: inout SVGWriter, x: Double, bottom: Double, color: String) {
        out.raw("<line class=\"wc-grid\"")
        out.attr("x1", x)
        out.attr("y1", axisTop)
        out.attr("x2", x)
        out.attr("y2", bottom)
        out.attr("stroke", color)
        out.raw(" stroke-width=\"1\" shape-rendering=\"crispEdges\"/>")
    }

    private static func groupHeader(_ out: inout SVGWriter, name: String, count: Int, y: Double, width: Double) {
        out.raw("<g class=\"wc-group\" transform=\"translate(0 ")
        out.num(y)
        out.raw(")\"><rect x=\"0\" y=\"0\"")
        out.attr("width", width)
        out.attr("height", rowHeight)
        out.attr("fill", groupColor)
        out.raw(" shape-rendering=\"crispEdges\"/>")
        let countText = "(" + String(count) + ")"
        let fitted = TextMetrics.truncate(name, maxWidth: width - 2 * pad - 14 - TextMetrics.width(countText, fontSize: 11), fontSize: titleFont)
        out.raw("<text")
        out.attr("x", pad + 4)
        out.raw(" y=\"15\" font-weight=\"bold\">")
        out.text(fitted.text)
        if fitted.truncated { out.title(name) }
        out.raw("<tspan class=\"wc-group-count\" dx=\"6\" font-size=\"11\" font-weight=\"normal\"")
        out.attr("fill", ChartFrame.secondaryText)
        out.raw(">")
        out.raw(countText)
        out.raw("</tspan></text></g>")
    }

    private static func row(
        _ out: inout SVGWriter, _ row: WallChartRow, y: Double, width: Double, timeline: WallChartTimeline, labels: WallChartLabels, hatchId: String
    ) {
        let percent = min(100, max(0, ChartFrame.finite(row.percent)))
        let percentText = SVGWriter.format(percent) + "%"
        let done = row.status == .done
        let suspended = row.status == .suspended
        let light: String, dark: String
        if done {
            light = ChartPalette.green
            dark = ChartPalette.green
        } else if suspended {
            light = ChartPalette.lightGrey
            dark = ChartPalette.grey
        } else {
            switch row.light {
            case .green:
                light = ChartPalette.lightGreen
                dark = ChartPalette.green
            case .yellow:
                light = ChartPalette.lightYellow
                dark = ChartPalette.yellow
            case .red:
                light = ChartPalette.lightRed
                dark = ChartPalette.red
            case .none:
                light = ChartPalette.lightGrey
                dark = ChartPalette.grey
            }
        }

        // Tooltip with everything the row abbreviates; it also names the row's link.
        var tooltip = row.number.isEmpty ? row.title : row.number + " " + row.title
        if !row.leadUnit.isEmpty { tooltip += "\n" + row.leadUnit }
        tooltip += "\n"
        if let start = row.start { tooltip += start.iso + " – " }
        tooltip += row.deadline?.iso ?? labels.noDeadline
        if let original = row.originalDeadline, original != row.deadline {
            tooltip += "\n" + labels.legendOriginalDeadline + " " + original.iso
        }
        tooltip += "\n" + percentText
        if row.hiddenItems > 0 { tooltip += "\n" + labels.rollupFormat(row.hiddenItems) }
        let linked = out.openLink(row.link, label: tooltip.split(separator: "\n").joined(separator: " · "))
        out.raw("<g class=\"wc-row wc-light-")
        out.raw(row.light.rawValue)
        out.raw(" wc-status-")
        out.raw(row.status.rawValue)
        if row.isMilestone { out.raw(" wc-milestone") }
        if row.hiddenItems > 0 { out.raw(" wc-rollup") }
        if row.deadline == nil { out.raw(" wc-no-deadline") }
        out.raw("\" data-id=\"")
        out.int(row.id)
        out.raw("\" transform=\"translate(0 ")
        out.num(y)
        out.raw(")\">")

        out.title(tooltip)

        // Hover/click target across the whole row, and the separator under it.
        out.raw("<rect class=\"wc-hit\" x=\"0\" y=\"0\"")
        out.attr("width", width)
        out.attr("height", rowHeight)
        out.raw(" fill=\"")
        out.raw(ChartPalette.blue)
        out.raw("\" fill-opacity=\"0\"/><line class=\"wc-sep\" x1=\"0\" y1=\"22\"")
        out.attr("x2", width)
        out.raw(" y2=\"22\" stroke=\"")
        out.raw(separatorColor)
        out.raw("\" stroke-width=\"1\" shape-rendering=\"crispEdges\"/>")

        // Label column: number + title on the left, lead unit right-aligned in smaller grey text.
        let columnRight = timeline.left - 8
        let columnWidth = columnRight - (pad + 4)
        var leadWidth = 0.0
        if !row.leadUnit.isEmpty {
            let lead = TextMetrics.truncate(row.leadUnit, maxWidth: columnWidth * 0.32, fontSize: smallFont)
            leadWidth = TextMetrics.width(lead.text, fontSize: smallFont)
            out.raw("<text class=\"wc-lead\"")
            out.attr("x", columnRight)
            out.raw(" y=\"15\" text-anchor=\"end\" font-size=\"10\" fill=\"")
            out.raw(ChartFrame.secondaryText)
            out.raw("\">")
            out.text(lead.text)
            if lead.truncated { out.title(row.leadUnit) }
            out.raw("</text>")
        }
        let available = columnWidth - (leadWidth > 0 ? leadWidth + 12 : 0)
        // A roll-up bar's number gets a ▸: it opens the sub-items the chart leaves out.
        let shownNumber = row.hiddenItems > 0 ? "▸ " + row.number : row.number
        let number = TextMetrics.truncate(shownNumber, maxWidth: available * 0.4, fontSize: titleFont)
        let numberWidth = number.text.isEmpty ? 0 : TextMetrics.width(number.text, fontSize: titleFont) + 0.55 * titleFont
        let titleText = TextMetrics.truncate(row.title, maxWidth: available - numberWidth, fontSize: titleFont)
        out.raw("<text class=\"wc-label\"")
        out.attr("x", pad + 4)
        out.raw(" y=\"15\">")
        if !number.text.isEmpty {
            out.raw("<tspan font-weight=\"bold\">")
            out.text(number.text)
            out.raw("</tspan> ")
        }
        out.text(titleText.text)
        if titleText.truncated || number.truncated {
            out.title(row.number.isEmpty ? row.title : row.number + " " + row.title)
        }
        out.raw("</text>")

        // Timeline part.
        let lo = timeline.left, hi = timeline.right
        if let deadline = row.deadline {
            let endX = timeline.x(deadline.dayNumber + 1)
            var markEnd: Double  // where the percentage text starts
            if row.isMilestone {
                let cx = timeline.x(deadline.dayNumber) + timeline.pxPerDay / 2
                if cx < lo || cx > hi {
                    markEnd = outOfRange(&out, toLeft: cx < lo, timeline: timeline, color: dark)
                } else {
                    out.raw("<path class=\"wc-diamond\" d=\"M")
                    out.num(cx)
                    out.raw(" 4l7 7l-7 7l-7-7z\"")
                    out.attr("fill", suspended ? "url(#" + hatchId + ")" : dark)
                    out.attr("stroke", done ? ChartPalette.green : dark)
                    out.raw(" stroke-width=\"1\"/>")
                    markEnd = cx + 8
                }
            } else {
                var startX: Double
                var stub = false
                if let start = row.start, start <= deadline {
                    startX = timeline.x(start.dayNumber)
                    if endX - startX < 3 { startX = endX - 3 }
                } else {
                    startX = endX - stubWidth
                    stub = true
                }
                if endX <= lo || startX >= hi {
                    markEnd = outOfRange(&out, toLeft: endX <= lo, timeline: timeline, color: dark)
                } else {
                    let x0 = max(lo, startX), x1 = min(hi, endX)
                    out.raw(stub ? "<rect class=\"wc-bar wc-stub\"" : "<rect class=\"wc-bar\"")
                    out.attr("x", x0)
                    out.raw(" y=\"5\"")
                    out.attr("width", x1 - x0)
                    out.raw(" height=\"12\"")
                    if suspended {
                        out.raw(" fill=\"url(#")
                        out.raw(hatchId)
                        out.raw(")\"")
                    } else {
                        out.attr("fill", done ? dark : light)
                    }
                    out.attr("stroke", dark)
                    out.raw(" stroke-width=\"1\" shape-rendering=\"crispEdges\"/>")
                    if !done && percent > 0 {
                        let fillEnd = min(x1, startX + (endX - startX) * percent / 100)
                        if fillEnd > x0 {
                            out.raw("<rect class=\"wc-progress\"")
                            out.attr("x", x0)
                            out.raw(" y=\"5\"")
                            out.attr("width", fillEnd - x0)
                            out.raw(" height=\"12\"")
                            out.attr("fill", suspended ? suspendedInner : dark)
                            out.raw(" shape-rendering=\"crispEdges\"/>")
                        }
                    }
                    markEnd = x1
                }
            }
            if let original = row.originalDeadline, original != deadline, timeline.contains(original.dayNumber) {
                let ox = timeline.x(original.dayNumber + 1)
                out.raw("<line class=\"wc-original\"")
                out.attr("x1", ox)
                out.raw(" y1=\"2\"")
                out.attr("x2", ox)
                out.raw(" y2=\"20\" stroke=\"")
                out.raw(originalTickColor)
                out.raw("\" stroke-width=\"2\" shape-rendering=\"crispEdges\"/>")
                if ox > markEnd && ox < markEnd + 4 + TextMetrics.width(percentText, fontSize: smallFont) { markEnd = ox }
            }
            out.raw("<text class=\"wc-percent\"")
            out.attr("x", markEnd + 4)
            out.raw(" y=\"15\" font-size=\"10\">")
            out.raw(percentText)
            out.raw("</text>")
        } else {
            // No deadline: 长期坚持, with a dashed line running on to the end of the range.
            var x0 = lo
            if let start = row.start, timeline.contains(start.dayNumber) { x0 = timeline.x(start.dayNumber) }
            let text = labels.noDeadline
            out.raw("<text class=\"wc-ongoing\"")
            out.attr("x", x0 + 4)
            out.raw(" y=\"15\" font-size=\"11\" font-style=\"italic\" fill=\"")
            out.raw(ChartFrame.secondaryText)
            out.raw("\">")
            out.text(text)
            out.raw("</text>")
            let lineStart = x0 + 10 + TextMetrics.width(text, fontSize: 11)
            if lineStart < hi {
                out.raw("<line class=\"wc-ongoing-line\"")
                out.attr("x1", lineStart)
                out.raw(" y1=\"11\"")
                out.attr("x2", hi)
                out.raw(" y2=\"11\" stroke=\"")
                out.raw(ChartPalette.grey)
                out.raw("\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>")
            }
        }
        out.raw("</g>")
        out.closeLink(linked)
    }

    /// The red dashed line at the start of today, with its label (`今天 2024-05-20`) in its own lane above the rows.
    private static func todayLine(_ out: inout SVGWriter, timeline: WallChartTimeline, options: WallChartOptions, bottom: Double, width: Double) {
        let today = options.today
        guard timeline.contains(today.dayNumber) else { return }
        let x = timeline.x(today.dayNumber)
        out.raw("<g class=\"wc-today\"><line class=\"wc-today-line\"")
        out.attr("x1", x)
        out.attr("y1", todayLaneTop)
        out.attr("x2", x)
        out.attr("y2", bottom)
        out.attr("stroke", ChartPalette.red)
        out.raw(" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
        let text = options.labels.today + " " + today.iso
        let half = TextMetrics.width(text, fontSize: 11) / 2
        let labelX = min(max(x, timeline.left + half + 2), width - pad - half)
        out.raw("<rect class=\"wc-today-label-bg\"")
        out.attr("x", labelX - half - 3)
        out.attr("y", todayLaneTop + 1)
        out.attr("width", half * 2 + 6)
        out.raw(" height=\"15\" fill=\"#ffffff\"")
        out.attr("stroke", ChartPalette.red)
        out.raw(" stroke-width=\"1\" rx=\"2\"/><text class=\"wc-today-label\"")
        out.attr("x", labelX)
        out.attr("y", todayLaneTop + 12.5)
        out.raw(" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\"")
        out.attr("fill", ChartPalette.red)
        out.raw(">")
        out.text(text)
        out.raw("</text></g>")
    }

    /// A small triangle at the edge of the timeline for an item that lies wholly before or after the range.
    /// Returns where the percentage text may start.
    private static func outOfRange(_ out: inout SVGWriter, toLeft: Bool, timeline: WallChartTimeline, color: String) -> Double {
        out.raw("<path class=\"wc-out-of-range\" d=\"M")
        if toLeft {
            out.num(timeline.left + 2)
            out.raw(" 11l8-6v12z\"")
        } else {
            out.num(timeline.right - 2)
            out.raw(" 11l-8-6v12z\"")
        }
        out.attr("fill", color)
        out.raw("/>")
        return toLeft ? timeline.left + 10 : timeline.right
    }
}
