import ReformCore

/// Colours shared by every chart, so a red bar means the same thing everywhere.
public enum ChartPalette {
    public static let green = "#2e7d32"
    public static let yellow = "#f9a825"
    public static let red = "#c62828"
    public static let grey = "#9e9e9e"
    public static let blue = "#1565c0"

    /// Light tints of the status colours (bar tracks, the unfinished part of a wall-chart bar).
    public static let lightGreen = "#a5d6a7"
    public static let lightYellow = "#ffe082"
    public static let lightRed = "#ef9a9a"
    public static let lightGrey = "#e0e0e0"

    /// Series colours for data without a colour of their own: the same deep (800) shades as the
    /// status colours, starting with the non-status hues so a category is not mistaken for a light.
    public static let series: [String] = [
        blue, "#00838f", "#6a1b9a", "#ef6c00", "#283593", "#6d4c41",
        "#ad1457", "#558b2f", "#4527a0", "#00695c", green, yellow, red, grey
    ]

    /// The datum's own colour, else the series colour at `index` (wrapping around).
    public static func color(_ own: String?, index: Int) -> String {
        if let own, !own.isEmpty { return own }
        return series[((index % series.count) + series.count) % series.count]
    }

    /// The colour of a schedule light (`none` is grey).
    public static func color(for light: ScheduleLight) -> String {
        switch light {
        case .green: green
        case .yellow: yellow
        case .red: red
        case .none: grey
        }
    }

    /// The colour of a lifecycle status.
    public static func color(for status: LifecycleStatus) -> String {
        switch status {
        case .notStarted: grey
        case .inProgress: blue
        case .partlyDone: "#00838f"
        case .done: green
        case .suspended: "#616161"
        }
    }
}
