import FluentKit
import SQLKit

/// The authorization register's counts read the items (as of today) or the status history (as of a past day) by batch
/// and status, by area and status, and by place (issue 13: a page's first view of a filter ≤ 50 ms over 100,000 items):
/// indexes that hold every column a count reads, in the order it groups them. On the items they replace the area index
/// and the place index they cover; on the history the by-batch index of 0037 is put in batch-and-status order, and the
/// by-item index holds each change's status and successor day.
/// (`reform bench --only registers`: the counts by area and status over every item read the table at 60–100 ms and the
/// index at under 10; the national counts by batch as of a past day summed a column per status over 278,000 changes in
/// 43 ms and group them in index order in 21.)
struct AddAuthorizationCountIndexes: AsyncMigration {
    static let itemIndexes = [
        ("authorization_items_counts", "batch_id, status, area, jurisdiction_path"),
        ("authorization_items_area_counts", "area, status, batch_id, jurisdiction_path"),
        ("authorization_items_place", "jurisdiction_path, batch_id, status, area, number")
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX authorization_items_area").run()
        try await sql.raw("DROP INDEX authorization_items_scope").run()
        for (name, columns) in Self.itemIndexes {
            try await sql.raw("CREATE INDEX \(unsafeRaw: name) ON authorization_items (\(unsafeRaw: columns))").run()
        }
        try await sql.raw("DROP INDEX authorization_changes_counts").run()
        try await sql.raw(
            """
            CREATE INDEX authorization_changes_counts ON authorization_status_changes
              (batch_id, status, effective_on, superseded_on, area, jurisdiction_path)
            """
        ).run()
        // An item's history, and the changes of the items a phrase or a flag selects, without reading the table's rows.
        try await sql.raw("DROP INDEX authorization_status_changes_item").run()
        try await sql.raw(
            "CREATE INDEX authorization_status_changes_item ON authorization_status_changes (item_id, effective_on, id, status, superseded_on)"
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX authorization_status_changes_item").run()
        try await sql.raw("CREATE INDEX authorization_status_changes_item ON authorization_status_changes (item_id, effective_on, id)").run()
        for (name, _) in Self.itemIndexes { try await sql.raw("DROP INDEX \(unsafeRaw: name)").run() }
        try await sql.raw("CREATE INDEX authorization_items_area ON authorization_items (area)").run()
        try await sql.raw("CREATE INDEX authorization_items_scope ON authorization_items (jurisdiction_path, batch_id, number)").run()
        try await sql.raw("DROP INDEX authorization_changes_counts").run()
        try await sql.raw(
            """
            CREATE INDEX authorization_changes_counts ON authorization_status_changes
              (batch_id, area, status, effective_on, superseded_on, jurisdiction_path)
            """
        ).run()
    }
}
