import ReformCore

/// The wall chart's time axis: which days are shown, where a day falls in px, and the quarter/month periods.
///
/// A date's x is the left edge of that day, so a bar for `start…deadline` spans `x(start)` to `x(deadline + 1)`
/// and the today line sits at `x(today)`, the start of today.
struct WallChartTimeline {
    struct Period {
        /// Absolute period number (year × 4 + quarter − 1, or year × 12 + month − 1); used for grouping and bands.
        let ordinal: Int
        let year: Int
        /// Quarter 1…4 or month 1…12.
        let index: Int
        /// First day of the period, clipped to the range.
        let startDay: Int
        /// Day after the period's last day, clipped to the range.
        let endDay: Int
        /// Whether the period starts a calendar year.
        var startsYear: Bool { index == 1 }
    }

    let zoom: WallChartZoom
    /// First day shown (day number).
    let startDay: Int
    /// The day after the last day shown.
    let endDay: Int
    let left: Double
    let right: Double
    let pxPerDay: Double
    let periods: [Period]

    init(rows: [WallChartRow], options: WallChartOptions, left: Double, right: Double) {
        zoom = options.zoom
        self.left = left
        self.right = right

        var lo = options.today.dayNumber
        var hi = lo
        for row in rows {
            for date in [row.start, row.deadline, row.originalDeadline] {
                if let day = date?.dayNumber {
                    if day < lo { lo = day }
                    if day > hi { hi = day }
                }
            }
        }
        let paddedStart = WallChartTimeline.periodStart(containing: LocalDate(dayNumber: lo), zoom: options.zoom)
        let paddedEnd = WallChartTimeline.periodEnd(containing: LocalDate(dayNumber: hi), zoom: options.zoom)
        var first = options.rangeStart?.dayNumber ?? paddedStart
        var afterLast = options.rangeEnd.map { $0.dayNumber + 1 } ?? paddedEnd
        if let s = options.rangeStart, let e = options.rangeEnd, e < s {
            first = e.dayNumber
            afterLast = s.dayNumber + 1
        }
        if afterLast <= first {
            // Only one bound was given and it lies beyond the data: show the bound's own period.
            if options.rangeStart != nil {
                afterLast = WallChartTimeline.periodEnd(containing: LocalDate(dayNumber: first), zoom: options.zoom)
            } else {
                first = WallChartTimeline.periodStart(containing: LocalDate(dayNumber: afterLast - 1), zoom: options.zoom)
            }
        }
        startDay = first
        endDay = max(afterLast, first + 1)
        pxPerDay = (right - left) / Double(endDay - startDay)

        var periods: [Period] = []
        let firstDate = LocalDate(dayNumber: startDay)
        var year = firstDate.year
        var index = options.zoom == .quarter ? firstDate.quarter : firstDate.month
        let perYear = options.zoom == .quarter ? 4 : 12
        let monthsPer = options.zoom == .quarter ? 3 : 1
        var periodStart = WallChartTimeline.dayNumber(year: year, month: (index - 1) * monthsPer + 1)
        while periodStart < endDay {
            var nextYear = year, nextIndex = index + 1
            if nextIndex > perYear {
                nextIndex = 1
                nextYear += 1
            }
            let next = WallChartTimeline.dayNumber(year: nextYear, month: (nextIndex - 1) * monthsPer + 1)
            periods.append(
                Period(
                    ordinal: year * perYear + index - 1, year: year, index: index,
                    startDay: max(periodStart, startDay), endDay: min(next, endDay)))
            year = nextYear
            index = nextIndex
            periodStart = next
        }
        self.periods = periods
    }

    /// x of the left edge of `day`, unclamped.
    @inline(__always)
    func x(_ day: Int) -> Double { left + Double(day - startDay) * pxPerDay }

    func contains(_ day: Int) -> Bool { day >= startDay && day < endDay }

    /// Average width of one quarter or month in px.
    var periodWidth: Double { pxPerDay * (zoom == .quarter ? 91.31 : 30.44) }

    static func periodStart(containing date: LocalDate, zoom: WallChartZoom) -> Int {
        let month = zoom == .quarter ? (date.quarter - 1) * 3 + 1 : date.month
        return dayNumber(year: date.year, month: month)
    }

    /// The day after the last day of the period containing `date`.
    static func periodEnd(containing date: LocalDate, zoom: WallChartZoom) -> Int {
        var month = (zoom == .quarter ? (date.quarter - 1) * 3 + 1 : date.month) + (zoom == .quarter ? 3 : 1)
        var year = date.year
        if month > 12 {
            month -= 12
            year += 1
        }
        return dayNumber(year: year, month: month)
    }

    /// Day number of the first day of `month` in `year` (any year, unlike `LocalDate.init`).
    static func dayNumber(year: Int, month: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
