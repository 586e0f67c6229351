import ReformCore
import SQLKit

/// Evaluation's reads, as Sendable records.
enum EvaluationQueries {
    static let roundColumns: SQLQueryString = """
        r.id, r.jurisdiction_id, r.jurisdiction_path, j.name AS jurisdiction_name, r.title, r.year, r.description, r.state, r.weight_self,
        r.weight_office, r.weight_reviewer, r.best_count, r.excellent_count, r.notice_token, r.is_demo, r.version, r.created_at, r.updated_at
        """
    static let roundFrom: SQLQueryString = "FROM evaluation_rounds r JOIN jurisdictions j ON j.id = r.jurisdiction_id"

    static func round(_ id: Int, on sql: any SQLDatabase) async throws -> EvaluationRoundRecord? {
        try await sql.first(EvaluationRoundRecord.self, "SELECT \(roundColumns) \(roundFrom) WHERE r.id = \(bind: id)")
    }

    static func round(token: String, on sql: any SQLDatabase) async throws -> EvaluationRoundRecord? {
        try await sql.first(EvaluationRoundRecord.self, "SELECT \(roundColumns) \(roundFrom) WHERE r.notice_token = \(bind: token)")
    }

    /// The rounds a user may open: a reviewer's assigned ones; anyone else's those kept in their subtree or evaluating
    /// something in it (a district's unit sees the city's round that scores its item); every round for an administrator.
    static func rounds(for p: Principal, _ f: EvaluationRoundFilter, on sql: any SQLDatabase) async throws -> (
        rows: [EvaluationRoundRecord], hasNext: Bool
    ) {
        var c: SQLQueryString
        if p.role == .reviewer {
            c = "r.id IN (SELECT round_id FROM evaluation_reviewers WHERE user_id = \(bind: p.userId))"
        } else if p.isNationwide {
            c = "1 = 1"
        } else {
            c =
                "(" + PathRange.condition(column: "r.jurisdiction_path", prefix: p.jurisdictionPath)
                + " OR r.id IN (SELECT s.round_id FROM evaluation_subjects s WHERE "
                + PathRange.condition(column: "s.jurisdiction_path", prefix: p.jurisdictionPath) + "))"
        }
        if let year = f.year { c = c + " AND r.year = \(bind: year)" }
        if let state = f.state { c = c + " AND r.state = \(bind: state.rawValue)" }
        let size = EvaluationFilter.pageSize
        let rows = try await sql.all(
            EvaluationRoundRecord.self,
            """
            SELECT \(roundColumns) \(roundFrom) WHERE \(c) ORDER BY r.year DESC, r.id DESC
            LIMIT \(bind: size + 1) OFFSET \(bind: (f.page - 1) * size)
            """)
        return (Array(rows.prefix(size)), rows.count > size)
    }

    static func criteria(of roundId: Int, on sql: any SQLDatabase) async throws -> [EvaluationCriterionRecord] {
        try await sql.all(
            EvaluationCriterionRecord.self,
            "SELECT id, round_id, position, name, weight FROM evaluation_criteria WHERE round_id = \(bind: roundId) ORDER BY position, id")
    }

    static let subjectColumns: SQLQueryString = """
        s.id, s.round_id, s.kind, s.ref_id, s.title, s.jurisdiction_id, s.jurisdiction_path, j.name AS jurisdiction_name, s.unit_id, s.version
        """

    static func subjects(of roundId: Int, on sql: any SQLDatabase) async throws -> [EvaluationSubjectRecord] {
        try await sql.all(
            EvaluationSubjectRecord.self,
            """
            SELECT \(subjectColumns) FROM evaluation_subjects s JOIN jurisdictions j ON j.id = s.jurisdiction_id
            WHERE s.round_id = \(bind: roundId) ORDER BY s.jurisdiction_path, s.id
            """)
    }

    static func subject(_ id: Int, on sql: any SQLDatabase) async throws -> EvaluationSubjectRecord? {
        try await sql.first(
            EvaluationSubjectRecord.self,
            "SELECT \(subjectColumns) FROM evaluation_subjects s JOIN jurisdictions j ON j.id = s.jurisdiction_id WHERE s.id = \(bind: id)")
    }

