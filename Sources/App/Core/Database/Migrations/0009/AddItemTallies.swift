import FluentKit
import SQLKit

/// The dashboard's counts of leaves by status, by light and of overdue ones by lead unit, kept by the database in the
/// transaction of every item write, so a national dashboard sums a few thousand counters instead of a million items
/// (0.6 s on SQLite and 1.0 s on PostgreSQL at 1,000,000 items, BENCHMARKS.md).
///
/// Triggers rather than calls in each service: every path that writes `plan_items` (the item form, the API, import
/// commit and undo, amendments, reports, jurisdiction moves, the bench generator, raw SQL in tests) keeps them, and
/// none can forget. A light depends on the day: the counters hold the lights as of `item_tally_state.as_of`, and
/// `ItemTallies.bringUpToDate` moves them to the clock's today (only items whose deadline or warning day lies between
/// the two dates change light) before the dashboard reads them. `as_of` is null until the first such call, which
/// counts everything once; the triggers do nothing meanwhile.
///
/// On PostgreSQL, where writes run concurrently, the trigger only appends its ±1 to `item_tally_deltas`: no writer
/// waits for another on a counter row, and none can deadlock with one that changes the same counters in the other
/// order. `ItemTallies` folds the deltas into the counters under an advisory lock, and the views `item_leaf_counts` and
/// `item_red_counts` (what the dashboard reads) add those not yet folded. SQLite has one writer at a time: its triggers
/// update the counters directly, and its deltas table stays empty.
struct AddItemTallies: AsyncMigration {
    /// The light of a leaf as of `day`: `LedgerQuery.lightCondition` as one CASE (`unlit`: none of the four, a deadline
    /// without a warning day, which that condition leaves out as well).
    static func light(status s: String, deadline od: String, warn wf: String, day d: String) -> String {
        """
        CASE WHEN \(s) = 'suspended' OR \(od) IS NULL THEN 'none' WHEN \(s) = 'done' THEN 'green' WHEN \(od) < \(d) THEN 'red' \
        WHEN \(wf) <= \(d) THEN 'yellow' WHEN \(wf) > \(d) THEN 'green' ELSE 'unlit' END
        """
    }

