import FluentKit
import SQLKit

/// The delegated-power register's counts as of a day read every power's type, method, decision and dates, and each
/// entrusted power's terms: an index holding those columns of the powers (the table's rows, with their names and legal
/// bases, took most of the scan), and the terms' end beside their start in the index a term is looked up by.
struct AddPowerCountIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw(
            """
            CREATE INDEX delegated_powers_counts ON delegated_powers
              (power_type, method, decision_id, handed_over_on, withdrawn_on, jurisdiction_path)
            """
        ).run()
        try await sql.raw("DROP INDEX power_terms_power").run()
        try await sql.raw("CREATE INDEX power_terms_power ON power_terms (power_id, term_start, term_end)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX delegated_powers_counts").run()
        try await sql.raw("DROP INDEX power_terms_power").run()
        try await sql.raw("CREATE INDEX power_terms_power ON power_terms (power_id, term_start)").run()
    }
}
