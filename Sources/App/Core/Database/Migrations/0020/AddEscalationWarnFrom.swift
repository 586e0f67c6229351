import FluentKit
import Foundation
import ReformCore
import SQLKit

/// `escalations.warn_from`: the first day an escalation still waiting for its answer is reminded of (three days before
/// its answer date), so the reminder scan finds escalations about to be late, and late, through index ranges as it
/// finds items, matters and rectifications.
struct AddEscalationWarnFrom: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("ALTER TABLE escalations ADD COLUMN warn_from TEXT").run()
        struct Row: Decodable {
            var id: Int
            var respondBy: String
        }
        let rows = try await sql.raw("SELECT id, respond_by FROM escalations").all(decoding: Row.self, with: ColumnNames.decoder)
        for row in rows {
            let warnFrom = LocalDate(iso: row.respondBy).map { Escalation.warnFrom(respondBy: $0).iso } ?? row.respondBy
            try await sql.raw("UPDATE escalations SET warn_from = \(bind: warnFrom) WHERE id = \(bind: row.id)").run()
        }
        try await sql.raw("CREATE INDEX escalations_warn ON escalations (warn_from)").run()
        try await sql.raw("CREATE INDEX escalations_respond_by ON escalations (respond_by)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX escalations_respond_by").run()
        try await sql.raw("DROP INDEX escalations_warn").run()
        try await sql.raw("ALTER TABLE escalations DROP COLUMN warn_from").run()
    }
}
