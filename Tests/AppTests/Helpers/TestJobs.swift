@testable import App

/// The job runner as the tests drive it: no background worker, the queue run to empty on demand.
enum TestJobs {
    /// Runs every job that is due with the app's handlers and returns how many ran.
    @discardableResult
    static func drain(_ services: AppServices, concurrency: Int = 1) async -> Int {
        await JobWorker(services: services, handlers: AppFeatures.jobHandlers, concurrency: concurrency, logger: TestDatabase.logger).drain()
    }
}

/// A job as `/api/v1/jobs/{id}` (and a 202 answer) shows it, the fields the tests read.
struct JobSeen: Decodable {
    var id: Int
    var kind: String
    var state: String
    var link: String?
}
