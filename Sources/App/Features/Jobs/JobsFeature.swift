import Hummingbird

/// Background jobs as users see them: a job's page with its progress and a cancel button, and the same in the API.
/// The queue and the worker are in `Core/Jobs`; features add kinds of job through `Feature.jobHandlers`.
enum JobsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = JobPages(services: routes.services)
        routes.pages.get("/jobs/:id") { request, context in try await pages.job(request, context) }
        routes.pages.post("/jobs/:id/cancel") { request, context in try await pages.cancel(request, context) }
        let api = JobsAPI(services: routes.services)
        routes.api.get("/jobs/:id") { request, context in try await api.job(request, context) }
        routes.api.post("/jobs/:id/cancel") { request, context in try await api.cancel(request, context) }
    }
}

/// Who may see and cancel a job: whoever started it, and administrators. Anyone else is told it does not exist.
enum JobsAccess {
    static func canSee(_ p: Principal, _ job: Job) -> Bool { p.role == .admin || job.createdBy == p.userId }

    /// The job, or 404 when there is none or the user may not see it.
    static func visibleJob(_ id: Int, _ p: Principal, _ services: AppServices) async throws -> Job {
        guard let job = try await services.jobs.job(id), canSee(p, job) else { throw AppError.notFound(entity: "job", id: String(id)) }
        return job
    }

    static func handler(for job: Job) -> JobHandler? { AppFeatures.jobHandlers.first { $0.kind == job.kind } }
}
