import Foundation
import ReformCore
import SQLKit

extension EvaluationService {
    struct ImportReport: Sendable, Encodable {
        var dryRun: Bool
        var rows: Int
        var created: Int
        var problems: [AuthorizationSheet.Problem]
        var ok: Bool { problems.isEmpty }
    }

    /// Imports self-assessment and office scores into an open round. A dry run checks every row and writes nothing; a
    /// commit checks again and writes every row in one transaction, or none when any has a problem (each problem at its
    /// row and column). Reviewers give their own scores; a sheet cannot speak for them.
    func importScores(roundId: Int, data: Data, filename: String, dryRun: Bool, language l: Language, by p: Principal) async throws -> ImportReport {
        try await database.transaction { sql in
            let round = try await Self.editableRound(roundId, p, on: sql)
            if !round.isOpen { throw AppError.unprocessable(code: "evaluation_closed", message: "the round is closed: its scores are final") }
            let criteria = try await EvaluationQueries.criteria(of: roundId, on: sql)
            let (rows, readProblems) = EvaluationSheet.read(data, filename: filename, criteria: criteria, l)
            var problems = readProblems
            let subjects = Dictionary(uniqueKeysWithValues: try await EvaluationQueries.subjects(of: roundId, on: sql).map { ($0.id, $0) })
            var checked: [(EvaluationSubjectRecord, EvaluationSource, ScoreInput)] = []
            var seen = Set<String>()
            for row in rows {
                func problem(_ key: String, _ issue: ValidationIssue) {
                    problems.append(
                        .init(row: row.number, column: row.columns[key] ?? "", field: issue.field, message: L10n.issue(issue, l, scope: "evaluation"))
                    )
                }
                let subject = Int(row.subjectId).flatMap { subjects[$0] }
                if subject == nil {
                    problem("subject", ValidationIssue(field: "subjectId", code: row.subjectId.isEmpty ? .required : .notFound, value: row.subjectId))
                }
                let source = EvaluationSource(text: row.source)
                if source == nil || source == .reviewer {
                    problem("source", ValidationIssue(field: "source", code: row.source.isEmpty ? .required : .invalidChoice))
                }
                if let subject, let source, source != .reviewer {
                    if !Access.canScore(source, round: round, subject: subject, assigned: false, p) {
                        problem("source", ValidationIssue(field: "source", code: .invalidChoice))
                    }
                    if !seen.insert("\(subject.id)/\(source.rawValue)").inserted {
                        problem("subject", ValidationIssue(field: "subjectId", code: .duplicate))
                    }
                }
                for (criterionId, raw) in row.scores {
                    let one = ScoreInput(source: row.source, scores: [criterionId: raw], comment: "")
                    for issue in Self.checkScores(one, criteria: criteria) { problem(String(criterionId), issue) }
                }
                if row.comment.count > Self.longMax { problem("comment", ValidationIssue(field: "comment", code: .tooLong, limit: Self.longMax)) }
                if let subject, let source {
                    checked.append((subject, source, ScoreInput(source: source.rawValue, scores: row.scores, comment: row.comment)))
                }
            }
            problems.sort { ($0.row, $0.column) < ($1.row, $1.column) }
            if dryRun || !problems.isEmpty { return ImportReport(dryRun: dryRun, rows: rows.count, created: 0, problems: problems) }
            let now = clock.timestamp
            for (subject, source, input) in checked {
                let current = try await EvaluationQueries.subject(subject.id, on: sql)!
                var keepComment = input
                if input.comment.isEmpty {
                    keepComment.comment =
                        try await sql.scalar(
                            String.self, column: "body",
                            "SELECT body FROM evaluation_comments WHERE subject_id = \(bind: subject.id) AND source = \(bind: source.rawValue) AND reviewer_id = 0"
                        )
                        ?? ""
                }
                try await Self.write(
                    subject: current, round: round, source: source, reviewerId: 0, keepComment, criteria: criteria, actor: p.actorName, at: now,
                    on: sql)
            }
            try await Audit.record(
                entity: "evaluation_round", id: round.id, action: "import", actor: p.actorName, version: round.version,
                changes: [.init(field: "importedRows", before: nil, after: String(checked.count))], scopePath: round.jurisdictionPath, at: now,
                on: sql)
            return ImportReport(dryRun: false, rows: rows.count, created: checked.count, problems: [])
        }
    }
}
