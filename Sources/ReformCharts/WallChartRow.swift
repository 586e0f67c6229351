import ReformCore

/// One plan item on the wall chart (挂图作战). Rows arrive in display order; `group` starts a new band when it changes.
public struct WallChartRow: Sendable, Hashable {
    public var id: Int
    /// The item's number as printed in the plan (`1.2.3`, `（三）`).
    public var number: String
    public var title: String
    /// A field (领域) or lead-unit name, whichever the caller groups by; empty draws no group band.
    public var group: String
    /// 牵头单位
    public var leadUnit: String
    public var start: LocalDate?
    /// The current deadline (完成时限), possibly extended; nil means ongoing (长期坚持).
    public var deadline: LocalDate?
    /// The deadline before any extension; a tick is drawn there when it differs from `deadline`.
    public var originalDeadline: LocalDate?
    public var status: LifecycleStatus
    public var light: ScheduleLight
    /// 0…100; values outside are clamped.
    public var percent: Double
    /// Draws a diamond at the deadline instead of a bar.
    public var isMilestone: Bool
    /// Where a click on the row goes; nil draws no link.
    public var link: String?
    /// Sub-items this row stands for and that the chart does not draw (a chart drawn by level): the row is a roll-up
    /// bar, marked ▸, whose link opens them. 0 for an ordinary row.
    public var hiddenItems: Int

    public init(
        id: Int,
        number: String,
        title: String,
        group: String = "",
        leadUnit: String = "",
        start: LocalDate? = nil,
        deadline: LocalDate? = nil,
        originalDeadline: LocalDate? = nil,
        status: LifecycleStatus = .notStarted,
        light: ScheduleLight = .none,
        percent: Double = 0,
        isMilestone: Bool = false,
        link: String? = nil,
        hiddenItems: Int = 0
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.group = group
        self.leadUnit = leadUnit
        self.start = start
        self.deadline = deadline
        self.originalDeadline = originalDeadline
        self.status = status
        self.light = light
        self.percent = percent
        self.isMilestone = isMilestone
        self.link = link
        self.hiddenItems = hiddenItems
    }
}
