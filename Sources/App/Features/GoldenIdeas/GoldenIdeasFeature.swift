import Hummingbird

/// Golden-idea calls (金点子征集): the office opens a call, the public submits without signing in (receipt code and a
/// private link), the office moderates, triages and assigns reviewers who score by weighted criteria, shortlists under
/// public notice (公示), awards and adopts, linking the idea to the plan items or supervision matters it led to.
enum GoldenIdeasFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = IdeaPages(services: routes.services)
        let r = routes.pages
        r.get("/ideas") { request, context in try await pages.index(request, context) }
        r.get("/ideas/new") { request, context in try await pages.newForm(request, context) }
        r.post("/ideas/calls") { request, context in try await pages.create(request, context) }
        r.get("/ideas/calls/:id") { request, context in try await pages.call(request, context) }
        r.get("/ideas/calls/:id/edit") { request, context in try await pages.editForm(request, context) }
        r.post("/ideas/calls/:id") { request, context in try await pages.update(request, context) }
        r.post("/ideas/calls/:id/reviewers") { request, context in try await pages.assignReviewer(request, context) }
        r.get("/ideas/submissions/:id") { request, context in try await pages.submission(request, context) }
        r.post("/ideas/submissions/:id/act") { request, context in try await pages.act(request, context) }
        r.post("/ideas/submissions/:id/scores") { request, context in try await pages.score(request, context) }
        r.get("/idea-attachments/:id") { request, context in try await pages.attachment(request, context) }

        let public_ = IdeaPublicPages(services: routes.services)
        r.get("/public/ideas") { request, context in try await public_.calls(request, context) }
        r.get("/public/ideas/calls/:id") { request, context in try await public_.call(request, context) }
        r.get("/public/ideas/calls/:id/submit") { request, context in try await public_.form(request, context) }
        r.post("/public/ideas/calls/:id/submit") { request, context in try await public_.submit(request, context) }
        r.get("/public/ideas/receipt/:token") { request, context in try await public_.receipt(request, context) }
        r.get("/public/ideas/:id") { request, context in try await public_.idea(request, context) }
        r.get("/public/ideas/:id/objection") { request, context in try await public_.objectionForm(request, context) }
        r.post("/public/ideas/:id/objection") { request, context in try await public_.object(request, context) }
        r.post("/ideas/objections/:id") { request, context in try await pages.decideObjection(request, context) }
        IdeasAPI(services: routes.services).register(on: routes.api)
    }

    /// The paths a reviewer account (`Role.reviewer`) assigned to a call may reach: the calls list, a call, an idea under
    /// review and its scores (pages and API); `#` stands for an id. Which calls, the handlers decide
    /// (`IdeaService.readableCall`: assigned to it, else 404); everything else of the office is the gate's 403.
    static var reviewerGates: [ReviewerAccess] { [reviewerAccess] }

    static let reviewerAccess = ReviewerAccess(
        scope: "idea_call",
        routes: { path in reviewerPaths.contains { ReviewerAccess.matches(path, $0) } },
        isAssigned: { userId, callId, sql in try await IdeaQueries.isReviewer(userId: userId, callId: callId, on: sql) },
        home: "/ideas",
        hasAssignment: { userId, sql in
            try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM idea_reviewers WHERE user_id = \(bind: userId)") ?? 0 > 0
        })

    static let reviewerPaths = [
        "/ideas", "/ideas/calls/#", "/ideas/submissions/#", "/ideas/submissions/#/scores", "/api/v1/idea-calls", "/api/v1/idea-calls/#",
        "/api/v1/idea-calls/#/submissions", "/api/v1/idea-submissions/#", "/api/v1/idea-submissions/#/scores"
    ]

    static var storedFileReferences: [StoredFileReference] {
        [.column(table: "idea_attachments", column: "storage_key")]
    }
}
