/// One measure the unit ranking (动态排名) weighs. Each is a benefit (adds points) or a penalty (takes them away); the
/// office sets how many points each is worth (`RankingWeights`), never its direction.
public enum RankingComponent: String, Codable, Sendable, CaseIterable {
    /// 按时报送率: reports first submitted by their due date, in percent of those due; the weight is the points at 100%.
    case onTimeRate = "on_time_rate"
    /// 逾期事项: leaves the unit leads that were past their deadline and not done.
    case overdueItems = "overdue_items"
    /// 审核退回: reports the office sent back (退回修改).
    case reviewReturns = "review_returns"
    /// 督查发现问题: problem findings against the unit.
    case findings
    /// 整改按期销号: rectifications the unit led, closed by their deadline.
    case rectificationsOnTime = "rectifications_on_time"
    /// 整改逾期: rectifications past their deadline, still open or closed late.
    case rectificationsOverdue = "rectifications_overdue"
    /// 督办事项逾期: matters the unit leads, past their deadline, still open or closed late.
    case mattersOverdue = "matters_overdue"
    /// 通报表扬.
    case commendations
    /// 问责, less those a 容错纠错 record on the same source excuses.
    case accountability

    /// +1 for a benefit, −1 for a penalty.
    public var sign: Int {
        switch self {
        case .onTimeRate, .rectificationsOnTime, .commendations: 1
        case .overdueItems, .reviewReturns, .findings, .rectificationsOverdue, .mattersOverdue, .accountability: -1
        }
    }

    /// The on-time rate is a percentage (its weight is the points at 100%); every other component is a count.
    public var isRate: Bool { self == .onTimeRate }
}
