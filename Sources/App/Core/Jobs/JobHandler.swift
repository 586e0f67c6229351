import Foundation

/// What runs a kind of job. A feature lists its handlers in `Feature.jobHandlers`; the worker looks them up by
/// `kind`. The handler returns the job's result as JSON text (or nil) and reports progress through the context; it
/// throws `PermanentJobFailure` for a failure a retry would repeat, anything else is retried with back-off.
package struct JobHandler: Sendable {
    package let kind: String
    /// The string key of what the job is called on its page ("导入台账").
    package let titleKey: String
    /// Where the job's outcome is seen once it succeeded (e.g. the import it made), from its row.
    package let link: @Sendable (Job) -> String?
    package let run: @Sendable (JobContext) async throws -> String?

    package init(
        kind: String, titleKey: String = "jobs.kind.other", link: @escaping @Sendable (Job) -> String? = { _ in nil },
        run: @escaping @Sendable (JobContext) async throws -> String?
    ) {
        self.kind = kind
        self.titleKey = titleKey
        self.link = link
        self.run = run
    }
}

/// What a running job sees: its row, the app's services, and a way to report progress (which also renews the
/// worker's lease and is where a cancel request arrives).
package struct JobContext: Sendable {
    package let job: Job
    package let services: AppServices
    let worker: String

    /// Records `done` of `total` and a note; throws `JobCancelled` when someone asked to cancel the job.
    package func progress(done: Int64, total: Int64, note: String = "") async throws {
        let cancel = try await services.jobs.heartbeat(job.id, worker: worker, done: done, total: total, note: note)
        if cancel { throw JobCancelled() }
        try Task.checkCancellation()
    }

    package func decodePayload<T: Decodable>(_ type: T.Type) throws -> T {
        do { return try job.decodePayload(type) } catch {
            throw PermanentJobFailure("the job's payload does not read as \(T.self): \(error)")
        }
    }
}
