import Foundation
import Hummingbird
import ReformCore

/// /api/v1/jurisdictions/{id}/ranking (as of a day, optionally for one plan) and the office's weights.
struct RankingAPI: APIHandlers {
    let services: AppServices

    struct WeightsDTO: Codable, Sendable {
        var onTimeRate: Double?
        var overdueItems: Double?
        var reviewReturns: Double?
        var findings: Double?
        var rectificationsOnTime: Double?
        var rectificationsOverdue: Double?
        var mattersOverdue: Double?
        var commendations: Double?
        var accountability: Double?

        init(_ w: RankingWeights) {
            onTimeRate = w.onTimeRate
            overdueItems = w.overdueItems
            reviewReturns = w.reviewReturns
            findings = w.findings
            rectificationsOnTime = w.rectificationsOnTime
            rectificationsOverdue = w.rectificationsOverdue
            mattersOverdue = w.mattersOverdue
            commendations = w.commendations
            accountability = w.accountability
        }

        /// Every weight is required; each is read as the form reads it (0 to 1000, two decimals at most).
        func weights() throws -> RankingWeights {
            let values: [RankingComponent: Double?] = [
                .onTimeRate: onTimeRate, .overdueItems: overdueItems, .reviewReturns: reviewReturns, .findings: findings,
                .rectificationsOnTime: rectificationsOnTime, .rectificationsOverdue: rectificationsOverdue, .mattersOverdue: mattersOverdue,
                .commendations: commendations, .accountability: accountability
            ]
            let parsed = RankingWeights.parse(values.mapValues { $0.map(Self.text) ?? "" })
            guard let w = parsed.weights else { throw AppError.validation(parsed.issues) }
            return w
        }

        /// A JSON number as typed: 2 → "2", 2.5 → "2.5"; one with more than two decimals stays so and is refused.
        static func text(_ v: Double) -> String {
            v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
        }
    }
    struct SourceDTO: Codable, Sendable {
        var scope: String
        @APIModels.Nullable var year: Int?
        @APIModels.Nullable var planId: Int?
        var version: Int
        var effectiveFrom: String

        init(_ r: RankingWeightsRecord) {
            scope = r.scopeKind
            year = r.scopeKind == "year" ? r.scopeRef : nil
            planId = r.scopeKind == "plan" ? r.scopeRef : nil
            version = r.version
            effectiveFrom = r.effectiveFrom
        }
    }
    struct RankingDTO: Encodable {
        var asOf: String
        @APIModels.Nullable var planId: Int?
        var formula: String
        var weights: WeightsDTO
        /// nil: the defaults.
        @APIModels.Nullable var weightsSource: SourceDTO?
        var items: [UnitRanking]
    }
    struct VersionDTO: Encodable {
        var version: Int
        var effectiveFrom: String
        var changedBy: String
        var changedAt: String
        var weights: WeightsDTO
    }
    struct WeightSetDTO: Encodable {
        var scope: String
        @APIModels.Nullable var year: Int?
        @APIModels.Nullable var planId: Int?
        /// 0 while nothing is saved (the defaults apply): the version to send with the first save.
        var version: Int
        var isDefault: Bool
        var weights: WeightsDTO
        var history: [VersionDTO]
    }
    struct SaveInput: Decodable {
        var year: Int?
        var planId: Int?
        var version: Int?
        var weights: WeightsDTO?
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/jurisdictions/:id/ranking") { request, context in
            _ = try id(context)
            let r = try await RankingRequest.read(request, context, services: services, emptyMeansAbsent: false)
            let result = try await r.run(services)
            let text = RankingText(result: result, jurisdiction: r.jurisdiction, plan: r.plan, language: context.language)
            return try APIResponse.json(
                RankingDTO(
                    asOf: result.asOf.iso, planId: result.planId, formula: text.formula, weights: WeightsDTO(result.weights.weights),
                    weightsSource: result.weights.source.map(SourceDTO.init), items: result.units))
        }
        group.get("/jurisdictions/:id/ranking/weights") { request, context in
            let j = try await office(context)
            let q = request.uri.queryParameters
            let chosen = try scope(year: q.get("year"), plan: q.get("plan"))
            try await requirePlan(chosen, of: j.id)
            return try APIResponse.json(try await weightSet(j.id, chosen))
        }
        group.put("/jurisdictions/:id/ranking/weights") { request, context in
            let j = try await office(context)
            let input = try await decode(SaveInput.self, request, context)
            let scope: RankingWeightScope
            if let planId = input.planId {
                scope = .plan(planId)
            } else if let year = input.year {
                guard RankingWeightScope.years.contains(year) else {
                    throw AppError.validation([ValidationIssue(field: "year", code: .outOfRange, limit: RankingWeightScope.years.upperBound)])
                }
                scope = .year(year)
            } else {
                throw AppError.validation([ValidationIssue(field: "year", code: .required)])
            }
            let baseVersion = try version(input.version, request)
            guard let dto = input.weights else { throw AppError.validation([ValidationIssue(field: "weights", code: .required)]) }
            let weights = try dto.weights()
            _ = try await services.rankingWeights.save(
                jurisdictionId: j.id, scope: scope, weights: weights, baseVersion: baseVersion, by: try context.requirePrincipal())
            return try APIResponse.json(try await weightSet(j.id, scope))
        }
    }

    private func office(_ context: AppRequestContext) async throws -> JurisdictionRecord {
        let guarded = try AccessGuard(context, sql: sql)
        let j = try await guarded.readJurisdiction(try id(context))
        try Access.requireOffice(guarded.principal, jurisdictionPath: j.path, "configure_ranking")
        return j
    }

    /// `plan` or `year` from the query (400 when malformed); the current year by default.
    private func scope(year: String?, plan: String?) throws -> RankingWeightScope {
        if let planId = try optionalInt(plan, "plan") { return .plan(planId) }
        if let y = try optionalInt(year, "year", min: RankingWeightScope.years.lowerBound, max: RankingWeightScope.years.upperBound) {
            return .year(y)
        }
        return .year(services.clock.today.year)
    }

    /// A plan scope names one of the jurisdiction's own plans (404 otherwise).
    private func requirePlan(_ scope: RankingWeightScope, of jurisdictionId: Int) async throws {
        guard case .plan(let id) = scope else { return }
        guard let p = try await PlanQueries.find(id, on: sql), p.jurisdictionId == jurisdictionId else {
            throw AppError.notFound(entity: "plan", id: String(id))
        }
    }

    private func weightSet(_ jurisdictionId: Int, _ scope: RankingWeightScope) async throws -> WeightSetDTO {
        let history = try await RankingWeightQueries.history(jurisdictionId: jurisdictionId, scope: scope, on: sql)
        let year: Int?, planId: Int?
        switch scope {
        case .year(let y): (year, planId) = (y, nil)
        case .plan(let p): (year, planId) = (nil, p)
        }
        return WeightSetDTO(
            scope: scope.kind, year: year, planId: planId, version: history.first?.version ?? 0, isDefault: history.isEmpty,
            weights: WeightsDTO(history.first?.weights ?? .defaults),
            history: history.map {
                VersionDTO(
                    version: $0.version, effectiveFrom: $0.effectiveFrom, changedBy: $0.changedBy, changedAt: $0.changedAt,
                    weights: WeightsDTO($0.weights))
            })
    }
}