    static func scores(of roundId: Int, on sql: any SQLDatabase) async throws -> [EvaluationScoreRecord] {
        try await sql.all(
            EvaluationScoreRecord.self,
            """
            SELECT c.subject_id, c.criterion_id, c.source, c.reviewer_id, c.score, c.actor, c.updated_at
            FROM evaluation_scores c JOIN evaluation_subjects s ON s.id = c.subject_id WHERE s.round_id = \(bind: roundId)
            ORDER BY c.subject_id, c.criterion_id, c.source, c.reviewer_id
            """)
    }

    static func scores(ofSubject id: Int, on sql: any SQLDatabase) async throws -> [EvaluationScoreRecord] {
        try await sql.all(
            EvaluationScoreRecord.self,
            """
            SELECT subject_id, criterion_id, source, reviewer_id, score, actor, updated_at FROM evaluation_scores
            WHERE subject_id = \(bind: id) ORDER BY criterion_id, source, reviewer_id
            """)
    }

    static func comments(ofSubject id: Int, on sql: any SQLDatabase) async throws -> [EvaluationCommentRecord] {
        try await sql.all(
            EvaluationCommentRecord.self,
            """
            SELECT subject_id, source, reviewer_id, body, actor, updated_at FROM evaluation_comments WHERE subject_id = \(bind: id)
            ORDER BY source, reviewer_id
            """)
    }

    static func reviewers(of roundId: Int, on sql: any SQLDatabase) async throws -> [EvaluationReviewerRecord] {
        try await sql.all(
            EvaluationReviewerRecord.self,
            """
            SELECT e.round_id, e.user_id, u.username, u.display_name FROM evaluation_reviewers e JOIN users u ON u.id = e.user_id
            WHERE e.round_id = \(bind: roundId) ORDER BY u.username
            """)
    }

    /// The per-feature "is this user assigned" lookup of `ReviewerAccess`.
    static func isAssigned(userId: Int, roundId: Int, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.scalar(
            Int.self, column: "n",
            "SELECT COUNT(*) AS n FROM evaluation_reviewers WHERE user_id = \(bind: userId) AND round_id = \(bind: roundId)") ?? 0 > 0
    }

    static func hasSubject(in roundId: Int, within path: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.scalar(
            Int.self, column: "n",
            "SELECT COUNT(*) AS n FROM evaluation_subjects s WHERE s.round_id = \(bind: roundId) AND \(PathRange.condition(column: "s.jurisdiction_path", prefix: path))"
        ) ?? 0 > 0
    }

    /// The titles of the rounds that evaluate a record (a kind's code and the record's id): a register refuses to delete a
    /// record a round has scored, since the round's ranking and public notice stand on it.
    static func roundsEvaluating(kind: String, refId: Int, on sql: any SQLDatabase) async throws -> [String] {
        try await sql.all(
            TitleRow.self,
            """
            SELECT r.title FROM evaluation_subjects s JOIN evaluation_rounds r ON r.id = s.round_id
            WHERE s.kind = \(bind: kind) AND s.ref_id = \(bind: refId) ORDER BY r.id
            """
        ).map(\.title)
    }

    private struct TitleRow: Decodable { var title: String }

    /// Every subject of a round with its computed result, ranked (unranked last, then by jurisdiction and id).
    static func results(_ round: EvaluationRoundRecord, on sql: any SQLDatabase) async throws -> [EvaluationResultRow] {
        let criteria = try await criteria(of: round.id, on: sql)
        let subjects = try await subjects(of: round.id, on: sql)
        let scores = try await scores(of: round.id, on: sql)
        let computed = EvaluationScoring.results(
            subjects: subjects.map(\.id), criteria: criteria.map { .init(id: $0.id, weight: Double($0.weight)) },
            scores: scores.compactMap { s in
                EvaluationSource(rawValue: s.source).map {
                    EvaluationScoring.Score(subjectId: s.subjectId, criterionId: s.criterionId, source: $0, value: s.score)
                }
            },
            sourceWeights: round.sourceWeights, best: round.bestCount, excellent: round.excellentCount)
        let byId = Dictionary(uniqueKeysWithValues: computed.map { ($0.subjectId, $0) })
        let rows = subjects.map { EvaluationResultRow(subject: $0, result: byId[$0.id]!) }
        return rows.enumerated().sorted { a, b in
            switch (a.element.result.rank, b.element.result.rank) {
            case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
