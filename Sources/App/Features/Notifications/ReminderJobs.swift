import Foundation
import ReformCore
import SQLKit

/// The daily jobs: `supervision.reminders` at 08:00 in the clock's time zone (China time), which queues the next day's
/// run before it scans (so a failed scan is retried by the queue and the chain goes on), then the digest.
enum ReminderJobs {
    static let remindersKind = "supervision.reminders"
    static let digestKind = "notifications.digest"
    static let runHour = 8
    static let digestDayKey = "notifications.digest_on"

    static let remindersHandler = JobHandler(kind: remindersKind, titleKey: "notifications.job.reminders", run: runReminders)
    static let digestHandler = JobHandler(kind: digestKind, titleKey: "notifications.job.digest", run: runDigest)

    /// The first 08:00 after `now` in `timeZone`.
    static func nextRun(after now: Date, in timeZone: TimeZone) -> Date { DailySchedule.nextRun(at: runHour, after: now, in: timeZone) }

    /// Queues the reminders job unless one is waiting: at once before the first scan ever, else at the next 08:00.
    /// Called when the server starts (under the start-up lock) and by the job itself.
    static func ensureQueued(_ services: AppServices, excluding running: Int? = nil) async throws {
        let sql = services.database.sql
        guard try await !DailySchedule.isQueued(remindersKind, excluding: running, on: sql) else { return }
        let now = services.clock.now
        let first = running == nil ? try await ReminderScan.scannedThrough(on: sql) == nil : false
        let at = first ? now : nextRun(after: now, in: services.clock.timeZone)
        try await services.jobs.enqueue(kind: remindersKind, payload: [String: String](), createdBy: nil, runAt: at)
    }

    @Sendable static func runReminders(_ context: JobContext) async throws -> String? {
        let services = context.services
        try await ensureQueued(services, excluding: context.job.id)
        let summary = try await ReminderScan(database: services.database, clock: services.clock).run()
        try await services.jobs.enqueue(kind: digestKind, payload: ["day": summary.through], createdBy: nil)
        return String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
    }

    @Sendable static func runDigest(_ context: JobContext) async throws -> String? {
        let services = context.services
        let summary = try await NotificationDigest(database: services.database, clock: services.clock).run()
        return String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
    }
}

/// The daily digest (每日提醒摘要): each user with unread reminders gets one notification counting them (yesterday's
/// unread digest is marked read, as this one replaces it), and each enabled endpoint one message summing them up.
/// Once a day: the day done is kept, so a retried job writes nothing twice.
struct NotificationDigest: Sendable {
    let database: DatabaseService
    let clock: AppClock

    struct Summary: Sendable, Codable, Equatable {
        var users: Int
        var warn: Int
        var overdue: Int
        var outboxed: Int
    }

    private struct Count: Decodable {
        var users: Int
        var warn: Int?
        var overdue: Int?
    }

    func run(today given: LocalDate? = nil) async throws -> Summary {
        let today = given ?? clock.today
        let now = clock.timestamp
        let jobs = JobQueue(database: database, clock: clock)
        return try await database.transaction { sql in
            let done = try await sql.scalar(
                String.self, column: "value", "SELECT value FROM app_settings WHERE key = \(bind: ReminderJobs.digestDayKey)")
            if let done, let day = LocalDate(iso: done), day >= today { return Summary(users: 0, warn: 0, overdue: 0, outboxed: 0) }
            try await sql.execute("UPDATE notifications SET read_at = \(bind: now) WHERE kind = 'digest' AND read_at IS NULL")
            let unread: SQLQueryString = "read_at IS NULL AND kind IN ('reminder_warn', 'reminder_overdue')"
            try await sql.execute(
                """
                INSERT INTO notifications (user_id, kind, link, text, created_at)
                SELECT user_id, 'digest', '/notifications',
                       CAST(SUM(CASE WHEN kind = 'reminder_warn' THEN 1 ELSE 0 END) AS TEXT) || ' '
                         || CAST(SUM(CASE WHEN kind = 'reminder_overdue' THEN 1 ELSE 0 END) AS TEXT),
                       \(bind: now)
                FROM notifications WHERE \(unread) GROUP BY user_id
                """)
            let count =
                try await sql.first(
                    Count.self,
                    """
                    SELECT COUNT(DISTINCT user_id) AS users, SUM(CASE WHEN kind = 'reminder_warn' THEN 1 ELSE 0 END) AS warn,
                           SUM(CASE WHEN kind = 'reminder_overdue' THEN 1 ELSE 0 END) AS overdue
                    FROM notifications WHERE \(unread)
                    """) ?? Count(users: 0, warn: 0, overdue: 0)
            var summary = Summary(users: count.users, warn: count.warn ?? 0, overdue: count.overdue ?? 0, outboxed: 0)
            if summary.users > 0 {
                let endpoints = try await WebhookQueries.enabled(on: sql)
                if !endpoints.isEmpty {
                    let event = NotificationEvent(
                        kind: "digest", subjectType: nil, subjectId: nil, link: "/notifications",
                        text: "\(summary.users) 人有未读提醒：临期 \(summary.warn) 条，逾期 \(summary.overdue) 条", due: nil)
                    summary.outboxed = try await NotificationOutbox.enqueue(event, to: endpoints, now: now, jobs: jobs, on: sql)
                }
            }
            try await sql.execute(
                """
                INSERT INTO app_settings (key, value, updated_at) VALUES (\(bind: ReminderJobs.digestDayKey), \(bind: today.iso), \(bind: now))
                ON CONFLICT (key) DO UPDATE SET value = \(bind: today.iso), updated_at = \(bind: now)
                """)
            return summary
        }
    }
}
