import ReformCore

/// How the wall chart is drawn: zoom, the date of the red "today" line, the time range, width and words.
public struct WallChartOptions: Sendable {
    public var zoom: WallChartZoom
    public var today: LocalDate
    /// First day shown; nil starts at the earliest start/deadline (or today), padded to a whole quarter/month.
    public var rangeStart: LocalDate?
    /// Last day shown; nil ends at the latest deadline (or today), padded to a whole quarter/month.
    public var rangeEnd: LocalDate?
    /// Natural width in px (the SVG scales to its container). Clamped to 800…6000.
    public var width: Int
    public var labels: WallChartLabels

    public init(
        zoom: WallChartZoom = .quarter,
        today: LocalDate,
        rangeStart: LocalDate? = nil,
        rangeEnd: LocalDate? = nil,
        width: Int = 1400,
        labels: WallChartLabels = .chinese
    ) {
        self.zoom = zoom
        self.today = today
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
        self.width = width
        self.labels = labels
    }
}
