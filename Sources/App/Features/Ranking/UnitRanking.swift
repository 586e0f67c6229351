import ReformCore

/// One unit's line in the dynamic ranking (动态排名) of a jurisdiction as of a day.
struct UnitRanking: Codable, Sendable {
    /// One component: what was counted and the points it gave.
    struct Component: Codable, Sendable, Equatable {
        /// `RankingComponent` raw value.
        var component: String
        /// The on-time rate in percent, or the count.
        var raw: Double
        var weight: Double
        var points: Double
    }

    var unitId: Int
    var unitName: String
    /// Reports whose due date passed before the day, one per assigned unit and period.
    var reportsDue: Int
    /// Of those, first submitted on or before the due date.
    var reportsOnTime: Int
    /// reportsOnTime / reportsDue in percent; nil when nothing was due yet (scored as 100%: nothing was late).
    @APIModels.Nullable var onTimeRate: Double?
    /// Leaves the unit leads that were overdue (red) on the day.
    var overdueItems: Int
    /// Mean days from (last) submission to the office's decision, for today only (a report keeps only its last decision); shown, not scored.
    @APIModels.Nullable var averageReviewDays: Double?
    var components: [Component]
    /// The sum of the components' points.
    var score: Double
    /// 1-based; equal scores share a rank (`tied`).
    var rank: Int
    var tied: Bool

    func component(_ c: RankingComponent) -> Component? { components.first { $0.component == c.rawValue } }
}

/// A ranking with what it was computed from: the day, the weights and where they came from.
struct RankingResult: Sendable {
    var asOf: LocalDate
    var planId: Int?
    var weights: RankingWeightsInForce
    var units: [UnitRanking]
}
