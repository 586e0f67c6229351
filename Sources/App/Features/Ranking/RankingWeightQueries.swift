import ReformCore
import SQLKit

/// The saved weights: a scope's history and the version in force on a day.
enum RankingWeightQueries {
    static let columns: SQLQueryString = """
        id, jurisdiction_id, scope_kind, scope_ref, version, effective_from, on_time_rate, overdue_items, review_returns, findings,
        rectifications_on_time, rectifications_overdue, matters_overdue, commendations, accountability, changed_by, changed_at
        """

    /// Every version of a scope's weights, the newest first.
    static func history(jurisdictionId: Int, scope: RankingWeightScope, on db: any SQLDatabase) async throws -> [RankingWeightsRecord] {
        try await db.all(
            RankingWeightsRecord.self,
            """
            SELECT \(columns) FROM ranking_weights
            WHERE jurisdiction_id = \(bind: jurisdictionId) AND scope_kind = \(bind: scope.kind) AND scope_ref = \(bind: scope.ref)
            ORDER BY version DESC
            """)
    }

    /// The version in force at the end of `day`: the last one saved on or before it.
    static func inForce(jurisdictionId: Int, scope: RankingWeightScope, on day: LocalDate, db: any SQLDatabase) async throws
        -> RankingWeightsRecord?
    {
        try await db.first(
            RankingWeightsRecord.self,
            """
            SELECT \(columns) FROM ranking_weights
            WHERE jurisdiction_id = \(bind: jurisdictionId) AND scope_kind = \(bind: scope.kind) AND scope_ref = \(bind: scope.ref)
              AND effective_from <= \(bind: day.iso)
            ORDER BY version DESC LIMIT 1
            """)
    }

    /// What a ranking as of `day` weighs with: the plan's weights when a plan is ranked and has them, else the weights of
    /// the day's year, else the defaults.
    static func resolve(jurisdictionId: Int, planId: Int?, asOf day: LocalDate, on db: any SQLDatabase) async throws -> RankingWeightsInForce {
        if let planId, let r = try await inForce(jurisdictionId: jurisdictionId, scope: .plan(planId), on: day, db: db) {
            return RankingWeightsInForce(weights: r.weights, source: r)
        }
        if let r = try await inForce(jurisdictionId: jurisdictionId, scope: .year(day.year), on: day, db: db) {
            return RankingWeightsInForce(weights: r.weights, source: r)
        }
        return RankingWeightsInForce(weights: .defaults, source: nil)
    }
}
