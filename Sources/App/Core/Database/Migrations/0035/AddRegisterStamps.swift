import FluentKit
import SQLKit

/// What the registers' counts need at national scale (issue 13's speed):
/// - `register_stamps`: a counter per register that triggers move on every write to its tables (and to jurisdictions,
///   whose names and paths the counts show), so counts computed once are kept in memory and reused while the counter
///   holds — correct on any number of instances sharing one database, whatever code wrote;
/// - `authorization_status_changes.superseded_on`: the day the next change of the same item took effect (NULL for the
///   latest), set by a trigger, so an item's status as of a day is one condition on one row instead of a scan of its
///   history. The history only moves forward (a change is never dated before the last), so a new change supersedes the
///   one without a successor.
struct AddRegisterStamps: AsyncMigration {
    static let registers = ["authorizations", "powers"]
    /// The tables whose writes move each register's stamp.
    static let tables: [(table: String, register: String)] = [
        ("authorization_batches", "authorizations"), ("authorization_items", "authorizations"),
        ("authorization_status_changes", "authorizations"), ("power_decisions", "powers"), ("delegated_powers", "powers"),
        ("power_terms", "powers")
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE TABLE register_stamps (register TEXT PRIMARY KEY, stamp BIGINT NOT NULL)").run()
        for r in Self.registers {
            try await sql.raw("INSERT INTO register_stamps (register, stamp) VALUES (\(bind: r), 1)").run()
        }
        try await sql.raw("ALTER TABLE authorization_status_changes ADD COLUMN superseded_on TEXT").run()
        try await sql.raw(
            """
            UPDATE authorization_status_changes SET superseded_on = (
              SELECT n.effective_on FROM authorization_status_changes n
              WHERE n.item_id = authorization_status_changes.item_id
                AND (n.effective_on > authorization_status_changes.effective_on
                  OR (n.effective_on = authorization_status_changes.effective_on AND n.id > authorization_status_changes.id))
              ORDER BY n.effective_on, n.id LIMIT 1)
            """
        ).run()
        if sql.isPostgres {
            try await sql.raw(
                """
                CREATE FUNCTION register_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE register_stamps SET stamp = stamp + 1 WHERE register = TG_ARGV[0];
                  RETURN NULL;
                END $$
                """
            ).run()
            for (table, register) in Self.tables {
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: table)_stamp AFTER INSERT OR UPDATE OR DELETE ON \(unsafeRaw: table)
                    FOR EACH STATEMENT EXECUTE FUNCTION register_stamp_bump('\(unsafeRaw: register)')
                    """
                ).run()
            }
            try await sql.raw(
                """
                CREATE FUNCTION register_stamp_bump_all() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE register_stamps SET stamp = stamp + 1;
                  RETURN NULL;
                END $$
                """
            ).run()
            try await sql.raw(
                "CREATE TRIGGER jurisdictions_stamp AFTER UPDATE ON jurisdictions FOR EACH STATEMENT EXECUTE FUNCTION register_stamp_bump_all()"
            ).run()
            try await sql.raw(
                """
                CREATE FUNCTION authorization_change_supersede() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE authorization_status_changes SET superseded_on = NEW.effective_on
                  WHERE item_id = NEW.item_id AND superseded_on IS NULL AND id <> NEW.id;
                  RETURN NULL;
                END $$
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER authorization_change_supersede AFTER INSERT ON authorization_status_changes
                FOR EACH ROW EXECUTE FUNCTION authorization_change_supersede()
                """
            ).run()
        } else {
            for (table, register) in Self.tables {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try await sql.raw(
                        """
                        CREATE TRIGGER \(unsafeRaw: table)_stamp_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON \(unsafeRaw: table)
                        BEGIN UPDATE register_stamps SET stamp = stamp + 1 WHERE register = '\(unsafeRaw: register)'; END
                        """
                    ).run()
                }
            }
            try await sql.raw(
                "CREATE TRIGGER jurisdictions_stamp AFTER UPDATE ON jurisdictions BEGIN UPDATE register_stamps SET stamp = stamp + 1; END"
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER authorization_change_supersede AFTER INSERT ON authorization_status_changes BEGIN
                  UPDATE authorization_status_changes SET superseded_on = new.effective_on
                  WHERE item_id = new.item_id AND superseded_on IS NULL AND id <> new.id;
                END
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.isPostgres {
            for (table, _) in Self.tables { try await sql.raw("DROP TRIGGER \(unsafeRaw: table)_stamp ON \(unsafeRaw: table)").run() }
            try await sql.raw("DROP TRIGGER jurisdictions_stamp ON jurisdictions").run()
            try await sql.raw("DROP TRIGGER authorization_change_supersede ON authorization_status_changes").run()
            for f in ["register_stamp_bump", "register_stamp_bump_all", "authorization_change_supersede"] {
                try await sql.raw("DROP FUNCTION \(unsafeRaw: f)()").run()
            }
        } else {
            for (table, _) in Self.tables {
                for event in ["insert", "update", "delete"] { try await sql.raw("DROP TRIGGER \(unsafeRaw: table)_stamp_\(unsafeRaw: event)").run() }
            }
            try await sql.raw("DROP TRIGGER jurisdictions_stamp").run()
            try await sql.raw("DROP TRIGGER authorization_change_supersede").run()
        }
        try await sql.raw("ALTER TABLE authorization_status_changes DROP COLUMN superseded_on").run()
        try await sql.raw("DROP TABLE register_stamps").run()
    }
}
