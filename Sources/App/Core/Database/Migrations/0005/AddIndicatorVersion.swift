import FluentKit
import SQLKit

/// Indicators become editable: like every other record an office edits, each carries a version so that two people
/// editing one indicator get a conflict rather than a silent overwrite.
struct AddIndicatorVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("ALTER TABLE item_indicators ADD COLUMN version INTEGER NOT NULL DEFAULT 1").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("ALTER TABLE item_indicators DROP COLUMN version").run()
    }
}
