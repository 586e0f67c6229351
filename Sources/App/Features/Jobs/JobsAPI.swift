import Foundation
import Hummingbird

/// GET /api/v1/jobs/{id} and POST /api/v1/jobs/{id}/cancel.
struct JobsAPI: APIHandlers {
    let services: AppServices

    struct JobBody: Encodable {
        struct Progress: Encodable {
            var done: Int64
            var total: Int64
            var percent: Int?
            var note: String
        }
        var id: Int
        var kind: String
        var state: String
        var attempts: Int
        var maxAttempts: Int
        var progress: Progress
        /// The handler's result as JSON text, once the job succeeded.
        var result: String?
        var error: String?
        var cancelRequested: Bool
        /// Where the outcome is seen (e.g. "/imports/12").
        var link: String?
        var createdAt: String
        var startedAt: String?
        var finishedAt: String?

        init(_ job: Job) {
            id = job.id
            kind = job.kind
            state = job.state.rawValue
            attempts = job.attempts
            maxAttempts = job.maxAttempts
            progress = Progress(done: job.progressDone, total: job.progressTotal, percent: job.percent, note: job.progressNote)
            result = job.state == .succeeded ? job.result : nil
            error = job.lastError
            cancelRequested = job.cancelRequested
            link = job.state == .succeeded ? JobsAccess.handler(for: job)?.link(job) : nil
            createdAt = job.createdAt
            startedAt = job.startedAt
            finishedAt = job.finishedAt
        }
    }

    func job(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let job = try await JobsAccess.visibleJob(try id(context), try context.requirePrincipal(), services)
        return try APIResponse.json(JobBody(job))
    }

    /// Cancels a queued job at once and asks a running one to stop; a finished job answers 409.
    func cancel(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let job = try await JobsAccess.visibleJob(try id(context), try context.requirePrincipal(), services)
        guard !job.state.isFinished else { throw AppError.unprocessable(code: "job_finished", message: "the job has already ended") }
        let now = try await services.jobs.requestCancel(job.id) ?? job
        return try APIResponse.json(JobBody(now), status: .accepted)
    }
}
