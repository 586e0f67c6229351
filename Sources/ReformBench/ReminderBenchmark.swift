import App
import Foundation
import ReformCore
import SQLKit

/// The reminder scan at national scale (`reform bench --only reminders`): a first scan reads every record whose warn
/// day or deadline has come (the worst case: a database never scanned); the next day's reads one day's range.
struct ReminderBenchmark: Sendable {
    let services: AppServices
    let today: LocalDate

    private var sql: any SQLDatabase { services.database.sql }

    /// Someone to remind: a liaison account for every unit that leads a matter or a rectification (the scan marks only
    /// records with a holder). Accounts that cannot sign in (`!` is no password hash); made once.
    func ensureLiaisons() async throws -> Int {
        let now = "2026-01-01T00:00:00.000Z"
        try await sql.raw(
            """
            INSERT INTO users (username, display_name, password_hash, role, jurisdiction_id, unit_id, active, failed_logins, password_changed_at,
              created_at, updated_at, version)
            SELECT 'bench-liaison-' || CAST(u.id AS TEXT), u.name || '联络员', '!', 'liaison', u.jurisdiction_id, u.id, \(bind: true), 0,
              \(bind: now), \(bind: now), \(bind: now), 1
            FROM units u
            WHERE u.id IN (SELECT lead_unit_id FROM matters UNION SELECT lead_unit_id FROM rectifications)
              AND NOT EXISTS (SELECT 1 FROM users x WHERE x.username = 'bench-liaison-' || CAST(u.id AS TEXT))
            """
        ).run()
        return try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM users WHERE username LIKE 'bench-liaison-%'") ?? 0
    }

    /// Someone to remind of plan items: the generated ledger assigns no item (交办), so without these an item has no
    /// recipient and a first scan fires nothing for the million items. An account for each responsible leader (责任领导)
    /// named on an item, at the country's root (seeing every item), makes each open item that turned yellow or red a
    /// reminder, as a ledger whose leaders all have accounts would. Made once.
    func ensureLeaders() async throws -> Int {
        let now = "2026-01-01T00:00:00.000Z"
        try await sql.raw(
            """
            INSERT INTO users (username, display_name, password_hash, role, jurisdiction_id, unit_id, active, failed_logins, password_changed_at,
              created_at, updated_at, version)
            SELECT 'bench-leader-' || CAST(ROW_NUMBER() OVER (ORDER BY l.name) AS TEXT), l.name, '!', 'office',
              (SELECT id FROM jurisdictions WHERE parent_id IS NULL ORDER BY id LIMIT 1), NULL, \(bind: true), 0,
              \(bind: now), \(bind: now), \(bind: now), 1
            FROM (SELECT DISTINCT responsible_leader AS name FROM plan_items WHERE responsible_leader <> '') l
            WHERE NOT EXISTS (SELECT 1 FROM users x WHERE x.username LIKE 'bench-leader-%')
            """
        ).run()
        return try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM users WHERE username LIKE 'bench-leader-%'") ?? 0
    }

    /// Back to a database never scanned.
    func forgetAll() async throws {
        try await sql.raw("DELETE FROM reminder_marks").run()
        try await sql.raw("DELETE FROM notifications").run()
        try await sql.raw("DELETE FROM app_settings WHERE key = \(bind: ReminderScan.scannedThroughKey)").run()
    }

    func fullScan() async throws {
        let summary = try await services.reminders.run(today: today)
        guard summary.since == nil else { throw BenchRunner.BenchError(description: "the full scan found an earlier scan") }
    }

    /// Scanned through today (a full scan the first time), without tomorrow's marks.
    func rewindOneDay() async throws {
        if try await ReminderScan.scannedThrough(on: sql) == nil { try await fullScan() }
        let tomorrow = today.adding(days: 1).iso
        try await sql.raw("DELETE FROM reminder_marks WHERE fired_on = \(bind: tomorrow)").run()
        try await sql.raw(
            "UPDATE app_settings SET value = \(bind: today.iso) WHERE key = \(bind: ReminderScan.scannedThroughKey)"
        ).run()
    }

    func nextDayScan() async throws {
        let summary = try await services.reminders.run(today: today.adding(days: 1))
        guard summary.since == today.iso else { throw BenchRunner.BenchError(description: "the next day's scan did not start from today") }
    }

    /// How many reminders a full scan and a day's scan fire.
    func describe() async throws -> String {
        struct Row: Decodable {
            var firedOn: String
            var n: Int
        }
        let rows = try await sql.raw("SELECT fired_on, COUNT(*) AS n FROM reminder_marks GROUP BY fired_on ORDER BY fired_on")
            .all(decoding: Row.self, with: SQLRowDecoder(keyDecodingStrategy: .convertFromSnakeCase))
        guard !rows.isEmpty else { return "no reminder recorded: nobody to remind (no assignments, liaisons or leader accounts)" }
        let notifications = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM notifications") ?? 0
        return rows.map { "\($0.n) reminders fired on \($0.firedOn)" }.joined(separator: ", ") + "; \(notifications) notifications written"
    }
}
