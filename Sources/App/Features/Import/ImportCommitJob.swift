import Foundation

/// A large draft is committed by the job worker rather than in the request: the office's browser gets the job's page
/// at once (the commit of 100,000 items is one transaction of several seconds), and the worker's concurrency bounds
/// how many such commits run at the same time. Small drafts are committed in the request as before.
enum ImportCommitJob {
    static let kind = "import.commit"
    /// Drafts with more items than this are committed as a job.
    static let itemThreshold = 2_000

    struct Payload: Codable, Sendable {
        var batchId: Int
        var actor: String
    }

    static let handler = JobHandler(kind: kind, titleKey: "import.job.commit", link: link, run: run)

    static func link(_ job: Job) -> String? { (try? job.decodePayload(Payload.self)).map { "/imports/\($0.batchId)" } }

    @Sendable static func run(_ context: JobContext) async throws -> String? {
        let payload = try context.decodePayload(Payload.self)
        try await context.progress(done: 0, total: 1, note: "")
        do {
            _ = try await context.services.imports.commit(payload.batchId, actor: payload.actor)
        } catch let failure as ImportFailure {
            // The draft's state or its errors: the next attempt would fail the same way.
            throw PermanentJobFailure(failure.message(.zh) + " / " + failure.message(.en))
        } catch AppError.validation(let issues) {
            throw PermanentJobFailure(issues.map { L10n.issue($0, .zh, scope: "import") }.joined(separator: "；"))
        }
        return nil
    }
}
