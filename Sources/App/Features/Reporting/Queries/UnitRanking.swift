/// One unit's line in the dynamic ranking (动态排名) of a jurisdiction.
public struct UnitRanking: Codable, Sendable, Equatable {
    public var unitId: Int
    public var unitName: String
    /// Reports whose due date has passed, one per assigned unit and period.
    public var reportsDue: Int
    /// Of those, first submitted on or before the due date.
    public var reportsOnTime: Int
    /// reportsOnTime / reportsDue in percent; nil when nothing was due yet.
    public var onTimeRate: Double?
    /// Leaves the unit leads that are overdue (red).
    public var overdueItems: Int
    /// Mean days from (last) submission to the office's decision, over reports the office decided.
    public var averageReviewDays: Double?
    public var rank: Int
}
