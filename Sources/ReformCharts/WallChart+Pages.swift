import ReformCore

extension WallChart {
    /// The chart cut into pages of at most `linesPerPage` lines (rows plus group headings) for printing: every
    /// page on the same time axis, so the sheets of a long plan line up when pinned side by side, and a group
    /// cut by a page break gets its heading again at the top of the next page.
    public static func pages(rows: [WallChartRow], options: WallChartOptions, title: String, linesPerPage: Int) -> [String] {
        guard !rows.isEmpty else { return [render(rows: rows, options: options, title: title)] }
        let timeline = WallChartTimeline(rows: rows, options: options, left: 0, right: 1)
        var fixed = options
        fixed.rangeStart = LocalDate(dayNumber: timeline.startDay)
        fixed.rangeEnd = LocalDate(dayNumber: timeline.endDay - 1)
        let limit = max(2, linesPerPage)
        var chunks: [[WallChartRow]] = []
        var current: [WallChartRow] = []
        var lines = 0
        for row in rows {
            var cost = 1 + (!row.group.isEmpty && current.last?.group != row.group ? 1 : 0)
            if !current.isEmpty && lines + cost > limit {
                chunks.append(current)
                current = []
                lines = 0
                cost = 1 + (row.group.isEmpty ? 0 : 1)
            }
            current.append(row)
            lines += cost
        }
        chunks.append(current)
        return chunks.enumerated().map { index, chunk in
            render(rows: chunk, options: fixed, title: chunks.count == 1 ? title : "\(title) (\(index + 1)/\(chunks.count))")
        }
    }
}
