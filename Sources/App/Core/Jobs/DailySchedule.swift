import Foundation
import SQLKit

/// What the daily jobs (the reminder scan, the file sweep) share: the next run at an hour of the clock's time zone, and
/// whether a run of their kind is already queued or running (each queues its own next run).
enum DailySchedule {
    /// The first `hour`:00 after `now` in `timeZone`.
    static func nextRun(at hour: Int, after now: Date, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var parts = calendar.dateComponents([.year, .month, .day], from: now)
        parts.hour = hour
        let today = calendar.date(from: parts) ?? now
        return today > now ? today : calendar.date(byAdding: .day, value: 1, to: today) ?? today.addingTimeInterval(86_400)
    }

    /// A job of `kind` waits or runs, other than `running` (the job asking).
    static func isQueued(_ kind: String, excluding running: Int?, on sql: any SQLDatabase) async throws -> Bool {
        let n =
            try await sql.scalar(
                Int.self, column: "n",
                "SELECT COUNT(*) AS n FROM jobs WHERE kind = \(bind: kind) AND state IN ('queued', 'running') AND id <> \(bind: running ?? 0)"
            ) ?? 0
        return n > 0
    }
}
