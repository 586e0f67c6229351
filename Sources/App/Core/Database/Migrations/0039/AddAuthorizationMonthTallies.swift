import FluentKit
import SQLKit

/// The authorization register's landing counts by month, kept by the database on every write to the status history, so the
/// counts as of a past day and the chart of landing over time read a few thousand counters instead of every change (issue
/// 13: ≤ 100 ms nationally as of any day; a national register has 278,000 changes and 2,300 months × areas × statuses).
///
/// A change counts from the month it took effect until the month it was superseded: it adds 1 to its (place, area, status)
/// in its effective month and takes 1 away in its superseded month. The sum of a key's months before month M is what was
/// in force at the end of the month before; a day within M adds the changes that took effect and takes away those
/// superseded from M's first day to it (`authorization_changes_days` / `_ends`). Each change is counted under its item's
/// jurisdiction path, under `*` (the whole register) and under the roll-ups of its path's first two levels (`keys`), so
/// a national count reads the `*` rows, a country's or a province's its roll-up, and a city's its range of paths. A
/// change whose keys are not yet set (SQLite sets them just after the insert, migration 0037) counts nowhere until
/// they are.
///
/// As `AddItemTallies`: SQLite's triggers update the counters directly; on PostgreSQL, where writes run concurrently, the
/// trigger appends its ±1 to `authorization_month_deltas` (no writer waits for another on a counter row), readers read
/// the view `authorization_month_counts` (counters plus deltas), and `AuthorizationMonthTallies.fold` moves the deltas in.
struct AddAuthorizationMonthTallies: AsyncMigration {
    static let keyColumns = ["status", "effective_on", "superseded_on", "area", "jurisdiction_path"]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let withoutRowID = sql.isPostgres ? "" : " WITHOUT ROWID"
        try await sql.raw(
            """
            CREATE TABLE authorization_month_tallies (jurisdiction_path TEXT NOT NULL, area TEXT NOT NULL, status TEXT NOT NULL,
              month TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (jurisdiction_path, area, status, month))\(unsafeRaw: withoutRowID)
            """
        ).run()
        try await sql.raw(
            """
            CREATE TABLE authorization_month_deltas (jurisdiction_path TEXT NOT NULL, area TEXT NOT NULL, status TEXT NOT NULL,
              month TEXT NOT NULL, n BIGINT NOT NULL)
            """
        ).run()
        try await sql.raw(
            """
            CREATE VIEW authorization_month_counts AS SELECT jurisdiction_path, area, status, month, n FROM authorization_month_tallies
              UNION ALL SELECT jurisdiction_path, area, status, month, n FROM authorization_month_deltas
            """
        ).run()
        // Every change as it stands, counted once under each of its keys.
        let instr = sql.isPostgres ? "strpos" : "instr"
        var parts: [String] = []
        for e in Self.entries("c.", sign: 1, instr: instr) {
            parts.append(
                "SELECT \(e.path) AS p, COALESCE(c.area, '') AS a, c.status AS s, \(e.month) AS m, \(e.n) AS d FROM authorization_status_changes c WHERE \(e.when)"
            )
        }
        try await sql.raw(
            """
            INSERT INTO authorization_month_tallies (jurisdiction_path, area, status, month, n)
            SELECT p, a, s, m, SUM(d) FROM (\(unsafeRaw: parts.joined(separator: " UNION ALL "))) t
            GROUP BY p, a, s, m HAVING SUM(d) <> 0
            """
        ).run()
        if sql.isPostgres {
            try await createPostgresTriggers(sql)
        } else {
            try await createSQLiteTriggers(sql)
        }
        // A day within a month: the changes that took effect, and those superseded, from the month's first day to it.
        try await sql.raw(
            "CREATE INDEX authorization_changes_days ON authorization_status_changes (effective_on, area, status, jurisdiction_path)"
        ).run()
        try await sql.raw(
            "CREATE INDEX authorization_changes_ends ON authorization_status_changes (superseded_on, area, status, jurisdiction_path)"
        ).run()
        // An area's counts by batch and its page in batch order read the items of the area batch by batch; the batches are
        // read in the register's order from their index (SQLite 3.54 otherwise took the batches by ordinal and sorted every
        // match of a common filter: an area's page 10 ms against 0.05).
        try await sql.raw("DROP INDEX authorization_items_area_counts").run()
        try await sql.raw("CREATE INDEX authorization_items_area_counts ON authorization_items (area, batch_id, status, jurisdiction_path)").run()
        try await sql.raw("DROP INDEX authorization_batches_scope").run()
        try await sql.raw("CREATE INDEX authorization_batches_scope ON authorization_batches (jurisdiction_path, ordinal)").run()
        // A phrase's items, found by id through the trigram index, are counted from an index holding what a count reads
        // rather than from their rows (a first view read 12,000 rows of content: 90 ms against 25).
        try await sql.raw("CREATE INDEX authorization_items_keys ON authorization_items (id, batch_id, area, status, jurisdiction_path)").run()
    }

    /// The counters' keys of a change at `path` (SQL over a row's column): the path itself, `*` for the whole register, and
    /// the roll-ups of the subtrees of its first and second levels (`~/1/` and `~/1/2/` of `/1/2/93/`, a country's or a
    /// province's), so that a root's or a region's counts read their own few thousand counters rather than every path's
    /// below (322,000 at national scale). `instr` is `instr` on SQLite, `strpos` on PostgreSQL.
    static func keys(_ path: String, instr: String) -> [(key: String, when: String)] {
        let first = "\(instr)(substr(\(path), 2), '/')"
        let prefix1 = "substr(\(path), 1, \(first) + 1)"
        let second = "\(instr)(substr(\(path), \(first) + 2), '/')"
        let prefix2 = "substr(\(path), 1, \(first) + 1 + \(second))"
        return [(path, "true"), ("'*'", "true"), ("'~' || \(prefix1)", "true"), ("'~' || \(prefix2)", "\(second) > 0")]
    }

    /// The counters' changes for the row `p` (`new.` / `old.` / `c.`) with `sign`: its effective month and (when superseded)
    /// its superseded month, under each of its keys.
    static func entries(_ p: String, sign: Int, instr: String) -> [(path: String, month: String, n: Int, when: String)] {
        let keyed = "\(p)jurisdiction_path IS NOT NULL"
        var out: [(path: String, month: String, n: Int, when: String)] = []
        for k in keys("\(p)jurisdiction_path", instr: instr) {
            out.append((k.key, "substr(\(p)effective_on, 1, 7)", sign, "\(keyed) AND \(k.when)"))
            out.append((k.key, "substr(\(p)superseded_on, 1, 7)", -sign, "\(keyed) AND \(p)superseded_on IS NOT NULL AND \(k.when)"))
        }
        return out
    }

    private func createSQLiteTriggers(_ sql: any SQLDatabase) async throws {
        func add(_ p: String, _ sign: Int) -> String {
            Self.entries(p, sign: sign, instr: "instr").map { e in
                """
                INSERT INTO authorization_month_tallies (jurisdiction_path, area, status, month, n)
                  SELECT \(e.path), COALESCE(\(p)area, ''), \(p)status, \(e.month), \(e.n) WHERE \(e.when)
                  ON CONFLICT (jurisdiction_path, area, status, month) DO UPDATE SET n = n + excluded.n;
                """
            }.joined(separator: "\n")
        }
        try await sql.raw(
            """
            CREATE TRIGGER authorization_month_tallies_insert AFTER INSERT ON authorization_status_changes BEGIN
            \(unsafeRaw: add("new.", 1))
            END
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER authorization_month_tallies_delete AFTER DELETE ON authorization_status_changes BEGIN
            \(unsafeRaw: add("old.", -1))
            END
            """
        ).run()
        let changed = Self.keyColumns.map { "old.\($0) IS NOT new.\($0)" }.joined(separator: " OR ")
        try await sql.raw(
            """
            CREATE TRIGGER authorization_month_tallies_update AFTER UPDATE OF \(unsafeRaw: Self.keyColumns.joined(separator: ", "))
            ON authorization_status_changes WHEN \(unsafeRaw: changed) BEGIN
            \(unsafeRaw: add("old.", -1))
            \(unsafeRaw: add("new.", 1))
            END
            """
        ).run()
    }

    private func createPostgresTriggers(_ sql: any SQLDatabase) async throws {
        func add(_ p: String, _ sign: Int) -> String {
            Self.entries(p, sign: sign, instr: "strpos").map { e in
                """
                IF \(e.when) THEN
                  INSERT INTO authorization_month_deltas (jurisdiction_path, area, status, month, n)
                  VALUES (\(e.path), COALESCE(\(p)area, ''), \(p)status, \(e.month), \(e.n));
                END IF;
                """
            }.joined(separator: "\n")
        }
        try await sql.raw(
            """
            CREATE FUNCTION authorization_month_tally() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP IN ('UPDATE', 'DELETE') THEN
            \(unsafeRaw: add("OLD.", -1))
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
            \(unsafeRaw: add("NEW.", 1))
              END IF;
              RETURN NULL;
            END $$
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER authorization_month_tally AFTER INSERT OR DELETE ON authorization_status_changes
            FOR EACH ROW EXECUTE FUNCTION authorization_month_tally()
            """
        ).run()
        let changed = Self.keyColumns.map { "OLD.\($0) IS DISTINCT FROM NEW.\($0)" }.joined(separator: " OR ")
        try await sql.raw(
            """
            CREATE TRIGGER authorization_month_tally_update AFTER UPDATE OF \(unsafeRaw: Self.keyColumns.joined(separator: ", "))
            ON authorization_status_changes FOR EACH ROW WHEN (\(unsafeRaw: changed)) EXECUTE FUNCTION authorization_month_tally()
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX authorization_items_keys").run()
        try await sql.raw("DROP INDEX authorization_batches_scope").run()
        try await sql.raw("CREATE INDEX authorization_batches_scope ON authorization_batches (jurisdiction_path)").run()
        try await sql.raw("DROP INDEX authorization_items_area_counts").run()
        try await sql.raw("CREATE INDEX authorization_items_area_counts ON authorization_items (area, status, batch_id, jurisdiction_path)").run()
        try await sql.raw("DROP INDEX authorization_changes_days").run()
        try await sql.raw("DROP INDEX authorization_changes_ends").run()
        if sql.isPostgres {
            try await sql.raw("DROP TRIGGER authorization_month_tally ON authorization_status_changes").run()
            try await sql.raw("DROP TRIGGER authorization_month_tally_update ON authorization_status_changes").run()
            try await sql.raw("DROP FUNCTION authorization_month_tally()").run()
        } else {
            for name in ["insert", "delete", "update"] { try await sql.raw("DROP TRIGGER authorization_month_tallies_\(unsafeRaw: name)").run() }
        }
        try await sql.raw("DROP VIEW authorization_month_counts").run()
        try await sql.raw("DROP TABLE authorization_month_deltas").run()
        try await sql.raw("DROP TABLE authorization_month_tallies").run()
    }
}
