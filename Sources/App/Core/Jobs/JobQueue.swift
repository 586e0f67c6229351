import Foundation
import SQLKit

/// The job table's operations. Every change is one statement or one transaction, and every change a worker makes
/// names the worker, so a worker that lost its lease (it stalled and another instance took the job over) changes
/// nothing.
package struct JobQueue: Sendable {
    let database: DatabaseService
    let clock: AppClock
    var sql: any SQLDatabase { database.sql }

    /// How long a claim holds without a progress report before another worker may take the job.
    package static let leaseSeconds: TimeInterval = 300
    package static let defaultMaxAttempts = 5

    /// The wait before attempt `attempt + 1` after `attempt` failed: 15 s, 30 s, 1 min, … at most an hour.
    package static func backoff(afterAttempt attempt: Int) -> TimeInterval {
        min(3600, 15 * pow(2, Double(max(0, attempt - 1))))
    }

    private static let columns: SQLQueryString = """
        id, kind, payload, state, attempts, max_attempts, run_at, locked_by, locked_until, progress_done, progress_total,
        progress_note, result, last_error, cancel_requested, created_by, created_at, started_at, finished_at, updated_at
        """

    // MARK: Adding and reading

    /// Queues a job; inside a transaction pass it as `on`, so the job exists only if the work that asked for it
    /// was committed.
    @discardableResult
    package func enqueue<P: Encodable>(
        kind: String, payload: P, createdBy: Int?, maxAttempts: Int = JobQueue.defaultMaxAttempts, runAt: Date? = nil,
        on given: (any SQLDatabase)? = nil
    ) async throws -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(payload), as: UTF8.self)
        let now = clock.timestamp
        return try await (given ?? sql).insertReturningID(
            """
            INSERT INTO jobs (kind, payload, state, attempts, max_attempts, run_at, progress_done, progress_total, progress_note,
                              cancel_requested, created_by, created_at, updated_at)
            VALUES (\(bind: kind), \(bind: text), 'queued', 0, \(bind: max(1, maxAttempts)), \(bind: runAt.map(Timestamp.of) ?? now),
                    0, 0, '', \(bind: false), \(bind: createdBy), \(bind: now), \(bind: now))
            """)
    }

    package func job(_ id: Int) async throws -> Job? {
        try await sql.first(Job.self, "SELECT \(Self.columns) FROM jobs WHERE id = \(bind: id)")
    }

    /// A user's jobs, newest first; nil lists everyone's (administrators).
    package func jobs(createdBy user: Int?, limit: Int = 50) async throws -> [Job] {
        if let user {
            return try await sql.all(
                Job.self, "SELECT \(Self.columns) FROM jobs WHERE created_by = \(bind: user) ORDER BY id DESC LIMIT \(bind: limit)")
        }
        return try await sql.all(Job.self, "SELECT \(Self.columns) FROM jobs ORDER BY id DESC LIMIT \(bind: limit)")
    }

    /// How many jobs are in each state (for /metrics and the operations page).
    package func counts() async throws -> [Job.State: Int] {
        struct Row: Decodable {
            var state: String
            var n: Int
        }
        let rows = try await sql.all(Row.self, "SELECT state, COUNT(*) AS n FROM jobs GROUP BY state")
        var counts: [Job.State: Int] = [:]
        for row in rows { if let state = Job.State(rawValue: row.state) { counts[state] = row.n } }
        return counts
    }

    /// A queued job is cancelled at once; a running one is asked to stop (its handler sees it at its next progress
    /// report). A finished job is left as it is. Returns the job as it now stands, nil when there is none.
    @discardableResult
    package func requestCancel(_ id: Int) async throws -> Job? {
        let now = clock.timestamp
        try await sql.execute(
            """
            UPDATE jobs SET state = 'cancelled', finished_at = \(bind: now), updated_at = \(bind: now)
            WHERE id = \(bind: id) AND state = 'queued'
            """)
        try await sql.execute(
            """
            UPDATE jobs SET cancel_requested = \(bind: true), updated_at = \(bind: now) WHERE id = \(bind: id) AND state = 'running'
            """)
        return try await job(id)
    }

    // MARK: What a worker does

    /// Takes the next due job for `worker`: a queued one whose time has come, or a running one whose lease ran out
    /// (its worker died). One statement: on PostgreSQL the row is locked with SKIP LOCKED, so two instances never
    /// take the same job; SQLite has one writer at a time.
    package func claim(worker: String, kinds: [String]? = nil, now given: Date? = nil) async throws -> Job? {
        let now = given ?? clock.now
        let stamp = Timestamp.of(now)
        let until = Timestamp.of(now.addingTimeInterval(Self.leaseSeconds))
        let lock: SQLQueryString = sql.isPostgres ? " FOR UPDATE SKIP LOCKED" : ""
        var kindFilter: SQLQueryString = ""
        if let kinds {
            guard !kinds.isEmpty else { return nil }
            kindFilter = " AND kind IN (\(kinds.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ")))"
        }
        return try await sql.first(
            Job.self,
            """
            UPDATE jobs SET state = 'running', locked_by = \(bind: worker), locked_until = \(bind: until), attempts = attempts + 1,
                   started_at = COALESCE(started_at, \(bind: stamp)), updated_at = \(bind: stamp)
            WHERE id = (SELECT id FROM jobs
                        WHERE ((state = 'queued' AND run_at <= \(bind: stamp)) OR (state = 'running' AND locked_until < \(bind: stamp)))\(kindFilter)
                        ORDER BY run_at, id LIMIT 1\(lock))
            RETURNING \(Self.columns)
            """)
    }

    /// Records progress and renews the lease. Returns whether a cancel was asked for; throws `LostLease` when the job
    /// is no longer this worker's.
    package func heartbeat(_ id: Int, worker: String, done: Int64, total: Int64, note: String, now given: Date? = nil) async throws -> Bool {
        let now = given ?? clock.now
        struct Row: Decodable { var cancelRequested: Bool }
        guard
            let row = try await sql.first(
                Row.self,
                """
                UPDATE jobs SET progress_done = \(bind: done), progress_total = \(bind: total), progress_note = \(bind: note),
                       locked_until = \(bind: Timestamp.of(now.addingTimeInterval(Self.leaseSeconds))), updated_at = \(bind: Timestamp.of(now))
                WHERE id = \(bind: id) AND state = 'running' AND locked_by = \(bind: worker)
                RETURNING cancel_requested
                """)
        else { throw LostLease() }
        return row.cancelRequested
    }

    package struct LostLease: Error {}

    package func succeed(_ id: Int, worker: String, result: String?) async throws {
        let now = clock.timestamp
        try await sql.execute(
            """
            UPDATE jobs SET state = 'succeeded', result = \(bind: result), progress_done = CASE WHEN progress_total > 0 THEN progress_total ELSE progress_done END,
                   locked_by = NULL, locked_until = NULL, finished_at = \(bind: now), updated_at = \(bind: now)
            WHERE id = \(bind: id) AND state = 'running' AND locked_by = \(bind: worker)
            """)
    }

    package func markCancelled(_ id: Int, worker: String) async throws {
        let now = clock.timestamp
        try await sql.execute(
            """
            UPDATE jobs SET state = 'cancelled', locked_by = NULL, locked_until = NULL, finished_at = \(bind: now), updated_at = \(bind: now)
            WHERE id = \(bind: id) AND state = 'running' AND locked_by = \(bind: worker)
            """)
    }

    /// A failed attempt: queued again after the back-off, or failed for good when `permanent` or out of attempts.
    package func fail(_ id: Int, worker: String, error: String, permanent: Bool, now given: Date? = nil) async throws {
        let now = given ?? clock.now
        guard let current = try await job(id), current.state == .running, current.lockedBy == worker else { return }
        let stamp = Timestamp.of(now)
        let message = String(error.prefix(2000))
        if permanent || current.attempts >= current.maxAttempts {
            try await sql.execute(
                """
                UPDATE jobs SET state = 'failed', last_error = \(bind: message), locked_by = NULL, locked_until = NULL,
                       finished_at = \(bind: stamp), updated_at = \(bind: stamp)
                WHERE id = \(bind: id) AND state = 'running' AND locked_by = \(bind: worker)
                """)
        } else {
            let next = Timestamp.of(now.addingTimeInterval(Self.backoff(afterAttempt: current.attempts)))
            try await sql.execute(
                """
                UPDATE jobs SET state = 'queued', last_error = \(bind: message), run_at = \(bind: next), locked_by = NULL, locked_until = NULL,
                       updated_at = \(bind: stamp)
                WHERE id = \(bind: id) AND state = 'running' AND locked_by = \(bind: worker)
                """)
        }
    }

    /// Gives a job back untouched (the server is stopping): queued at once, the attempt not counted.
    package func release(_ id: Int, worker: String) async throws {
        let now = clock.timestamp
        try await sql.execute(
            """
            UPDATE jobs SET state = 'queued', attempts = attempts - 1, run_at = \(bind: now), locked_by = NULL, locked_until = NULL,
                   updated_at = \(bind: now)
            WHERE id = \(bind: id) AND state = 'running' AND locked_by = \(bind: worker)
            """)
    }
}
