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
    }

    static var storedFileReferences: [StoredFileReference] {
        [.column(table: "idea_attachments", column: "storage_key")]
    }
}
