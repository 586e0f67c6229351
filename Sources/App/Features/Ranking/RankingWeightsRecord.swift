import ReformCore

/// What a set of ranking weights applies to: a year of a jurisdiction's work, or one of its plans.
enum RankingWeightScope: Sendable, Equatable {
    case year(Int)
    case plan(Int)

    var kind: String {
        switch self {
        case .year: "year"
        case .plan: "plan"
        }
    }
    var ref: Int {
        switch self {
        case .year(let y): y
        case .plan(let p): p
        }
    }

    /// The years a set may be kept for.
    static let years = 2000...2100

    /// The scope a query or form names (`year` or `plan`, with the year or the plan's id); nil when it names none.
    static func parse(year: String?, plan: String?) throws -> RankingWeightScope? {
        if let plan = plan?.trimmed, !plan.isEmpty {
            guard let id = Int(plan), id > 0 else { throw AppError.validation([ValidationIssue(field: "plan", code: .invalidNumber)]) }
            return .plan(id)
        }
        if let year = year?.trimmed, !year.isEmpty {
            guard let y = Int(year), years.contains(y) else {
                throw AppError.validation([ValidationIssue(field: "year", code: .outOfRange, limit: years.upperBound)])
            }
            return .year(y)
        }
        return nil
    }
}

/// One saved version of a scope's weights, in force from `effectiveFrom` until the next version's day.
struct RankingWeightsRecord: Codable, Sendable, Equatable {
    var id: Int
    var jurisdictionId: Int
    var scopeKind: String
    var scopeRef: Int
    var version: Int
    var effectiveFrom: String
    var onTimeRate: Double
    var overdueItems: Double
    var reviewReturns: Double
    var findings: Double
    var rectificationsOnTime: Double
    var rectificationsOverdue: Double
    var mattersOverdue: Double
    var commendations: Double
    var accountability: Double
    var changedBy: String
    var changedAt: String

    var weights: RankingWeights {
        RankingWeights(
            onTimeRate: onTimeRate, overdueItems: overdueItems, reviewReturns: reviewReturns, findings: findings,
            rectificationsOnTime: rectificationsOnTime, rectificationsOverdue: rectificationsOverdue, mattersOverdue: mattersOverdue,
            commendations: commendations, accountability: accountability)
    }
}

/// The weights a ranking used and where they came from (nil: the defaults).
struct RankingWeightsInForce: Sendable, Equatable {
    var weights: RankingWeights
    var source: RankingWeightsRecord?
}
