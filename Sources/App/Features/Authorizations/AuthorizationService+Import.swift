import Foundation
import ReformCore
import SQLKit

extension AuthorizationService {
    /// What an import found: the rows read and every problem, each at its row and column. A commit wrote `created` items.
    package struct ImportReport: Sendable, Encodable {
        var dryRun: Bool
        package var rows: Int
        package var created: Int
        var problems: [AuthorizationSheet.Problem]
        package var problemCount: Int { problems.count }
        package var ok: Bool { problems.isEmpty }
    }

    /// Imports a sheet of items into a batch. A dry run checks every row and writes nothing; a commit checks them again and
    /// writes them all in one transaction, or none when any row has a problem. The receiving jurisdiction is matched by
    /// name within the batch's jurisdiction and below (the batch's own when blank).
    package func importItems(
        batchId: Int, data: Data, filename: String, dryRun: Bool, language l: Language, by p: Principal
    ) async throws -> ImportReport {
        let (rows, readProblems) = try AuthorizationSheet.read(data, filename: filename, l)
        return try await database.transaction { sql in
            let batch = try await Self.editableBatch(batchId, p, on: sql)
            var problems = readProblems
            let jurisdictions = try await JurisdictionQueries.all(within: batch.jurisdictionPath, on: sql)
            var byName: [String: [JurisdictionRecord]] = [:]
            for j in jurisdictions { byName[j.name, default: []].append(j) }
            var taken = Set(
                try await sql.all(NumberRow.self, "SELECT number FROM authorization_items WHERE batch_id = \(bind: batch.id)").map(\.number))
            var checked: [(AuthorizationSheet.Row, Checked)] = []
            let today = clock.today
            for row in rows {
                func problem(_ issue: ValidationIssue) {
                    let column = issue.field == "jurisdictionId" ? row.columns["jurisdiction"] : row.columns[issue.field]
                    problems.append(
                        .init(row: row.number, column: column ?? "", field: issue.field, message: L10n.issue(issue, l, scope: "authorization")))
                }
                var input = row.input
                if row.jurisdictionName.isEmpty {
                    input.jurisdictionId = batch.jurisdictionId
                } else if let found = byName[row.jurisdictionName], found.count == 1 {
                    input.jurisdictionId = found[0].id
                } else {
                    problem(ValidationIssue(field: "jurisdictionId", code: .notFound, value: row.jurisdictionName))
                    input.jurisdictionId = batch.jurisdictionId
                }
                do {
                    let c = try await Self.check(input, batch: batch, itemId: nil, today: today, on: sql, takenNumbers: taken)
                    taken.insert(c.number)
                    checked.append((row, c))
                } catch AppError.validation(let issues) {
                    issues.forEach(problem)
                    if let n = Int(input.number.trimmed) { taken.insert(n) }
                }
            }
            problems.sort { ($0.row, $0.column) < ($1.row, $1.column) }
            if dryRun || !problems.isEmpty {
                return ImportReport(dryRun: dryRun, rows: rows.count, created: 0, problems: problems)
            }
            let now = clock.timestamp
            let inputs = checked.map { row, c in
                var input = row.input
                input.jurisdictionId = c.jurisdiction.id
                return (input, c)
            }
            _ = try await Self.insertMany(inputs, batch: batch, actor: p.actorName, at: now, on: sql)
            try await Audit.record(
                entity: "authorization_batch", id: batch.id, action: "import", actor: p.actorName, version: batch.version,
                changes: [.init(field: "importedRows", before: nil, after: String(checked.count))], scopePath: batch.jurisdictionPath, at: now,
                on: sql)
            return ImportReport(dryRun: false, rows: rows.count, created: checked.count, problems: [])
        }
    }

    struct NumberRow: Decodable {
        var number: Int
    }
}
