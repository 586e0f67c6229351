import ReformCore
import SQLKit

/// The leaf counters the dashboard reads (`AddItemTallies`): the triggers keep them on every item write; this moves
/// their lights to the clock's day and, on PostgreSQL, folds the writes' deltas into them.
package enum ItemTallies {
    private struct State: Decodable { var asOf: String? }

    /// What to read the counters from. PostgreSQL: the views that add the deltas not folded yet. SQLite: the tables,
    /// which its triggers update directly (its deltas table stays empty); through the views' UNION ALL SQLite's
    /// aggregates took a third longer (nationwide 46 against 29 ms for the overdue units).
    static func leafCounts(_ db: any SQLDatabase) -> SQLQueryString { db.isPostgres ? "item_leaf_counts" : "item_leaf_tallies" }
    static func redCounts(_ db: any SQLDatabase) -> SQLQueryString { db.isPostgres ? "item_red_counts" : "item_red_tallies" }

    /// The active leaves, whose light changes with the day (the partial indexes of `AddItemTallies` say the same).
    static let active = "i.child_count = 0 AND i.status IN ('not_started', 'in_progress', 'partly_done')"

    /// Brings the counters to `today`, in one transaction: the first time by counting every leaf, afterwards by moving
    /// only the active leaves whose deadline or warning day lies between the day they hold and `today` (a few hundred a
    /// day on a million items).
    package static func bringUpToDate(today: LocalDate, database: DatabaseService) async throws {
        if database.sql.isPostgres { try await foldDeltas(database) }
        if try await database.sql.first(State.self, "SELECT as_of FROM item_tally_state WHERE id = 1")?.asOf == today.iso { return }
        try await database.transaction { tx in
            // One mover at a time; on PostgreSQL item writes read the state row FOR SHARE and wait while it is moved, and
            // the move waits for the writes under way, then folds their deltas before moving the counters.
            let lock: SQLQueryString = tx.isPostgres ? " FOR UPDATE" : ""
            if tx.isPostgres { try await tx.raw("SELECT pg_advisory_xact_lock(\(bind: foldLock))").run() }
            let held = try await tx.first(State.self, "SELECT as_of FROM item_tally_state WHERE id = 1\(lock)")?.asOf
            guard held != today.iso else { return }
            if tx.isPostgres { try await fold(on: tx) }
            // A LocalDate's ISO form (digits and dashes) is written into the statement: the light expression repeats it.
            let day = "'" + today.iso + "'"
            if let held {
                let old = "'" + held + "'"
                let (lo, hi) = held < today.iso ? (old, day) : (day, old)
                let moving: SQLQueryString = """
                    i.id IN (SELECT i.id FROM plan_items i WHERE \(unsafeRaw: active) AND i.original_deadline >= \(unsafeRaw: lo) AND i.original_deadline < \(unsafeRaw: hi)
                      UNION SELECT i.id FROM plan_items i WHERE \(unsafeRaw: active) AND i.warn_from > \(unsafeRaw: lo) AND i.warn_from <= \(unsafeRaw: hi))
                    """
                try await add(moving, asOf: old, sign: "-", on: tx)
                try await add(moving, asOf: day, sign: "", on: tx)
            } else {
                try await tx.raw("DELETE FROM item_leaf_tallies").run()
                try await tx.raw("DELETE FROM item_red_tallies").run()
                try await tx.raw("DELETE FROM item_tally_deltas").run()
                try await add("1 = 1", asOf: day, sign: "", on: tx)
            }
            try await tx.raw("DELETE FROM item_leaf_tallies WHERE n = 0").run()
            try await tx.raw("DELETE FROM item_red_tallies WHERE n = 0").run()
            try await tx.raw("UPDATE item_tally_state SET as_of = \(bind: today.iso) WHERE id = 1").run()
        }
    }

    /// The advisory lock that makes one folder (or mover) of the counters at a time on PostgreSQL.
    static let foldLock = 7_207_001

    private struct One: Decodable { var one: Int }

    /// PostgreSQL: adds the writes' deltas into the counters (see `AddItemTallies`), when there are any.
    static func foldDeltas(_ database: DatabaseService) async throws {
        guard try await database.sql.first(One.self, "SELECT 1 AS one FROM item_tally_deltas LIMIT 1") != nil else { return }
        try await database.transaction { tx in
            try await tx.raw("SELECT pg_advisory_xact_lock(\(bind: foldLock))").run()
            try await fold(on: tx)
        }
    }

    /// Moves the committed deltas into the counters in one statement (what it deletes is what it adds).
    private static func fold(on tx: any SQLDatabase) async throws {
        try await tx.raw(
            """
            WITH d AS (DELETE FROM item_tally_deltas RETURNING jurisdiction_path, status, light, lead_unit_id, n),
            leaf AS (
              INSERT INTO item_leaf_tallies (jurisdiction_path, status, light, n)
              SELECT jurisdiction_path, status, light, SUM(n) FROM d GROUP BY jurisdiction_path, status, light
              ON CONFLICT (jurisdiction_path, status, light) DO UPDATE SET n = item_leaf_tallies.n + excluded.n)
            INSERT INTO item_red_tallies (jurisdiction_path, lead_unit_id, n)
            SELECT jurisdiction_path, lead_unit_id, SUM(n) FROM d WHERE light = 'red' GROUP BY jurisdiction_path, lead_unit_id
            ON CONFLICT (jurisdiction_path, lead_unit_id) DO UPDATE SET n = item_red_tallies.n + excluded.n
            """
        ).run()
    }

    /// Adds (or with `sign` "-" takes away) the leaves matching `condition`, with their lights as of `day`.
    private static func add(_ condition: SQLQueryString, asOf day: String, sign: String, on db: any SQLDatabase) async throws {
        let light = AddItemTallies.light("i.", day: day)
        try await db.raw(
            """
            INSERT INTO item_leaf_tallies (jurisdiction_path, status, light, n)
            SELECT i.jurisdiction_path, i.status, \(unsafeRaw: light), \(unsafeRaw: sign)COUNT(*) FROM plan_items i
            WHERE i.child_count = 0 AND \(condition) GROUP BY i.jurisdiction_path, i.status, \(unsafeRaw: light)
            ON CONFLICT (jurisdiction_path, status, light) DO UPDATE SET n = item_leaf_tallies.n + excluded.n
            """
        ).run()
        try await db.raw(
            """
            INSERT INTO item_red_tallies (jurisdiction_path, lead_unit_id, n)
            SELECT i.jurisdiction_path, COALESCE(i.lead_unit_id, 0), \(unsafeRaw: sign)COUNT(*) FROM plan_items i
            WHERE i.child_count = 0 AND \(condition) AND \(unsafeRaw: light) = 'red' GROUP BY i.jurisdiction_path, COALESCE(i.lead_unit_id, 0)
            ON CONFLICT (jurisdiction_path, lead_unit_id) DO UPDATE SET n = item_red_tallies.n + excluded.n
            """
        ).run()
    }
}
