import Foundation
import SQLKit

/// The daily sweep of stored files nothing names any more (`StoredFileSweep`), at 03:00 in the clock's time zone: the
/// job queues the next night's run before it sweeps, as the reminder job does.
enum FileSweepJob {
    static let kind = "files.sweep"
    static let runHour = 3
    static let handler = JobHandler(kind: kind, titleKey: "operations.job.fileSweep", run: run)

    /// The first 03:00 after `now` in `timeZone`.
    static func nextRun(after now: Date, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var parts = calendar.dateComponents([.year, .month, .day], from: now)
        parts.hour = runHour
        let today = calendar.date(from: parts) ?? now
        return today > now ? today : calendar.date(byAdding: .day, value: 1, to: today) ?? today.addingTimeInterval(86_400)
    }

    /// Queues the next sweep unless one is waiting. Called when the server starts (under the start-up lock) and by the job.
    static func ensureQueued(_ services: AppServices, excluding running: Int? = nil) async throws {
        let waiting =
            try await services.database.sql.scalar(
                Int.self, column: "n",
                "SELECT COUNT(*) AS n FROM jobs WHERE kind = \(bind: kind) AND state IN ('queued', 'running') AND id <> \(bind: running ?? 0)"
            ) ?? 0
        guard waiting == 0 else { return }
        let at = nextRun(after: services.clock.now, in: services.clock.timeZone)
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
