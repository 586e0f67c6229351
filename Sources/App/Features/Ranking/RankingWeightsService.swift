import Foundation
import ReformCore
import SQLKit

/// Saves a scope's ranking weights: the office of the jurisdiction (or an admin), in one transaction with its audit
/// entry; `baseVersion` is the version the editor saw (0 before the first save), anything else is a stale edit (409).
package struct RankingWeightsService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    /// Serialises saves on PostgreSQL (SQLite has one writer); the unique index is the last line of defence.
    private static let saveLock = 0x5241_4e4b

    func save(
        jurisdictionId: Int, scope: RankingWeightScope, weights: RankingWeights, baseVersion: Int, by principal: Principal, at: String? = nil
    ) async throws -> RankingWeightsRecord {
        try await database.transaction { sql in
            let j = try await JurisdictionQueries.require(jurisdictionId, on: sql)
            try Access.requireVisible(principal.sees(jurisdictionPath: j.path), entity: "jurisdiction", id: jurisdictionId)
            try Access.requireOffice(principal, jurisdictionPath: j.path, "configure_ranking")
            if case .plan(let planId) = scope {
                let plan = try await sql.first(PlanOwner.self, "SELECT jurisdiction_id FROM plans WHERE id = \(bind: planId)")
                guard plan?.jurisdictionId == jurisdictionId else { throw AppError.validation([ValidationIssue(field: "plan", code: .notFound)]) }
            }
            if sql.isPostgres { try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: Self.saveLock))").run() }
            let previous = try await RankingWeightQueries.history(jurisdictionId: jurisdictionId, scope: scope, on: sql).first
            let current = previous?.version ?? 0
            guard baseVersion == current else {
                // What the saved version holds that differs from this save, and who saved it.
                let changes = previous.map { p in
                    RankingComponent.allCases.filter { p.weights[$0] != weights[$0] }.map {
                        ConflictChange(
                            field: $0.rawValue, yours: RankingWeights.text(weights[$0]), current: RankingWeights.text(p.weights[$0]),
                            changedBy: p.changedBy, changedAt: p.changedAt)
                    }
                }
                throw AppError.conflict(entity: "ranking_weights", id: jurisdictionId, currentVersion: current, changes: changes ?? [])
            }
            let now = at ?? clock.timestamp
            let day = clock.localDate(ofTimestamp: now) ?? clock.today
            let w = weights
            let id = try await sql.insertReturningID(
                """
                INSERT INTO ranking_weights (jurisdiction_id, scope_kind, scope_ref, version, effective_from, on_time_rate, overdue_items,
                  review_returns, findings, rectifications_on_time, rectifications_overdue, matters_overdue, commendations, accountability,
                  changed_by, changed_at)
                VALUES (\(bind: jurisdictionId), \(bind: scope.kind), \(bind: scope.ref), \(bind: current + 1), \(bind: day.iso),
                  \(bind: w.onTimeRate), \(bind: w.overdueItems), \(bind: w.reviewReturns), \(bind: w.findings), \(bind: w.rectificationsOnTime),
                  \(bind: w.rectificationsOverdue), \(bind: w.mattersOverdue), \(bind: w.commendations), \(bind: w.accountability),
                  \(bind: principal.actorName), \(bind: now))
                """)
            let before = previous?.weights ?? .defaults
            var changes = Audit.diff(
                Dictionary(uniqueKeysWithValues: RankingComponent.allCases.map { ($0.rawValue, Optional(RankingWeights.text(before[$0]))) }),
                Dictionary(uniqueKeysWithValues: RankingComponent.allCases.map { ($0.rawValue, Optional(RankingWeights.text(w[$0]))) }))
            changes.insert(.init(field: "scope", before: nil, after: "\(scope.kind):\(scope.ref)"), at: 0)
            try await Audit.record(
                entity: "ranking_weights", id: id, action: previous == nil ? "create" : "update", actor: principal.actorName,
                version: current + 1, changes: changes, scopePath: j.path, at: now, on: sql)
            return try await RankingWeightQueries.history(jurisdictionId: jurisdictionId, scope: scope, on: sql)[0]
        }
    }

    private struct PlanOwner: Decodable {
        var jurisdictionId: Int
    }
}

extension AppServices {
    package var rankingWeights: RankingWeightsService { RankingWeightsService(database: database, clock: clock) }
}
