import FluentKit
import ReformCore
import SQLKit

/// The office's current judgement of each item (研判: the latest period judged, within it the latest made), kept on
/// the item like `report_due`, so the ledger can show it as a column and filter on it, and the dashboard count it,
/// without reading the history per row. `JudgementService` writes it in the transaction that records a judgement.
/// The partial index holds only judged items: a filter on 红 reads the red ones and nothing else.
struct AddItemJudgement: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("ALTER TABLE plan_items ADD COLUMN judgement VARCHAR(16)").run()
        try await sql.raw("ALTER TABLE plan_items ADD COLUMN judgement_period VARCHAR(7)").run()
        try await sql.raw(
            "CREATE INDEX plan_items_judgement ON plan_items (judgement, jurisdiction_path) WHERE judgement IS NOT NULL"
        ).run()
        // Judgements made before this migration: the current one of each judged item, by the rules' reading.
        let records = try await sql.all(JudgementRecord.self, "SELECT \(JudgementQueries.columns) FROM judgements ORDER BY item_id, id")
        for (itemId, history) in Dictionary(grouping: records, by: \.itemId) {
            guard let current = JudgementHistory.current(history.compactMap(\.judgement)) else { continue }
            try await sql.raw(
                """
                UPDATE plan_items SET judgement = \(bind: current.rating.rawValue), judgement_period = \(bind: current.period.key)
                WHERE id = \(bind: itemId)
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX plan_items_judgement").run()
        try await sql.raw("ALTER TABLE plan_items DROP COLUMN judgement_period").run()
        try await sql.raw("ALTER TABLE plan_items DROP COLUMN judgement").run()
    }
}
