/// The unit of the wall chart's time axis: ticks, grid lines and alternating bands per quarter or per month.
public enum WallChartZoom: String, Sendable, CaseIterable {
    case quarter, month
}
