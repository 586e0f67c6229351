import Foundation
import ReformCore
import SQLKit

extension PowerService {
    /// What an import found: the rows read and every problem, each at its row and column. A commit wrote `created` powers.
    package struct ImportReport: Sendable, Encodable {
        package var dryRun: Bool
        package var rows: Int
        package var created: Int
        var problems: [AuthorizationSheet.Problem]
        package var problemCount: Int { problems.count }
        package var ok: Bool { problems.isEmpty }
    }

    /// Imports a sheet of powers into a decision. A dry run checks every row and writes nothing; a commit checks them again and
    /// writes them all in one transaction, or none when any row has a problem. The receiving city is matched by name below the
    /// decision's jurisdiction (required: a power is held by a city).
    package func importPowers(
        decisionId: Int, data: Data, filename: String, dryRun: Bool, language l: Language, by p: Principal
    ) async throws -> ImportReport {
        let (rows, readProblems) = try PowerSheet.read(data, filename: filename, l)
        return try await database.transaction { sql in
            let decision = try await Self.editableDecision(decisionId, p, on: sql)
            var problems = readProblems
            let jurisdictions = try await JurisdictionQueries.all(within: decision.jurisdictionPath, on: sql)
            var byName: [String: [JurisdictionRecord]] = [:]
            for j in jurisdictions where j.path != decision.jurisdictionPath { byName[j.name, default: []].append(j) }
            var taken = Set(
                try await sql.all(TakenRow.self, "SELECT number, jurisdiction_id FROM delegated_powers WHERE decision_id = \(bind: decision.id)")
                    .map { "\($0.number)#\($0.jurisdictionId)" })
            var checked: [(PowerInput, Checked)] = []
            for row in rows {
                func problem(_ issue: ValidationIssue) {
                    let column = issue.field == "jurisdictionId" ? row.columns["jurisdiction"] : row.columns[issue.field]
                    problems.append(.init(row: row.number, column: column ?? "", field: issue.field, message: L10n.issue(issue, l, scope: "power")))
                }
                var input = row.input
                if let found = byName[row.jurisdictionName], found.count == 1 {
                    input.jurisdictionId = found[0].id
                }
                do {
                    if input.jurisdictionId == nil {
                        // Report the city with the row's other problems.
                        var issues = Self.checkFields(input)
                        issues.append(
                            ValidationIssue(
                                field: "jurisdictionId", code: row.jurisdictionName.isEmpty ? .required : .notFound, value: row.jurisdictionName))
                        throw AppError.validation(issues)
                    }
                    let c = try await Self.check(input, decision: decision, powerId: nil, jurisdictions: jurisdictions, on: sql, taken: taken)
                    taken.insert("\(c.number)#\(c.jurisdiction.id)")
                    checked.append((input, c))
                } catch AppError.validation(let issues) {
                    issues.forEach(problem)
                }
            }
            problems.sort { ($0.row, $0.column) < ($1.row, $1.column) }
            if dryRun || !problems.isEmpty {
                return ImportReport(dryRun: dryRun, rows: rows.count, created: 0, problems: problems)
            }
            let now = clock.timestamp
            let calendar = try await WorkingDays.calendar(on: sql)
            _ = try await Self.insert(checked, decision: decision, calendar: calendar, actor: p.actorName, isDemo: false, at: now, on: sql)
            try await Audit.record(
                entity: "power_decision", id: decision.id, action: "import", actor: p.actorName, version: decision.version,
                changes: [.init(field: "importedRows", before: nil, after: String(checked.count))], scopePath: decision.jurisdictionPath, at: now,
                on: sql)
            return ImportReport(dryRun: false, rows: rows.count, created: checked.count, problems: [])
        }
    }

    struct TakenRow: Decodable {
        var number: Int
        var jurisdictionId: Int
    }
}
