import Foundation
import Hummingbird

/// Evaluation (成效评估): rounds over plan items, authorized items (and, as they come, grassroots projects and delegated
/// powers) with weighted criteria, scores from self-assessment, the office and outside reviewers, a computed result and
/// ranking, best-case selection in two tiers and a public notice (公示); filters, paging, export, an import of scores
/// with a dry run, print, the API and audit.
enum EvaluationFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = EvaluationPages(services: routes.services)
        routes.pages.get("/evaluations") { request, context in try await pages.index(request, context) }
        routes.pages.post("/evaluations") { request, context in try await pages.create(request, context) }
        routes.pages.get("/evaluations/:id") { request, context in try await pages.round(request, context) }
        routes.pages.post("/evaluations/:id") { request, context in try await pages.update(request, context) }
        routes.pages.post("/evaluations/:id/criteria") { request, context in try await pages.saveCriteria(request, context) }
        routes.pages.post("/evaluations/:id/subjects") { request, context in try await pages.addSubjects(request, context) }
        routes.pages.post("/evaluations/:id/reviewers") { request, context in try await pages.assignReviewer(request, context) }
        routes.pages.post("/evaluations/:id/state") { request, context in try await pages.setState(request, context) }
        routes.pages.get("/evaluations/:id/export.xlsx") { request, context in try await pages.export(request, context, format: "xlsx") }
        routes.pages.get("/evaluations/:id/export.csv") { request, context in try await pages.export(request, context, format: "csv") }
        routes.pages.get("/evaluations/:id/import") { request, context in try await pages.importForm(request, context) }
        routes.pages.post("/evaluations/:id/import") { request, context in try await pages.runImport(request, context) }
        routes.pages.get("/evaluations/:id/notice") { request, context in try await pages.notice(request, context) }
        routes.pages.get("/evaluations/:id/subjects/:sid") { request, context in try await pages.subject(request, context) }
        routes.pages.post("/evaluations/:id/subjects/:sid/scores") { request, context in try await pages.saveScores(request, context) }
        routes.pages.get("/public/evaluations/:token") { request, context in try await pages.publicNotice(request, context) }
        routes.pages.post("/evaluations/:id/delete") { request, context in try await pages.delete(request, context) }
        EvaluationAPI(services: routes.services).register(on: routes.api)
    }

    /// Where public notices live: no sign-in (see `AuthMiddleware.isPublic`).
    static let publicPrefix = "/public/evaluations/"

    /// The paths an assigned reviewer may reach: the rounds list, a round, a subject and its scores (pages and API); `#`
    /// stands for an id. Which rounds, the handlers decide (`EvaluationQueries.isAssigned`).
    static var reviewerGates: [ReviewerAccess] { [reviewerAccess] }

    static let reviewerAccess = ReviewerAccess(
        scope: "evaluation_round",
        routes: { path in reviewerPaths.contains { ReviewerAccess.matches(path, $0) } },
        isAssigned: { userId, roundId, sql in try await EvaluationQueries.isAssigned(userId: userId, roundId: roundId, on: sql) },
        home: "/evaluations",
        hasAssignment: { userId, sql in
            try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM evaluation_reviewers WHERE user_id = \(bind: userId)") ?? 0 > 0
        })

    static let reviewerPaths = [
        "/evaluations", "/evaluations/#", "/evaluations/#/subjects/#", "/evaluations/#/subjects/#/scores", "/api/v1/evaluation-rounds",
        "/api/v1/evaluation-rounds/#", "/api/v1/evaluation-subjects/#", "/api/v1/evaluation-subjects/#/scores"
    ]
}
