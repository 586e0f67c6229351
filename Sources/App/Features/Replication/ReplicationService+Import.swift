import Foundation
import ReformCore
import SQLKit

extension ReplicationService {
    struct ImportReport: Sendable, Encodable {
        var dryRun: Bool
        var rows: Int
        var created: Int
        var problems: [AuthorizationSheet.Problem]
        var ok: Bool { problems.isEmpty }
    }

    /// Imports experiences: the origin is matched by name among the jurisdictions the importer may edit. A dry run checks
    /// every row and writes nothing; a commit writes them all in one transaction, or none when any row has a problem.
    func importExperiences(data: Data, filename: String, dryRun: Bool, language l: Language, by p: Principal) async throws -> ImportReport {
        let (rows, readProblems) = ReplicationSheet.read(data, filename: filename, l)
        return try await database.transaction { sql in
            var problems = readProblems
            let jurisdictions = try await JurisdictionQueries.all(within: p.isNationwide ? nil : p.jurisdictionPath, on: sql).filter {
                Access.canEditExperience(in: $0.path, p)
            }
            var byName: [String: [JurisdictionRecord]] = [:]
            for j in jurisdictions { byName[j.name, default: []].append(j) }
            var taken = Set(try await sql.all(Key.self, "SELECT batch, number FROM experiences").map { "\($0.batch)/\($0.number)" })
            var checked: [(ReplicationSheet.Row, Checked)] = []
            let today = clock.today
            for row in rows {
                func problem(_ issue: ValidationIssue) {
                    let key = issue.field == "jurisdictionId" ? "jurisdiction" : issue.field
                    problems.append(
                        .init(
                            row: row.number, column: row.columns[key] ?? "", field: issue.field, message: L10n.issue(issue, l, scope: "replication")))
                }
                var input = row.input
                if let found = byName[row.jurisdictionName], found.count == 1 {
                    input.jurisdictionId = found[0].id
                } else {
                    let fields = Self.checkFields(input, today: today)
                    fields.forEach(problem)
                    problem(
                        ValidationIssue(
                            field: "jurisdictionId", code: row.jurisdictionName.isEmpty ? .required : .notFound, value: row.jurisdictionName))
                    continue
                }
                do {
                    let c = try await Self.check(input, id: nil, today: today, p: p, on: sql, taken: taken)
                    taken.insert("\(c.batch)/\(c.number)")
                    var kept = row
                    kept.input = input
                    checked.append((kept, c))
                } catch AppError.validation(let issues) {
                    issues.forEach(problem)
                }
            }
            problems.sort { ($0.row, $0.column) < ($1.row, $1.column) }
            if dryRun || !problems.isEmpty { return ImportReport(dryRun: dryRun, rows: rows.count, created: 0, problems: problems) }
            let now = clock.timestamp
            for (row, c) in checked { _ = try await Self.insert(row.input, c, actor: p.actorName, isDemo: false, at: now, on: sql) }
            return ImportReport(dryRun: false, rows: rows.count, created: checked.count, problems: [])
        }
    }

    struct Key: Decodable {
        var batch: Int
        var number: Int
    }
}
