import FluentKit
import ReformCore
import SQLKit

/// An entrusted power's unbroken run of terms: `term_run_start` is the day its current run began (its first term's start,
/// or the start of the first term after a lapse — a renewal after the term had ended). On any day from then to `term_end`
/// the power is in force by its terms without reading them; only a day before a lapse needs the terms (`PowerCounts`).
/// The counting index holds the run beside the other columns a count reads. (`reform bench --only registers`: the
/// counts as of a past day looked up the terms of 30,000 entrusted powers, about 25 ms of their 30.)
struct AddPowerTermRuns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("ALTER TABLE delegated_powers ADD COLUMN term_run_start TEXT").run()
        struct TermRow: Decodable {
            var powerId: Int
            var termStart: String
            var termEnd: String
        }
        let terms = try await sql.all(TermRow.self, "SELECT power_id, term_start, term_end FROM power_terms ORDER BY power_id, term_start, id")
        let runs = Self.runStarts(terms.map { ($0.powerId, $0.termStart, $0.termEnd) })
        for chunk in stride(from: 0, to: runs.count, by: 500).map({ Array(runs[$0..<min($0 + 500, runs.count)]) }) {
            var cases: SQLQueryString = "CASE id"
            for (id, start) in chunk { cases = cases + " WHEN \(bind: id) THEN \(bind: start)" }
            try await sql.raw("UPDATE delegated_powers SET term_run_start = \(cases) END WHERE id IN (\(binds: chunk.map(\.0)))").run()
        }
        try await sql.raw("DROP INDEX delegated_powers_counts").run()
        try await sql.raw(
            """
            CREATE INDEX delegated_powers_counts ON delegated_powers
              (power_type, method, decision_id, handed_over_on, withdrawn_on, term_run_start, term_end, jurisdiction_path)
            """
        ).run()
    }

    /// Each power's run start from its terms in start order: a term that starts more than a day after the one before
    /// ended begins a new run.
    static func runStarts(_ terms: [(powerId: Int, start: String, end: String)]) -> [(Int, String)] {
        var runs: [(Int, String)] = []
        var current: (id: Int, run: String, end: LocalDate)?
        for t in terms {
            guard let start = LocalDate(iso: t.start), let end = LocalDate(iso: t.end) else { continue }
            if let c = current, c.id == t.powerId {
                current = (c.id, start > c.end.adding(days: 1) ? t.start : c.run, max(c.end, end))
            } else {
                if let c = current { runs.append((c.id, c.run)) }
                current = (t.powerId, t.start, end)
            }
        }
        if let c = current { runs.append((c.id, c.run)) }
        return runs
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX delegated_powers_counts").run()
        try await sql.raw(
            """
            CREATE INDEX delegated_powers_counts ON delegated_powers
              (power_type, method, decision_id, handed_over_on, withdrawn_on, jurisdiction_path)
            """
        ).run()
        try await sql.raw("ALTER TABLE delegated_powers DROP COLUMN term_run_start").run()
    }
}
