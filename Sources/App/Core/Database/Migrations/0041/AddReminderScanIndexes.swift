import FluentKit
import SQLKit

/// The reminder scan's first run from indexes that hold what it reads. At national scale (200,000 matters and 300,000
/// rectifications) a first scan took 4.1 s of CPU (BENCHMARKS.md, session 16): choosing what to mark read each matter's
/// and rectification's row in deadline order (state, lead unit, leader), and writing the notifications found this scan's
/// marks through an index on the scan alone, then every mark's row. Now the deadline and warn-day indexes carry the
/// open state, the lead unit and (matters) the responsible leader, the marks' scan index carries the subject, so the
/// notifications read this scan's marks of one kind of record from the index in record order, and the accounts' indexes
/// answer whether a leader or a unit has an active account without reading the account (300,000 open items with
/// leaders: 0.56 → 0.22 s).
struct AddReminderScanIndexes: AsyncMigration {
    /// Index name, the new definition, and the one it replaces (for `revert`).
    static let indexes: [(name: String, new: String, old: String)] = [
        ("reminder_marks_scan", "reminder_marks (scan_id, subject_type, subject_id, kind, deadline)", "reminder_marks (scan_id)"),
        ("matters_deadline", "matters (deadline, id, state, lead_unit_id, responsible_leader)", "matters (deadline, id, state)"),
        ("matters_warn", "matters (warn_from, deadline, state, lead_unit_id, responsible_leader)", "matters (warn_from)"),
        ("rectifications_deadline", "rectifications (deadline, id, state, lead_unit_id)", "rectifications (deadline, id)"),
        ("rectifications_warn", "rectifications (warn_from, deadline, state, lead_unit_id)", "rectifications (warn_from)"),
        // Whether a record has someone to remind: a responsible leader's active account, a unit's active liaison.
        ("users_display_name", "users (display_name, active)", "users (display_name)"),
        ("users_unit", "users (unit_id, role, active)", "users (unit_id)")
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.raw("DROP INDEX \(unsafeRaw: index.name)").run()
            try await sql.raw("CREATE INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: index.new)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.raw("DROP INDEX \(unsafeRaw: index.name)").run()
            try await sql.raw("CREATE INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: index.old)").run()
        }
    }
}
