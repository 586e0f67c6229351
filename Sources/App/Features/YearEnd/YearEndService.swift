import Foundation
import ReformCore
import SQLKit

/// The year-end check (年底对账): opening a check of a plan for a year, the lead units' answers, the office's review and
/// the lock (`YearEndService+Lock`). Each step is one transaction with its audit entries; every row carries a version
/// (409 when stale), and what follows what is `YearEndFlow`'s to say. Several rows are answered or reviewed at once, all
/// or nothing; an error names the row (`answers[i].field`, `rows[i]`) and the field.
package struct YearEndService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    /// One row's answer.
    package struct Answer: Sendable {
        var rowId: Int
        var version: Int
        var outcome: String
        var newDeadline: String
        var reason: String

        package init(rowId: Int, version: Int, outcome: String, newDeadline: String = "", reason: String = "") {
            self.rowId = rowId
            self.version = version
            self.outcome = outcome
            self.newDeadline = newDeadline
            self.reason = reason
        }
    }

    /// A row and the version the reviewer read.
    package struct RowVersion: Sendable {
        var rowId: Int
        var version: Int

        package init(rowId: Int, version: Int) {
            self.rowId = rowId
            self.version = version
        }
    }

    static let minYear = 2000
    static let maxYear = 2100

    // MARK: Open

    /// Opens the check of `planId` for `year`: one row per measure (leaf item) not closed by a locked check of an earlier
    /// year, with its lead unit.
    package func open(planId: Int, year: Int?, by p: Principal, isDemo: Bool = false, at: String? = nil) async throws -> YearEndCheckRecord {
        try await database.transaction { sql in
            let plan = try await PlanQueries.require(planId, on: sql)
            let j = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
            try Access.requireVisible(p.sees(jurisdictionPath: j.path), entity: "plan", id: planId)
            try Access.require(Access.canRunYearEnd(checkPath: j.path, p), "yearend_run")
            guard let year else { throw AppError.validation([ValidationIssue(field: "year", code: .required)]) }
            guard (Self.minYear...Self.maxYear).contains(year) else {
                throw AppError.validation([ValidationIssue(field: "year", code: .outOfRange, limit: Self.maxYear)])
            }
            // A plan with a period is checked only for the years it covers.
            let first = plan.periodStart.flatMap(LocalDate.init(iso:))?.year, last = plan.periodEnd.flatMap(LocalDate.init(iso:))?.year
            if let first, year < first { throw AppError.validation([ValidationIssue(field: "year", code: .invalidChoice)]) }
            if let last, year > last { throw AppError.validation([ValidationIssue(field: "year", code: .invalidChoice)]) }
            let exists =
                try await sql.scalar(
                    Int.self, column: "n", "SELECT COUNT(*) AS n FROM yearend_checks WHERE plan_id = \(bind: planId) AND year = \(bind: year)") ?? 0
            if exists > 0 { throw AppError.validation([ValidationIssue(field: "year", code: .duplicate)]) }
            let leaves = try await YearEndQueries.openLeaves(planId: planId, year: year, on: sql)
            if leaves.isEmpty {
                throw AppError.unprocessable(code: "yearend_no_measures", message: "the plan has no measure left to check for \(year)")
            }
            let now = at ?? clock.timestamp
            let id = try await sql.insertReturningID(
                """
                INSERT INTO yearend_checks (plan_id, jurisdiction_id, jurisdiction_path, year, state, opened_by, opened_at, locked_by, is_demo,
                  version, updated_at)
                VALUES (\(bind: planId), \(bind: j.id), \(bind: j.path), \(bind: year), 'open', \(bind: p.actorName), \(bind: now), '',
                  \(bind: isDemo || plan.isDemo), 1, \(bind: now))
                """)
            for leaf in leaves {
                try await sql.execute(
                    """
                    INSERT INTO yearend_rows (check_id, item_id, sort_key, number, title, unit_id, state, outcome, reason, answered_by,
                      reviewed_by, return_reason, version, updated_at)
                    VALUES (\(bind: id), \(bind: leaf.id), \(bind: leaf.sortKey), \(bind: leaf.number), \(bind: leaf.title),
                      \(bind: leaf.leadUnitId), 'pending', '', '', '', '', '', 1, \(bind: now))
                    """)
            }
            try await Audit.record(
                entity: "yearend_check", id: id, action: "yearend_open", actor: p.actorName, version: 1,
                changes: [
                    .init(field: "yearendYear", before: nil, after: String(year)),
                    .init(field: "yearendRows", before: nil, after: String(leaves.count))
                ], scopePath: j.path, at: now, on: sql)
            return try await YearEndQueries.requireCheck(id, on: sql)
        }
    }

    // MARK: Answer

    /// The lead unit's answers (or the office's for it): one transaction for every row given.
    package func answer(checkId: Int, _ answers: [Answer], by p: Principal, at: String? = nil) async throws -> [YearEndRowRecord] {
        try await database.transaction { sql in
            let check = try await Self.openCheck(checkId, by: p, on: sql)
            try Access.require(Access.canAnswerYearEnd(checkPath: check.jurisdictionPath, rowUnitId: p.unitId, p), "yearend_answer")
            try Self.requireEntries(answers.map(\.rowId), field: "answers")
            let rows = try await Self.rows(answers.map(\.rowId), of: check, on: sql)
            for (a, row) in zip(answers, rows) {
                try Access.requireVisible(
                    Access.canAnswerYearEnd(checkPath: check.jurisdictionPath, rowUnitId: row.unitId, p), entity: "yearend_row", id: row.id)
                try Self.requireStep(row, .answer, version: a.version, check: check)
            }
            var issues: [ValidationIssue] = []
            for (i, a) in answers.enumerated() {
                issues += YearEndFlow.answerIssues(outcome: a.outcome, newDeadline: a.newDeadline, reason: a.reason, year: check.year)
                    .map { Self.named($0, "answers[\(i)].") }
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            for (a, row) in zip(answers, rows) {
                let outcome = YearEndOutcome(rawValue: a.outcome.trimmed)!
                let deadline = outcome == .carried ? LocalDate(iso: a.newDeadline.trimmed)?.iso : nil
                let reason = outcome == .done ? "" : a.reason.trimmed
                let n = try await sql.updateReturningCount(
                    """
                    UPDATE yearend_rows SET state = 'answered', outcome = \(bind: outcome.rawValue), new_deadline = \(bind: deadline),
                      reason = \(bind: reason), answered_by = \(bind: p.actorName), answered_at = \(bind: now), version = version + 1,
                      updated_at = \(bind: now)
                    WHERE id = \(bind: row.id) AND version = \(bind: row.version)
                    """)
                guard n == 1 else { throw Self.stale(row) }
                let changes: [Audit.Change] = [
                    .init(field: "yearendState", before: row.state, after: YearEndRowState.answered.rawValue),
                    .init(field: "yearendOutcome", before: row.outcome.isEmpty ? nil : row.outcome, after: outcome.rawValue),
                    .init(field: "yearendNewDeadline", before: row.newDeadline, after: deadline),
                    .init(field: "yearendReason", before: row.reason.isEmpty ? nil : row.reason, after: reason.isEmpty ? nil : reason)
                ]
                try await Audit.record(
                    entity: "yearend_row", id: row.id, action: "yearend_answer", actor: p.actorName, version: row.version + 1,
                    changes: changes.filter { $0.before != $0.after }, scopePath: check.jurisdictionPath, at: now, on: sql)
            }
            return try await YearEndQueries.rows(ids: rows.map(\.id), on: sql)
        }
    }

    // MARK: Review

    /// The office confirms answers, or returns them to their units with a reason.
    package func review(
        checkId: Int, _ entries: [RowVersion], action: YearEndAction, reason: String = "", by p: Principal, at: String? = nil
    ) async throws -> [YearEndRowRecord] {
        try await database.transaction { sql in
            let check = try await Self.openCheck(checkId, by: p, on: sql)
            try Access.require(Access.canRunYearEnd(checkPath: check.jurisdictionPath, p), "yearend_run")
            guard action == .confirm || action == .return else {
                throw AppError.validation([ValidationIssue(field: "action", code: .invalidChoice)])
            }
            try Self.requireEntries(entries.map(\.rowId), field: "rows")
            let rows = try await Self.rows(entries.map(\.rowId), of: check, on: sql)
            for (e, row) in zip(entries, rows) { try Self.requireStep(row, action, version: e.version, check: check) }
            let returnReason = action == .return ? reason.trimmed : ""
            if action == .return {
                if returnReason.isEmpty { throw AppError.validation([ValidationIssue(field: "reason", code: .required)]) }
                if returnReason.unicodeScalars.count > YearEndFlow.reasonMaxLength {
                    throw AppError.validation([ValidationIssue(field: "reason", code: .tooLong, limit: YearEndFlow.reasonMaxLength)])
                }
            }
            let now = at ?? clock.timestamp
            let next = YearEndFlow.next(.answered, action, locked: false)!
            for row in rows {
                let n = try await sql.updateReturningCount(
                    """
                    UPDATE yearend_rows SET state = \(bind: next.rawValue), reviewed_by = \(bind: p.actorName), reviewed_at = \(bind: now),
                      return_reason = \(bind: returnReason), version = version + 1, updated_at = \(bind: now)
                    WHERE id = \(bind: row.id) AND version = \(bind: row.version)
                    """)
                guard n == 1 else { throw Self.stale(row) }
                var changes: [Audit.Change] = [.init(field: "yearendState", before: row.state, after: next.rawValue)]
                if action == .return { changes.append(.init(field: "yearendReturnReason", before: nil, after: returnReason)) }
                try await Audit.record(
                    entity: "yearend_row", id: row.id, action: action == .confirm ? "yearend_confirm" : "yearend_return", actor: p.actorName,
                    version: row.version + 1, changes: changes, scopePath: check.jurisdictionPath, at: now, on: sql)
            }
            return try await YearEndQueries.rows(ids: rows.map(\.id), on: sql)
        }
    }

    // MARK: Shared checks

    /// The check, in the user's view (404 otherwise) and still open (409 once locked).
    static func openCheck(_ id: Int, by p: Principal, on sql: any SQLDatabase) async throws -> YearEndCheckRecord {
        let check = try await readCheck(id, by: p, on: sql)
        if check.isLocked { throw lockedConflict(check) }
        return check
    }

    /// The check, in the user's view (404 otherwise).
    static func readCheck(_ id: Int, by p: Principal, on sql: any SQLDatabase) async throws -> YearEndCheckRecord {
        let check = try await YearEndQueries.requireCheck(id, on: sql)
        let unitHasRows = try await p.unitId.asyncMap { try await YearEndQueries.unitHasRows(checkId: id, unitId: $0, on: sql) } ?? false
        try Access.requireVisible(
            Access.seesYearEnd(checkPath: check.jurisdictionPath, unitHasRows: unitHasRows, p), entity: "yearend_check", id: id)
        return check
    }

    static func lockedConflict(_ c: YearEndCheckRecord) -> AppError {
        AppError.conflict(entity: "yearend_check", id: c.id, currentVersion: c.version, changes: [])
    }

    static func stale(_ r: YearEndRowRecord) -> AppError {
        AppError.conflict(entity: "yearend_row", id: r.id, currentVersion: r.version, changes: [])
    }

    static func requireEntries(_ ids: [Int], field: String) throws {
        if ids.isEmpty { throw AppError.validation([ValidationIssue(field: field, code: .required)]) }
        if Set(ids).count != ids.count { throw AppError.validation([ValidationIssue(field: field, code: .duplicate)]) }
    }

    /// The rows, in the order given, each of this check (404 naming the row otherwise).
    static func rows(_ ids: [Int], of check: YearEndCheckRecord, on sql: any SQLDatabase) async throws -> [YearEndRowRecord] {
        let found = Dictionary(uniqueKeysWithValues: try await YearEndQueries.rows(ids: ids, on: sql).map { ($0.id, $0) })
        return try ids.map { id in
            guard let row = found[id], row.checkId == check.id else { throw AppError.notFound(entity: "yearend_row", id: String(id)) }
            return row
        }
    }

    /// 409 naming the row when the version read is stale or the step does not fit the row's state.
    static func requireStep(_ row: YearEndRowRecord, _ action: YearEndAction, version: Int, check: YearEndCheckRecord) throws {
        guard version == row.version, YearEndFlow.next(row.rowState, action, locked: check.isLocked) != nil else { throw stale(row) }
    }

    static func named(_ issue: ValidationIssue, _ prefix: String) -> ValidationIssue {
        ValidationIssue(field: prefix + issue.field, code: issue.code, limit: issue.limit, value: issue.value)
    }
}
