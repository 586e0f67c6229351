import FluentKit
import SQLKit

/// Chinese text search without a word segmenter: trigrams. SQLite's FTS5 trigram tokenizer (kept in step
/// by triggers) on SQLite; pg_trgm's GIN index on PostgreSQL. Queries under three characters fall back
/// to LIKE in `LedgerQuery`.
struct CreateItemSearchIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.isPostgres {
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm").run()
            try await sql.raw("CREATE INDEX plan_items_search ON plan_items USING gin (search_text gin_trgm_ops)").run()
            return
        }
        for statement in [
            "CREATE VIRTUAL TABLE plan_items_fts USING fts5(search_text, content='plan_items', content_rowid='id', tokenize='trigram')",
            """
            CREATE TRIGGER plan_items_fts_insert AFTER INSERT ON plan_items BEGIN
              INSERT INTO plan_items_fts(rowid, search_text) VALUES (new.id, new.search_text);
            END
            """,
            """
            CREATE TRIGGER plan_items_fts_delete AFTER DELETE ON plan_items BEGIN
              INSERT INTO plan_items_fts(plan_items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
            END
            """,
            """
            CREATE TRIGGER plan_items_fts_update AFTER UPDATE OF search_text ON plan_items BEGIN
              INSERT INTO plan_items_fts(plan_items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
              INSERT INTO plan_items_fts(rowid, search_text) VALUES (new.id, new.search_text);
            END
            """
        ] {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.isPostgres {
            try await sql.raw("DROP INDEX IF EXISTS plan_items_search").run()
        } else {
            try await sql.raw("DROP TABLE IF EXISTS plan_items_fts").run()
        }
    }
}
