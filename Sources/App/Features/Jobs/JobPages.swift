import Foundation
import Hummingbird

/// A job's page: what it is, how far it got (app.js refreshes the bar from the API while it runs) and a cancel button.
struct JobPages: PageHandlers {
    let services: AppServices

    struct JobView {
        var id: Int
        var title: String
        var state: String
        var stateLabel: String
        var isActive: Bool
        var isFailed: Bool
        var percent: Int?
        var progressDone: Int64
        var progressTotal: Int64
        var note: String
        var attempts: Int
        var maxAttempts: Int
        var lastError: String?
        var cancelRequested: Bool
        var link: String?
        var createdAt: String
        var startedAt: String?
        var finishedAt: String?
    }

    func job(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let job = try await JobsAccess.visibleJob(try pageID(context), p, services)
        let l = context.language
        let handler = JobsAccess.handler(for: job)
        let view = JobView(
            id: job.id, title: L10n.t(handler?.titleKey ?? "jobs.kind.other", l), state: job.state.rawValue,
            stateLabel: L10n.t("jobs.state." + job.state.rawValue, l), isActive: !job.state.isFinished,
            isFailed: job.state == .failed, percent: job.percent, progressDone: job.progressDone, progressTotal: job.progressTotal,
            note: job.progressNote, attempts: job.attempts, maxAttempts: job.maxAttempts, lastError: job.lastError,
            cancelRequested: job.cancelRequested && !job.state.isFinished,
            link: job.state == .succeeded ? handler?.link(job) : nil,
            createdAt: displayTime(job.createdAt, l), startedAt: job.startedAt.map { displayTime($0, l) },
            finishedAt: job.finishedAt.map { displayTime($0, l) })
        return renderer.page("jobs/job", title: view.title, view: view, context: context, request: request)
    }

    func cancel(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let job = try await JobsAccess.visibleJob(try pageID(context), try context.requirePrincipal(), services)
        if !job.state.isFinished { try await services.jobs.requestCancel(job.id) }
        return Response(status: .seeOther, headers: [.location: "/jobs/\(job.id)"])
    }

    private func pageID(_ context: AppRequestContext) throws -> Int { try context.parameters.require("id", as: Int.self) }
}