    /// `light` of the row `p` (`new.`, `old.`, `i.`).
    static func light(_ p: String, day: String) -> String {
        light(status: p + "status", deadline: p + "original_deadline", warn: p + "warn_from", day: day)
    }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let withoutRowID = sql.isPostgres ? "" : " WITHOUT ROWID"
        try await sql.raw("CREATE TABLE item_tally_state (id INTEGER PRIMARY KEY, as_of VARCHAR(10))").run()
        try await sql.raw("INSERT INTO item_tally_state (id, as_of) VALUES (1, NULL)").run()
        try await sql.raw(
            """
            CREATE TABLE item_leaf_tallies (jurisdiction_path TEXT NOT NULL, status TEXT NOT NULL, light TEXT NOT NULL,
              n BIGINT NOT NULL, PRIMARY KEY (jurisdiction_path, status, light))\(unsafeRaw: withoutRowID)
            """
        ).run()
        try await sql.raw(
            """
            CREATE TABLE item_red_tallies (jurisdiction_path TEXT NOT NULL, lead_unit_id BIGINT NOT NULL, n BIGINT NOT NULL,
              PRIMARY KEY (jurisdiction_path, lead_unit_id))\(unsafeRaw: withoutRowID)
            """
        ).run()
        try await sql.raw(
            "CREATE TABLE item_tally_deltas (jurisdiction_path TEXT NOT NULL, status TEXT NOT NULL, light TEXT NOT NULL, lead_unit_id BIGINT NOT NULL, n BIGINT NOT NULL)"
        ).run()
        try await sql.raw(
            """
            CREATE VIEW item_leaf_counts AS SELECT jurisdiction_path, status, light, n FROM item_leaf_tallies
              UNION ALL SELECT jurisdiction_path, status, light, n FROM item_tally_deltas
            """
        ).run()
        try await sql.raw(
            """
            CREATE VIEW item_red_counts AS SELECT jurisdiction_path, lead_unit_id, n FROM item_red_tallies
              UNION ALL SELECT jurisdiction_path, lead_unit_id, n FROM item_tally_deltas WHERE light = 'red'
            """
        ).run()
        // What moving the day reads: the active leaves whose deadline or warning day lies between two dates.
        let active = "child_count = 0 AND status IN ('not_started', 'in_progress', 'partly_done')"
        try await sql.raw("CREATE INDEX plan_items_active_deadline ON plan_items (original_deadline) WHERE \(unsafeRaw: active)").run()
        try await sql.raw("CREATE INDEX plan_items_active_warn ON plan_items (warn_from) WHERE \(unsafeRaw: active)").run()
        // The dashboard's completion by field reads the fields (depth 0) of a subtree, not every item of it.
        try await sql.raw("CREATE INDEX plan_items_fields ON plan_items (depth, jurisdiction_path, title, rollup_percent)").run()
        if sql.isPostgres {
            try await createPostgresTriggers(sql)
        } else {
            try await createSQLiteTriggers(sql)
        }
    }

    /// SQLite: a trigger per statement kind; upserts add +1/-1 (the SELECT's WHERE is what SQLite's upsert syntax needs).
    private func createSQLiteTriggers(_ sql: any SQLDatabase) async throws {
        func add(_ p: String, _ delta: Int, when: String) -> String {
            let light = Self.light(p, day: "s.as_of")
            return """
                INSERT INTO item_leaf_tallies (jurisdiction_path, status, light, n)
                  SELECT \(p)jurisdiction_path, \(p)status, \(light), \(delta) FROM item_tally_state s WHERE \(when)
                  ON CONFLICT (jurisdiction_path, status, light) DO UPDATE SET n = n + excluded.n;
                INSERT INTO item_red_tallies (jurisdiction_path, lead_unit_id, n)
                  SELECT \(p)jurisdiction_path, COALESCE(\(p)lead_unit_id, 0), \(delta) FROM item_tally_state s WHERE \(when) AND \(light) = 'red'
                  ON CONFLICT (jurisdiction_path, lead_unit_id) DO UPDATE SET n = n + excluded.n;
                """
        }
        let counting = "(SELECT as_of FROM item_tally_state) IS NOT NULL"
        try await sql.raw(
            """
            CREATE TRIGGER plan_items_tally_insert AFTER INSERT ON plan_items WHEN new.child_count = 0 AND \(unsafeRaw: counting) BEGIN
            \(unsafeRaw: add("new.", 1, when: "true"))
            END
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER plan_items_tally_delete AFTER DELETE ON plan_items WHEN old.child_count = 0 AND \(unsafeRaw: counting) BEGIN
            \(unsafeRaw: add("old.", -1, when: "true"))
            END
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER plan_items_tally_update
            AFTER UPDATE OF child_count, status, original_deadline, warn_from, jurisdiction_path, lead_unit_id ON plan_items
            WHEN (old.child_count = 0 OR new.child_count = 0) AND (old.child_count IS NOT new.child_count OR old.status IS NOT new.status
              OR old.original_deadline IS NOT new.original_deadline OR old.warn_from IS NOT new.warn_from
              OR old.jurisdiction_path IS NOT new.jurisdiction_path OR old.lead_unit_id IS NOT new.lead_unit_id) AND \(unsafeRaw: counting)
            BEGIN
            \(unsafeRaw: add("old.", -1, when: "old.child_count = 0"))
            \(unsafeRaw: add("new.", 1, when: "new.child_count = 0"))
            END
            """
        ).run()
    }

    /// PostgreSQL: one row trigger appending deltas. It reads `as_of` FOR SHARE, so a write waits while the day is being
    /// moved and a move waits for the writes under way: every leaf is counted as of the day the counters hold.
    private func createPostgresTriggers(_ sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            CREATE FUNCTION item_tally_add(jp TEXT, st TEXT, unit BIGINT, od TEXT, wf TEXT, d TEXT, delta INTEGER) RETURNS void
            LANGUAGE sql AS $$
              INSERT INTO item_tally_deltas (jurisdiction_path, status, light, lead_unit_id, n)
              VALUES (jp, st, \(unsafeRaw: Self.light(status: "st", deadline: "od", warn: "wf", day: "d")), COALESCE(unit, 0), delta)
            $$
            """
        ).run()
        try await sql.raw(
            """
            CREATE FUNCTION plan_items_tally() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE d TEXT;
            BEGIN
              IF TG_OP = 'UPDATE' THEN
                IF OLD.child_count <> 0 AND NEW.child_count <> 0 THEN RETURN NULL; END IF;
                IF (OLD.child_count, OLD.status, OLD.original_deadline, OLD.warn_from, OLD.jurisdiction_path, OLD.lead_unit_id)
                   IS NOT DISTINCT FROM (NEW.child_count, NEW.status, NEW.original_deadline, NEW.warn_from, NEW.jurisdiction_path, NEW.lead_unit_id)
                THEN RETURN NULL; END IF;
              ELSIF TG_OP = 'INSERT' THEN
                IF NEW.child_count <> 0 THEN RETURN NULL; END IF;
              ELSIF OLD.child_count <> 0 THEN
                RETURN NULL;
              END IF;
              SELECT as_of INTO d FROM item_tally_state WHERE id = 1 FOR SHARE;
              IF d IS NULL THEN RETURN NULL; END IF;
              IF TG_OP <> 'INSERT' AND OLD.child_count = 0 THEN
                PERFORM item_tally_add(OLD.jurisdiction_path, OLD.status, OLD.lead_unit_id, OLD.original_deadline, OLD.warn_from, d, -1);
              END IF;
              IF TG_OP <> 'DELETE' AND NEW.child_count = 0 THEN
                PERFORM item_tally_add(NEW.jurisdiction_path, NEW.status, NEW.lead_unit_id, NEW.original_deadline, NEW.warn_from, d, 1);
              END IF;
              RETURN NULL;
            END $$
            """
        ).run()
        try await sql.raw(
            "CREATE TRIGGER plan_items_tally AFTER INSERT OR UPDATE OR DELETE ON plan_items FOR EACH ROW EXECUTE FUNCTION plan_items_tally()"
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.isPostgres {
            try await sql.raw("DROP TRIGGER plan_items_tally ON plan_items").run()
            try await sql.raw("DROP FUNCTION plan_items_tally()").run()
            try await sql.raw("DROP FUNCTION item_tally_add(TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, INTEGER)").run()
        } else {
            for trigger in ["plan_items_tally_insert", "plan_items_tally_delete", "plan_items_tally_update"] {
                try await sql.raw("DROP TRIGGER \(unsafeRaw: trigger)").run()
            }
        }
        for index in ["plan_items_active_deadline", "plan_items_active_warn", "plan_items_fields"] {
            try await sql.raw("DROP INDEX \(unsafeRaw: index)").run()
        }
        try await sql.raw("DROP VIEW item_red_counts").run()
        try await sql.raw("DROP VIEW item_leaf_counts").run()
        for table in ["item_tally_deltas", "item_red_tallies", "item_leaf_tallies", "item_tally_state"] {
            try await sql.raw("DROP TABLE \(unsafeRaw: table)").run()
        }
    }
}
