import Foundation
import ReformCore
import SQLKit

/// Running evaluation rounds: the round and its weights, its criteria, its subjects, its reviewers, the scores and
/// comments, and closing it (which freezes the result and opens its public notice). Each write runs in one transaction
/// with its audit entry; a change to a round or a subject's scores checks the version read (409 when stale).
package struct EvaluationService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let titleMax = 200
    static let longMax = 4_000
    static let criteriaMax = 20
    static let countMax = 10_000
    static let subjectsPerAdd = 500

    // MARK: Rounds

    package struct RoundInput: Sendable, Equatable {
        var jurisdictionId: Int?
        var title: String
        var year: String
        var description: String
        var weightSelf: String
        var weightOffice: String
        var weightReviewer: String
        var bestCount: String
        var excellentCount: String

        package init(
            jurisdictionId: Int?, title: String, year: String, description: String = "", weightSelf: String = "20",
            weightOffice: String = "30", weightReviewer: String = "50", bestCount: String = "10", excellentCount: String = "40"
        ) {
            self.jurisdictionId = jurisdictionId
            self.title = title
            self.year = year
            self.description = description
            self.weightSelf = weightSelf
            self.weightOffice = weightOffice
            self.weightReviewer = weightReviewer
            self.bestCount = bestCount
            self.excellentCount = excellentCount
        }
    }

    struct CheckedRound {
        var year: Int
        var weights: (Int, Int, Int)
        var best: Int
        var excellent: Int
    }

    static func check(_ input: RoundInput) -> (CheckedRound?, [ValidationIssue]) {
        var issues: [ValidationIssue] = []
        AuthorizationService.text(input.title, "title", max: titleMax, required: true, into: &issues)
        AuthorizationService.text(input.description, "description", max: longMax, required: false, into: &issues)
        func int(_ raw: String, _ field: String, max: Int) -> Int? {
            let t = raw.trimmed
            guard !t.isEmpty else {
                issues.append(ValidationIssue(field: field, code: .required))
                return nil
            }
            guard let n = Int(t) else {
                issues.append(ValidationIssue(field: field, code: .invalidNumber))
                return nil
            }
            guard (0...max).contains(n) else {
                issues.append(ValidationIssue(field: field, code: .outOfRange, limit: max))
                return nil
            }
            return n
        }
        var year = int(input.year, "year", max: 2200)
        if let y = year, y < 1900 {
            issues.append(ValidationIssue(field: "year", code: .outOfRange, limit: 2200))
            year = nil
        }
        let ws = int(input.weightSelf, "weightSelf", max: 100)
        let wo = int(input.weightOffice, "weightOffice", max: 100)
        let wr = int(input.weightReviewer, "weightReviewer", max: 100)
        if let ws, let wo, let wr, ws + wo + wr != 100 {
            issues.append(ValidationIssue(field: "sourceWeights", code: .outOfRange, limit: 100))
        }
        let best = int(input.bestCount, "bestCount", max: countMax)
        let excellent = int(input.excellentCount, "excellentCount", max: countMax)
        guard issues.isEmpty, let year, let ws, let wo, let wr, let best, let excellent else { return (nil, issues) }
        return (CheckedRound(year: year, weights: (ws, wo, wr), best: best, excellent: excellent), [])
    }

    static func snapshot(_ input: RoundInput, _ c: CheckedRound) -> [String: String?] {
        [
            "title": input.title.trimmed, "year": String(c.year), "description": input.description.trimmed,
            "evaluationSourceWeights": "\(c.weights.0)/\(c.weights.1)/\(c.weights.2)", "evaluationTiers": "\(c.best)/\(c.excellent)"
        ]
    }

    static func snapshot(_ r: EvaluationRoundRecord) -> [String: String?] {
        [
            "title": r.title, "year": String(r.year), "description": r.description,
            "evaluationSourceWeights": "\(r.weightSelf)/\(r.weightOffice)/\(r.weightReviewer)",
            "evaluationTiers": "\(r.bestCount)/\(r.excellentCount)"
        ]
    }

    package func createRound(_ input: RoundInput, by p: Principal, isDemo: Bool = false) async throws -> EvaluationRoundRecord {
        try await database.transaction { sql in
            let (checked, found) = Self.check(input)
            var issues = found
            var jurisdiction: JurisdictionRecord?
            if let id = input.jurisdictionId {
                jurisdiction = try await JurisdictionQueries.find(id, on: sql)
                if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
            } else {
                issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
            }
            if let j = jurisdiction { try Access.require(Access.canEditEvaluation(in: j.path, p), "evaluation_edit") }
            guard issues.isEmpty, let c = checked, let j = jurisdiction else { throw AppError.validation(issues) }
            let now = clock.timestamp
            let id = try await sql.insertReturningID(
                """
                INSERT INTO evaluation_rounds (jurisdiction_id, jurisdiction_path, title, year, description, state, weight_self, weight_office,
                  weight_reviewer, best_count, excellent_count, notice_token, is_demo, version, created_at, updated_at)
                VALUES (\(bind: j.id), \(bind: j.path), \(bind: input.title.trimmed), \(bind: c.year), \(bind: input.description.trimmed),
                  \(bind: EvaluationState.scoring.rawValue), \(bind: c.weights.0), \(bind: c.weights.1), \(bind: c.weights.2), \(bind: c.best),
                  \(bind: c.excellent), \(bind: SecretToken.generate()), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            var after = Self.snapshot(input, c)
            after["jurisdictionId"] = String(j.id)
            try await Audit.record(
                entity: "evaluation_round", id: id, action: "create", actor: p.actorName, version: 1, changes: Audit.diff([:], after),
                scopePath: j.path, at: now, on: sql)
            return try await EvaluationQueries.round(id, on: sql)!
        }
    }

    package func updateRound(_ id: Int, _ input: RoundInput, baseVersion: Int, by p: Principal) async throws -> EvaluationRoundRecord {
        try await database.transaction { sql in
            let round = try await Self.editableRound(id, p, on: sql)
            if baseVersion != round.version { throw Self.stale(round) }
            let (checked, issues) = Self.check(input)
            guard let c = checked else { throw AppError.validation(issues) }
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE evaluation_rounds SET title = \(bind: input.title.trimmed), year = \(bind: c.year), description = \(bind: input.description.trimmed),
                  weight_self = \(bind: c.weights.0), weight_office = \(bind: c.weights.1), weight_reviewer = \(bind: c.weights.2),
                  best_count = \(bind: c.best), excellent_count = \(bind: c.excellent), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: round.version)
                """)
            guard n == 1 else { throw Self.stale(round) }
            try await Audit.record(
                entity: "evaluation_round", id: id, action: "update", actor: p.actorName, version: round.version + 1,
                changes: Audit.diff(Self.snapshot(round), Self.snapshot(input, c)), scopePath: round.jurisdictionPath, at: now, on: sql)
            return try await EvaluationQueries.round(id, on: sql)!
        }
    }

    // MARK: Criteria

    package struct CriterionInput: Sendable, Equatable {
        var id: Int?
        var name: String
        var weight: String
        package init(id: Int? = nil, name: String, weight: String) {
            self.id = id
            self.name = name
            self.weight = weight
        }
    }

    /// Replaces a round's criteria with `list` (in order; an entry with an id keeps that criterion and its scores). Weights
    /// are whole percents summing to 100; a criterion left out that already has scores is refused (its scores would go).
    package func saveCriteria(_ roundId: Int, _ list: [CriterionInput], baseVersion: Int, by p: Principal) async throws -> [EvaluationCriterionRecord]
    {
        try await database.transaction { sql in
            let round = try await Self.editableRound(roundId, p, on: sql)
            if baseVersion != round.version { throw Self.stale(round) }
            let existing = try await EvaluationQueries.criteria(of: roundId, on: sql)
            var issues: [ValidationIssue] = []
            let entries = list.filter { !$0.name.trimmed.isEmpty || !$0.weight.trimmed.isEmpty }
            if entries.isEmpty { issues.append(ValidationIssue(field: "criteria", code: .required)) }
            if entries.count > Self.criteriaMax { issues.append(ValidationIssue(field: "criteria", code: .tooLong, limit: Self.criteriaMax)) }
            var weights: [Int] = []
            for e in entries {
                AuthorizationService.text(e.name, "criterionName", max: Self.titleMax, required: true, into: &issues)
                if let w = Int(e.weight.trimmed), (0...100).contains(w) {
                    weights.append(w)
                } else {
                    issues.append(
                        ValidationIssue(
                            field: "criterionWeight",
                            code: e.weight.trimmed.isEmpty ? .required : (Int(e.weight.trimmed) == nil ? .invalidNumber : .outOfRange),
                            limit: 100))
                }
                if let id = e.id, !existing.contains(where: { $0.id == id }) { issues.append(ValidationIssue(field: "criteria", code: .notFound)) }
            }
            if issues.isEmpty, weights.reduce(0, +) != 100 { issues.append(ValidationIssue(field: "criteriaWeights", code: .outOfRange, limit: 100)) }
            let names = entries.map { $0.name.trimmed }
            if Set(names).count != names.count { issues.append(ValidationIssue(field: "criterionName", code: .duplicate)) }
            let kept = Set(entries.compactMap(\.id))
            let dropped = existing.filter { !kept.contains($0.id) }
            if !dropped.isEmpty,
                try await sql.scalar(
                    Int.self, column: "n", "SELECT COUNT(*) AS n FROM evaluation_scores WHERE criterion_id IN (\(binds: dropped.map(\.id)))") ?? 0 > 0
            {
                issues.append(ValidationIssue(field: "criteria", code: .invalidChoice))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                "UPDATE evaluation_rounds SET version = version + 1, updated_at = \(bind: now) WHERE id = \(bind: roundId) AND version = \(bind: round.version)"
            )
            guard n == 1 else { throw Self.stale(round) }
            if !dropped.isEmpty { try await sql.execute("DELETE FROM evaluation_criteria WHERE id IN (\(binds: dropped.map(\.id)))") }
            for (i, e) in entries.enumerated() {
                if let id = e.id {
                    try await sql.execute(
                        "UPDATE evaluation_criteria SET position = \(bind: i + 1), name = \(bind: e.name.trimmed), weight = \(bind: weights[i]) WHERE id = \(bind: id)"
                    )
                } else {
                    try await sql.execute(
                        """
                        INSERT INTO evaluation_criteria (round_id, position, name, weight)
                        VALUES (\(bind: roundId), \(bind: i + 1), \(bind: e.name.trimmed), \(bind: weights[i]))
                        """)
                }
            }
            func text(_ list: [(String, Int)]) -> String { list.map { "\($0.0) \($0.1)" }.joined(separator: "；") }
            try await Audit.record(
                entity: "evaluation_round", id: roundId, action: "evaluation_criteria", actor: p.actorName, version: round.version + 1,
                changes: [
                    .init(
                        field: "evaluationCriteria", before: text(existing.map { ($0.name, $0.weight) }),
                        after: text(entries.enumerated().map { ($0.element.name.trimmed, weights[$0.offset]) }))
                ], scopePath: round.jurisdictionPath, at: now, on: sql)
            return try await EvaluationQueries.criteria(of: roundId, on: sql)
        }
    }

    // MARK: Subjects

    /// Adds records of one kind to a round: each must exist, lie within the round's jurisdiction and be in the editor's
    /// view; one already in the round is skipped. Returns how many were added.
    package func addSubjects(_ roundId: Int, kind code: String, ids: [Int], by p: Principal) async throws -> Int {
        try await database.transaction { sql in
            let round = try await Self.editableRound(roundId, p, on: sql)
            guard let kind = EvaluationSubjectKind.named(code) else {
                throw AppError.validation([ValidationIssue(field: "kind", code: code.trimmed.isEmpty ? .required : .invalidChoice)])
            }
            let wanted = Array(Set(ids)).sorted()
            if wanted.isEmpty { throw AppError.validation([ValidationIssue(field: "refIds", code: .required)]) }
            if wanted.count > Self.subjectsPerAdd {
                throw AppError.validation([ValidationIssue(field: "refIds", code: .tooLong, limit: Self.subjectsPerAdd)])
            }
            let found = try await kind.lookup(wanted, sql)
            if found.count != wanted.count
                || found.contains(where: { !$0.jurisdictionPath.hasPrefix(round.jurisdictionPath) || !p.sees(jurisdictionPath: $0.jurisdictionPath) })
            {
                throw AppError.validation([ValidationIssue(field: "refIds", code: .notFound)])
            }
            let already = Set(
                try await sql.all(
                    RefRow.self, "SELECT ref_id FROM evaluation_subjects WHERE round_id = \(bind: roundId) AND kind = \(bind: kind.code)"
                ).map(\.refId))
            let now = clock.timestamp
            var added = 0
            for info in found.sorted(by: { $0.refId < $1.refId }) where !already.contains(info.refId) {
                try await sql.execute(
                    """
                    INSERT INTO evaluation_subjects (round_id, kind, ref_id, title, jurisdiction_id, jurisdiction_path, unit_id, version, created_at,
                      updated_at)
                    VALUES (\(bind: roundId), \(bind: kind.code), \(bind: info.refId), \(bind: info.title), \(bind: info.jurisdictionId),
                      \(bind: info.jurisdictionPath), \(bind: info.unitId ?? 0), 1, \(bind: now), \(bind: now))
                    """)
                added += 1
            }
            if added > 0 {
                try await Audit.record(
                    entity: "evaluation_round", id: roundId, action: "evaluation_subjects", actor: p.actorName, version: round.version,
                    changes: [.init(field: "evaluationSubjects", before: nil, after: "\(kind.code) × \(added)")], scopePath: round.jurisdictionPath,
                    at: now, on: sql)
            }
            return added
        }
    }

    struct RefRow: Decodable {
        var refId: Int
    }

    // MARK: Reviewers

    /// Assigns an outside reviewer (a user with the reviewer role) to a round; assigning one twice changes nothing.
    package func assignReviewer(_ roundId: Int, username: String, by p: Principal) async throws -> EvaluationReviewerRecord {
        try await database.transaction { sql in
            let round = try await Self.editableRound(roundId, p, on: sql)
            let name = username.trimmed
            if name.isEmpty { throw AppError.validation([ValidationIssue(field: "reviewer", code: .required)]) }
            guard
                let user = try await sql.first(
                    UserRow.self, "SELECT id, role FROM users WHERE username = \(bind: name)"), user.role == Role.reviewer.rawValue
            else { throw AppError.validation([ValidationIssue(field: "reviewer", code: .notFound)]) }
            if !(try await EvaluationQueries.isAssigned(userId: user.id, roundId: roundId, on: sql)) {
                let now = clock.timestamp
                try await sql.execute(
                    "INSERT INTO evaluation_reviewers (round_id, user_id, assigned_at) VALUES (\(bind: roundId), \(bind: user.id), \(bind: now))")
                try await Audit.record(
                    entity: "evaluation_round", id: roundId, action: "evaluation_reviewer", actor: p.actorName, version: round.version,
                    changes: [.init(field: "evaluationReviewer", before: nil, after: name)], scopePath: round.jurisdictionPath, at: now, on: sql)
            }
            return try await EvaluationQueries.reviewers(of: roundId, on: sql).first { $0.userId == user.id }!
        }
    }

    struct UserRow: Decodable {
        var id: Int
        var role: String
    }

    // MARK: Scores

    package struct ScoreInput: Sendable, Equatable {
        var source: String
        /// Criterion id → the score as typed (blank clears it).
        var scores: [Int: String]
        var comment: String
        package init(source: String, scores: [Int: String], comment: String) {
            self.source = source
            self.scores = scores
            self.comment = comment
        }
    }

    /// Records one source's scores (and comment) for a subject: the caller's own reviewer row for a reviewer. Scores run
    /// from 0 to 100; a blank clears one. Checks the subject's version (409 when someone scored it since).
    package func saveScores(_ subjectId: Int, _ input: ScoreInput, baseVersion: Int, by p: Principal) async throws -> EvaluationSubjectRecord {
        try await database.transaction { sql in
            let (round, subject) = try await Self.readableSubject(subjectId, p, on: sql)
            try Self.requireSomeSource(round, subject, p)
            guard let source = EvaluationSource(text: input.source) else {
                throw AppError.validation([ValidationIssue(field: "source", code: input.source.trimmed.isEmpty ? .required : .invalidChoice)])
            }
            let assigned = p.role == .reviewer
            try Access.require(Access.canScore(source, round: round, subject: subject, assigned: assigned, p), "evaluation_score")
            if !round.isOpen { throw AppError.unprocessable(code: "evaluation_closed", message: "the round is closed: its scores are final") }
            if baseVersion != subject.version { throw Self.stale(subject) }
            let criteria = try await EvaluationQueries.criteria(of: round.id, on: sql)
            let issues = Self.checkScores(input, criteria: criteria)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            try await Self.write(
                subject: subject, round: round, source: source, reviewerId: source == .reviewer ? p.userId : 0, input, criteria: criteria,
                actor: p.actorName, at: now, on: sql)
            return try await EvaluationQueries.subject(subjectId, on: sql)!
        }
    }

    static func checkScores(_ input: ScoreInput, criteria: [EvaluationCriterionRecord]) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let ids = Set(criteria.map(\.id))
        for (id, raw) in input.scores {
            guard ids.contains(id) else {
                issues.append(ValidationIssue(field: "criterionId", code: .notFound))
                continue
            }
            let t = raw.trimmed
            if t.isEmpty { continue }
            guard let v = Double(t), v.isFinite else {
                issues.append(ValidationIssue(field: "score", code: .invalidNumber))
                continue
            }
            if v < 0 || v > 100 { issues.append(ValidationIssue(field: "score", code: .outOfRange, limit: 100)) }
        }
        AuthorizationService.text(input.comment, "comment", max: longMax, required: false, into: &issues)
        return issues
    }

    /// Writes checked scores and the comment, bumps the subject's version and records the audit entry.
    static func write(
        subject: EvaluationSubjectRecord, round: EvaluationRoundRecord, source: EvaluationSource, reviewerId: Int, _ input: ScoreInput,
        criteria: [EvaluationCriterionRecord], actor: String, at now: String, on sql: any SQLDatabase
    ) async throws {
        let n = try await sql.updateReturningCount(
            "UPDATE evaluation_subjects SET version = version + 1, updated_at = \(bind: now) WHERE id = \(bind: subject.id) AND version = \(bind: subject.version)"
        )
        guard n == 1 else { throw stale(subject) }
        let before = try await EvaluationQueries.scores(ofSubject: subject.id, on: sql).filter {
            $0.source == source.rawValue && $0.reviewerId == reviewerId
        }
        var changes: [Audit.Change] = []
        for c in criteria {
            guard let raw = input.scores[c.id] else { continue }
            let old = before.first { $0.criterionId == c.id }.map { format($0.score) }
            let t = raw.trimmed
            try await sql.execute(
                """
                DELETE FROM evaluation_scores WHERE subject_id = \(bind: subject.id) AND criterion_id = \(bind: c.id) AND source = \(bind: source.rawValue)
                  AND reviewer_id = \(bind: reviewerId)
                """)
            var new: String?
            if let v = Double(t) {
                try await sql.execute(
                    """
                    INSERT INTO evaluation_scores (subject_id, criterion_id, source, reviewer_id, score, actor, updated_at)
                    VALUES (\(bind: subject.id), \(bind: c.id), \(bind: source.rawValue), \(bind: reviewerId), \(bind: v), \(bind: actor), \(bind: now))
                    """)
                new = format(v)
            }
            if old != new {
                changes.append(.init(field: "evaluationScore", before: old.map { c.name + " " + $0 }, after: new.map { c.name + " " + $0 }))
            }
        }
        let comment = input.comment.trimmed
        let oldComment = try await sql.scalar(
            String.self, column: "body",
            "SELECT body FROM evaluation_comments WHERE subject_id = \(bind: subject.id) AND source = \(bind: source.rawValue) AND reviewer_id = \(bind: reviewerId)"
        )
        if (oldComment ?? "") != comment {
            try await sql.execute(
                "DELETE FROM evaluation_comments WHERE subject_id = \(bind: subject.id) AND source = \(bind: source.rawValue) AND reviewer_id = \(bind: reviewerId)"
            )
            if !comment.isEmpty {
                try await sql.execute(
                    """
                    INSERT INTO evaluation_comments (subject_id, source, reviewer_id, body, actor, updated_at)
                    VALUES (\(bind: subject.id), \(bind: source.rawValue), \(bind: reviewerId), \(bind: comment), \(bind: actor), \(bind: now))
                    """)
            }
            changes.append(.init(field: "evaluationComment", before: oldComment, after: comment))
        }
        changes.insert(.init(field: "evaluationSource", before: nil, after: source.rawValue), at: 0)
        try await Audit.record(
            entity: "evaluation_subject", id: subject.id, action: "evaluation_score", actor: actor, version: subject.version + 1, changes: changes,
            scopePath: round.jurisdictionPath, at: now, on: sql)
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.2f", v)
    }

    // MARK: State

    /// Closes a round (its result becomes final and its public notice readable) or reopens it for scoring.
    package func setState(_ roundId: Int, state raw: String, baseVersion: Int, by p: Principal) async throws -> EvaluationRoundRecord {
        try await database.transaction { sql in
            let round = try await Self.editableRound(roundId, p, on: sql)
            guard let state = EvaluationState(rawValue: raw.trimmed) else {
                throw AppError.validation([ValidationIssue(field: "state", code: raw.trimmed.isEmpty ? .required : .invalidChoice)])
            }
            if baseVersion != round.version { throw Self.stale(round) }
            if state.rawValue == round.state { throw AppError.validation([ValidationIssue(field: "state", code: .unchanged)]) }
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE evaluation_rounds SET state = \(bind: state.rawValue), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: roundId) AND version = \(bind: round.version)
                """)
            guard n == 1 else { throw Self.stale(round) }
            try await Audit.record(
                entity: "evaluation_round", id: roundId, action: state == .closed ? "close" : "reopen", actor: p.actorName,
                version: round.version + 1, changes: Audit.diff(["state": round.state], ["state": state.rawValue]), scopePath: round.jurisdictionPath,
                at: now, on: sql)
            return try await EvaluationQueries.round(roundId, on: sql)!
        }
    }

    // MARK: Deleting

    /// Deletes a round set up by mistake, with its criteria, subjects, scores, comments and reviewer assignments. Refused
    /// (409) once closed (its result is final and its notice public: reopen it first if it really must go) and while an
    /// experience of the replication library names one of its results as a source.
    package func deleteRound(_ id: Int, baseVersion: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            let round = try await Self.editableRound(id, p, on: sql)
            if baseVersion != round.version { throw Self.stale(round) }
            if !round.isOpen {
                throw AppError.inUse(code: "evaluation_round_closed", message: "the round is closed and its notice published: reopen it first")
            }
            let cited =
                try await sql.scalar(
                    Int.self, column: "n",
                    """
                    SELECT COUNT(*) AS n FROM experience_sources x JOIN evaluation_subjects s ON s.id = x.ref_id
                    WHERE x.kind = 'evaluation_subject' AND s.round_id = \(bind: id)
                    """) ?? 0
            if cited > 0 {
                throw AppError.inUse(code: "evaluation_round_cited", message: "an experience of the replication library cites the round's results")
            }
            let subjects: SQLQueryString = "SELECT id FROM evaluation_subjects WHERE round_id = \(bind: id)"
            try await sql.execute("DELETE FROM evaluation_scores WHERE subject_id IN (\(subjects))")
            try await sql.execute("DELETE FROM evaluation_comments WHERE subject_id IN (\(subjects))")
            for table in ["evaluation_subjects", "evaluation_criteria", "evaluation_reviewers"] {
                try await sql.execute("DELETE FROM \(unsafeRaw: table) WHERE round_id = \(bind: id)")
            }
            let n = try await sql.updateReturningCount(
                "DELETE FROM evaluation_rounds WHERE id = \(bind: id) AND version = \(bind: round.version)")
            guard n == 1 else { throw Self.stale(round) }
            try await Audit.record(
                entity: "evaluation_round", id: id, action: "delete", actor: p.actorName, version: round.version + 1,
                changes: Audit.removed(Self.snapshot(round)), scopePath: round.jurisdictionPath, at: clock.timestamp, on: sql)
        }
    }

    // MARK: Checks

    /// A round the user may open (404 otherwise), and whether the user is one of its reviewers.
    static func readableRound(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> EvaluationRoundRecord {
        guard let round = try await EvaluationQueries.round(id, on: sql) else { throw AppError.notFound(entity: "evaluation_round", id: String(id)) }
        var visible: Bool
        if p.role == .reviewer {
            visible = try await EvaluationQueries.isAssigned(userId: p.userId, roundId: id, on: sql)
        } else {
            visible = p.sees(jurisdictionPath: round.jurisdictionPath)
            if !visible { visible = try await EvaluationQueries.hasSubject(in: id, within: p.jurisdictionPath, on: sql) }
        }
        if !visible { throw AppError.notFound(entity: "evaluation_round", id: String(id)) }
        return round
    }

    static func editableRound(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> EvaluationRoundRecord {
        let round = try await readableRound(id, p, on: sql)
        try Access.require(Access.canEditEvaluation(in: round.jurisdictionPath, p), "evaluation_edit")
        return round
    }

    /// A subject the user may open: its round readable, and (unless the user sees the round's jurisdiction or reviews it)
    /// the subject in the user's view.
    static func readableSubject(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> (EvaluationRoundRecord, EvaluationSubjectRecord) {
        guard let subject = try await EvaluationQueries.subject(id, on: sql) else {
            throw AppError.notFound(entity: "evaluation_subject", id: String(id))
        }
        let round: EvaluationRoundRecord
        do {
            round = try await readableRound(subject.roundId, p, on: sql)
        } catch AppError.notFound {
            throw AppError.notFound(entity: "evaluation_subject", id: String(id))
        }
        if p.role != .reviewer, !p.sees(jurisdictionPath: round.jurisdictionPath), !p.sees(jurisdictionPath: subject.jurisdictionPath) {
            throw AppError.notFound(entity: "evaluation_subject", id: String(id))
        }
        return (round, subject)
    }

    /// 403 for a user who may give no source's scores for the subject (before the body says which source).
    static func requireSomeSource(_ round: EvaluationRoundRecord, _ subject: EvaluationSubjectRecord, _ p: Principal) throws {
        let assigned = p.role == .reviewer
        try Access.require(
            EvaluationSource.allCases.contains { Access.canScore($0, round: round, subject: subject, assigned: assigned, p) }, "evaluation_score")
    }

    static func stale(_ round: EvaluationRoundRecord) -> AppError {
        AppError.conflict(entity: "evaluation_round", id: round.id, currentVersion: round.version, changes: [])
    }

    static func stale(_ subject: EvaluationSubjectRecord) -> AppError {
        AppError.conflict(entity: "evaluation_subject", id: subject.id, currentVersion: subject.version, changes: [])
    }
}

extension AppServices {
    package var evaluation: EvaluationService { EvaluationService(database: database, clock: clock) }
}
