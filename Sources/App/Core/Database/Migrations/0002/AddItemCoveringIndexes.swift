import FluentKit
import SQLKit

/// Indexes found by `reform bench` on 1,000,000 items (see BENCHMARKS.md).
///
/// - `plan_items_jurisdiction_cover`: a jurisdiction subtree (a path range) with every column the ledger's
///   common filters, its deadline sort and the dashboard's counts read (status, child count and depth for
///   the scope, deadlines and warn_from for the lights, lead unit for "overdue by unit"), so those scan a
///   province's ~30,000 index entries without visiting the rows. It starts with the columns of
///   `plan_items_jpath`, which it replaces.
/// - `plan_items_lead_cover`: the same for a lead unit (a central department leads ~2,000 items spread
///   over the whole table: 2,000 page reads, 90 ms when they are not cached), plus the outline order.
///   It starts with the column of `plan_items_lead`, which it replaces.
/// - `plan_items_plan_roots`: a plan's root items (`plan_id = ? AND parent_id IS NULL`), read by every
///   roll-up; without it the planner may walk every root of every plan through `plan_items_parent`.
/// - SQLite only, `plan_items_search_lookup`: a text search finds item ids in the FTS5 table and then
///   checks each one's scope and sorts by outline or deadline (and a jurisdiction, when one is chosen).
///   Read from the ~1 KB rows, a phrase in 2 % of a million items costs 20,000 page reads; this narrow
///   copy of those columns is ~15 times denser and stays in the page cache. (PostgreSQL's trigram
///   search is a bitmap scan over the table and has no use for it.)
///
/// SQLite keeps the row id in every index entry; PostgreSQL needs `INCLUDE (id)` for the ledger's page
/// query (which selects the ids) to be answered from the covering indexes alone.
struct AddItemCoveringIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let includeID: SQLQueryString = sql.isPostgres ? " INCLUDE (id)" : ""
        try await sql.raw(
            """
            CREATE INDEX plan_items_jurisdiction_cover ON plan_items
              (jurisdiction_path, status, child_count, depth, original_deadline, warn_from, current_deadline, lead_unit_id)
            """ + includeID
        ).run()
        try await sql.raw("DROP INDEX plan_items_jpath").run()
        try await sql.raw(
            """
            CREATE INDEX plan_items_lead_cover ON plan_items
              (lead_unit_id, status, child_count, depth, original_deadline, warn_from, current_deadline, plan_id, sort_key)
            """ + includeID
        ).run()
        try await sql.raw("DROP INDEX plan_items_lead").run()
        try await sql.raw("CREATE INDEX plan_items_plan_roots ON plan_items (plan_id, parent_id, position)").run()
        if !sql.isPostgres {
            try await sql.raw(
                """
                CREATE INDEX plan_items_search_lookup ON plan_items
                  (id, depth, child_count, plan_id, sort_key, current_deadline, jurisdiction_path)
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if !sql.isPostgres { try await sql.raw("DROP INDEX plan_items_search_lookup").run() }
        try await sql.raw("DROP INDEX plan_items_plan_roots").run()
        try await sql.raw("CREATE INDEX plan_items_lead ON plan_items (lead_unit_id, current_deadline)").run()
        try await sql.raw("DROP INDEX plan_items_lead_cover").run()
        try await sql.raw("CREATE INDEX plan_items_jpath ON plan_items (jurisdiction_path, status, original_deadline, warn_from)").run()
        try await sql.raw("DROP INDEX plan_items_jurisdiction_cover").run()
    }
}
