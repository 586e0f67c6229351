import Foundation
import SQLKit

/// The daily sweep of stored files nothing names any more (`StoredFileSweep`), at 03:00 in the clock's time zone: the
/// job queues the next night's run before it sweeps, as the reminder job does.
enum FileSweepJob {
    static let kind = "files.sweep"
    static let runHour = 3
    static let handler = JobHandler(kind: kind, titleKey: "operations.job.fileSweep", run: run)

    /// Queues the next sweep unless one is waiting. Called when the server starts (under the start-up lock) and by the job.
    static func ensureQueued(_ services: AppServices, excluding running: Int? = nil) async throws {
        guard try await !DailySchedule.isQueued(kind, excluding: running, on: services.database.sql) else { return }
        let at = DailySchedule.nextRun(at: runHour, after: services.clock.now, in: services.clock.timeZone)
        try await services.jobs.enqueue(kind: kind, payload: [String: String](), createdBy: nil, runAt: at)
    }

    @Sendable static func run(_ context: JobContext) async throws -> String? {
        let services = context.services
        try await ensureQueued(services, excluding: context.job.id)
        let summary = try await StoredFileSweep(database: services.database, clock: services.clock, references: AppFeatures.storedFileReferences)
            .run()
        return String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
    }
}
