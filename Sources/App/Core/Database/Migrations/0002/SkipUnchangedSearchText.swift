import FluentKit
import SQLKit

/// SQLite: the FTS5 update trigger fires only when `search_text` really changes. An edit always writes
/// the column, so before this every progress update (percent, status) deleted and re-inserted the item's
/// trigrams and let FTS5 merge segments: 13 % of an edit's CPU time in `reform bench`, and a share of its
/// pages in the WAL. PostgreSQL's index needs no trigger.
struct SkipUnchangedSearchText: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard !sql.isPostgres else { return }
        try await sql.raw("DROP TRIGGER plan_items_fts_update").run()
        try await sql.raw(
            """
            CREATE TRIGGER plan_items_fts_update AFTER UPDATE OF search_text ON plan_items
            WHEN old.search_text IS NOT new.search_text BEGIN
              INSERT INTO plan_items_fts(plan_items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
              INSERT INTO plan_items_fts(rowid, search_text) VALUES (new.id, new.search_text);
            END
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard !sql.isPostgres else { return }
        try await sql.raw("DROP TRIGGER plan_items_fts_update").run()
        try await sql.raw(
            """
            CREATE TRIGGER plan_items_fts_update AFTER UPDATE OF search_text ON plan_items BEGIN
              INSERT INTO plan_items_fts(plan_items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
              INSERT INTO plan_items_fts(rowid, search_text) VALUES (new.id, new.search_text);
            END
            """
        ).run()
    }
}
