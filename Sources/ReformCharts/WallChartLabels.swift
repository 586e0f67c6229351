/// The words the wall chart prints, so one renderer serves the Chinese and the English UI.
public struct WallChartLabels: Sendable {
    public var today: String
    /// Printed on rows without a deadline.
    public var noDeadline: String
    public var legendOnTime: String
    public var legendDueSoon: String
    public var legendOverdue: String
    public var legendDone: String
    public var legendSuspended: String
    public var legendMilestone: String
    public var legendOriginalDeadline: String
    /// (year, quarter 1…4) → tick label, e.g. `2022年第3季度`.
    public var quarterFormat: @Sendable (Int, Int) -> String
    /// (year, month 1…12) → tick label, e.g. `2022年10月`.
    public var monthFormat: @Sendable (Int, Int) -> String
    /// A roll-up bar's hint: the number of sub-items it stands for (`WallChartRow.hiddenItems`), e.g. `含 12 项，点击展开`.
    public var rollupFormat: @Sendable (Int) -> String

    public init(
        today: String,
        noDeadline: String,
        legendOnTime: String,
        legendDueSoon: String,
        legendOverdue: String,
        legendDone: String,
        legendSuspended: String,
        legendMilestone: String,
        legendOriginalDeadline: String,
        quarterFormat: @escaping @Sendable (Int, Int) -> String,
        monthFormat: @escaping @Sendable (Int, Int) -> String,
        rollupFormat: @escaping @Sendable (Int) -> String = { "+\($0)" }
    ) {
        self.today = today
        self.noDeadline = noDeadline
        self.legendOnTime = legendOnTime
        self.legendDueSoon = legendDueSoon
        self.legendOverdue = legendOverdue
        self.legendDone = legendDone
        self.legendSuspended = legendSuspended
        self.legendMilestone = legendMilestone
        self.legendOriginalDeadline = legendOriginalDeadline
        self.quarterFormat = quarterFormat
        self.monthFormat = monthFormat
        self.rollupFormat = rollupFormat
    }

    public static let chinese = WallChartLabels(
        today: "今天",
        noDeadline: "长期坚持",
        legendOnTime: "正常",
        legendDueSoon: "临期",
        legendOverdue: "逾期",
        legendDone: "已完成",
        legendSuspended: "中止",
        legendMilestone: "节点",
        legendOriginalDeadline: "原定时限",
        quarterFormat: { year, quarter in "\(year)年第\(quarter)季度" },
        monthFormat: { year, month in "\(year)年\(month)月" },
        rollupFormat: { "含 \($0) 项下级事项，点击展开" }
    )

    public static let english = WallChartLabels(
        today: "Today",
        noDeadline: "Ongoing",
        legendOnTime: "On time",
        legendDueSoon: "Due soon",
        legendOverdue: "Overdue",
        legendDone: "Done",
        legendSuspended: "Suspended",
        legendMilestone: "Milestone",
        legendOriginalDeadline: "Original deadline",
        quarterFormat: { year, quarter in "Q\(quarter) \(year)" },
        monthFormat: { year, month in
            let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return (1...12).contains(month) ? "\(names[month - 1]) \(year)" : "\(year)-\(month)"
        },
        rollupFormat: { "\($0) sub-items: click to expand" }
    )
}
