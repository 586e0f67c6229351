import FluentKit
import SQLKit

/// "Outdated" (逾期未报) must be as cheap as the lights on a million items, so it is not computed from the
/// reports on read. Each item keeps `report_due`: the earliest date one of its units owes a report
/// (null when no report is owed: no schedule, not assigned, or done). It is written when a task is
/// assigned, when a report is filed and when one is accepted; reading compares it with today.
/// The partial index holds only items that owe reports, so the dashboard's count and the ledger's
/// filter scan the outdated ones (report_due < today) and nothing else.
struct AddItemReportDue: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("ALTER TABLE plan_items ADD COLUMN report_due VARCHAR(10)").run()
        try await sql.raw(
            """
            CREATE INDEX plan_items_report_due ON plan_items (report_due, jurisdiction_path, child_count) WHERE report_due IS NOT NULL
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX plan_items_report_due").run()
        try await sql.raw("ALTER TABLE plan_items DROP COLUMN report_due").run()
    }
}
