import Hummingbird
import ReformCore
import SQLKit

/// What a ranking page, export or API call asks for: the jurisdiction (read by whoever sees it), the day (`asOf`,
/// today by default, never after today) and optionally one of the jurisdiction's own plans (`plan`). A page's form
/// sends an empty value for "all plans"; the API takes a parameter left out, never empty (`emptyMeansAbsent: false`).
struct RankingRequest: Sendable {
    var jurisdiction: JurisdictionRecord
    var asOf: LocalDate
    var plan: PlanRecord?
    var principal: Principal

    static func read(
        _ request: Request, _ context: AppRequestContext, services: AppServices, emptyMeansAbsent: Bool = true
    ) async throws -> RankingRequest {
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: services.database.sql)
        let j = try await guarded.readJurisdiction(id)
        let query = request.uri.queryParameters
        let today = services.clock.today
        var asOf = today
        if let raw = query.get("asOf"), !raw.isEmpty || !emptyMeansAbsent {
            guard let d = LocalDate(iso: raw) else {
                throw AppError.badRequest(parameter: "asOf", message: "expected a date as YYYY-MM-DD, got \(raw.prefix(40))")
            }
            // A ranking of a day not yet over could still change: it is not a fact to reproduce.
            guard d <= today else { throw AppError.validation([ValidationIssue(field: "asOf", code: .outOfRange)]) }
            asOf = d
        }
        var plan: PlanRecord?
        if let raw = query.get("plan"), !raw.isEmpty || !emptyMeansAbsent {
            guard let planId = APIInput.wholeNumber(raw), planId > 0 else {
                throw AppError.badRequest(parameter: "plan", message: "expected a plan id, got \(raw.prefix(40))")
            }
            // Only the jurisdiction's own plans have their own weights and are offered.
            guard let p = try await PlanQueries.find(planId, on: services.database.sql), p.jurisdictionId == j.id else {
                throw AppError.notFound(entity: "plan", id: String(planId))
            }
            plan = p
        }
        return RankingRequest(jurisdiction: j, asOf: asOf, plan: plan, principal: guarded.principal)
    }

    func run(_ services: AppServices) async throws -> RankingResult {
        try await RankingQuery.run(
            jurisdictionId: jurisdiction.id, jurisdictionPath: jurisdiction.path, asOf: asOf, planId: plan?.id, clock: services.clock,
            database: services.database)
    }

    /// The query string that asks for the same ranking again ("?asOf=2026-11-30&plan=3").
    var query: String {
        "?asOf=" + asOf.iso + (plan.map { "&plan=\($0.id)" } ?? "")
    }
}
