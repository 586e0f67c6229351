import FluentKit
import SQLKit

/// The dashboard's rectification counts (by lead unit and by the finding's category, within a jurisdiction's subtree) from
/// indexes that hold what they read: on PostgreSQL at national scale a province's view spent 15–52 ms joining its 10,000
/// rectifications to their findings' rows for the category, and 14–21 ms grouping them by unit through the units' rows
/// (BENCHMARKS.md, session 15).
struct AddRectificationCountIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX rectifications_counts ON rectifications (jurisdiction_path, lead_unit_id, state, finding_id)").run()
        try await sql.raw("CREATE INDEX findings_category ON findings (id, category)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX rectifications_counts").run()
        try await sql.raw("DROP INDEX findings_category").run()
    }
}
