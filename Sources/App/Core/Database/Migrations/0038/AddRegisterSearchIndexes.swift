import FluentKit
import SQLKit

/// Words in the authorization and delegated-power registers (`q=`, issue 13) found through a trigram index instead of a
/// LIKE scan of every row: on SQLite an FTS5 table with the trigram tokenizer over the columns the filter searches (kept
/// in step by triggers, as `plan_items_fts` is), on PostgreSQL one pg_trgm GIN index over the same columns. A phrase
/// under three characters has no trigram and is still a LIKE (`RegisterSearch`).
struct AddRegisterSearchIndexes: AsyncMigration {
    /// The registers' searched tables and columns: `RegisterSearch` reads the same lists.
    static let tables: [(table: String, columns: [String])] = [
        ("authorization_items", RegisterSearch.authorizationColumns),
        ("delegated_powers", RegisterSearch.powerColumns)
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for (table, columns) in Self.tables {
            if sql.isPostgres {
                let ops = columns.map { "\($0) gin_trgm_ops" }.joined(separator: ", ")
                try await sql.raw("CREATE INDEX \(unsafeRaw: table)_search ON \(unsafeRaw: table) USING gin (\(unsafeRaw: ops))").run()
                continue
            }
            let fts = table + "_fts"
            let list = columns.joined(separator: ", ")
            let new = columns.map { "new.\($0)" }.joined(separator: ", ")
            let old = columns.map { "old.\($0)" }.joined(separator: ", ")
            let changed = columns.map { "old.\($0) IS NOT new.\($0)" }.joined(separator: " OR ")
            for statement in [
                "CREATE VIRTUAL TABLE \(fts) USING fts5(\(list), content='\(table)', content_rowid='id', tokenize='trigram')",
                "INSERT INTO \(fts)(\(fts)) VALUES ('rebuild')",
                """
                CREATE TRIGGER \(fts)_insert AFTER INSERT ON \(table) BEGIN
                  INSERT INTO \(fts)(rowid, \(list)) VALUES (new.id, \(new));
                END
                """,
                """
                CREATE TRIGGER \(fts)_delete AFTER DELETE ON \(table) BEGIN
                  INSERT INTO \(fts)(\(fts), rowid, \(list)) VALUES ('delete', old.id, \(old));
                END
                """,
                """
                CREATE TRIGGER \(fts)_update AFTER UPDATE OF \(list) ON \(table) WHEN \(changed) BEGIN
                  INSERT INTO \(fts)(\(fts), rowid, \(list)) VALUES ('delete', old.id, \(old));
                  INSERT INTO \(fts)(rowid, \(list)) VALUES (new.id, \(new));
                END
                """
            ] {
                try await sql.raw(SQLQueryString(statement)).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for (table, _) in Self.tables {
            if sql.isPostgres {
                try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: table)_search").run()
            } else {
                for trigger in ["insert", "delete", "update"] {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_fts_\(unsafeRaw: trigger)").run()
                }
                try await sql.raw("DROP TABLE IF EXISTS \(unsafeRaw: table)_fts").run()
            }
        }
    }
}
