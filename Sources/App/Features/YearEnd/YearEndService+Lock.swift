import Foundation
import ReformCore
import SQLKit

extension YearEndService {
    /// Where the carried-over measures go: one of the jurisdiction's plans, or a new one with this title ("" for
    /// `YearEndFlow.nextPlanTitle`) and a period of the next year.
    package struct LockInput: Sendable {
        var targetPlanId: Int?
        var newPlanTitle: String

        package init(targetPlanId: Int? = nil, newPlanTitle: String = "") {
            self.targetPlanId = targetPlanId
            self.newPlanTitle = newPlanTitle
        }
    }

    /// Locks a check whose every row the office confirmed, and applies it to the ledger in the same transaction, through
    /// the item service's own rules: a confirmed done measure becomes done, a cancelled one suspended (中止) with the reason
    /// in its remarks, and each carried-over one a new item of next year's plan (number, title, lead unit, participants,
    /// officials kept; the new deadline), under copies of its field and task found or made there. Nothing changes after.
    package func lock(checkId: Int, _ input: LockInput, baseVersion: Int, by p: Principal, at: String? = nil) async throws -> YearEndCheckRecord {
        try await database.transaction { sql in
            let check = try await Self.openCheck(checkId, by: p, on: sql)
            try Access.require(Access.canRunYearEnd(checkPath: check.jurisdictionPath, p), "yearend_run")
            guard baseVersion == check.version else { throw Self.lockedConflict(check) }
            let rows = try await YearEndQueries.rows(ofCheck: check.id, on: sql)
            guard YearEndFlow.canLock(rows.map(\.rowState)) else {
                let open = rows.filter { $0.rowState != .confirmed }.count
                throw AppError.unprocessable(code: "yearend_unconfirmed", message: "\(open) rows are not confirmed by the office yet")
            }
            let now = at ?? clock.timestamp
            let plan = try await PlanQueries.require(check.planId, on: sql)
            let carried = rows.filter { $0.rowOutcome == .carried && $0.itemId != nil }
            var targetPlanId: Int?
            if !carried.isEmpty { targetPlanId = try await target(input, check: check, plan: plan, by: p, at: now, on: sql) }
            var mapped: [Int: Int] = [:]
            for row in rows {
                guard let itemId = row.itemId, let outcome = row.rowOutcome else { continue }
                do {
                    switch outcome {
                    case .done: try await Self.close(itemId, status: .done, remark: nil, by: p, at: now, on: sql)
                    case .cancelled:
                        let remark = L10n.fill("yearend.cancelledRemark", .zh, String(check.year), row.reason)
                        try await Self.close(itemId, status: .suspended, remark: remark, by: p, at: now, on: sql)
                    case .carried:
                        let copy = try await Self.carry(itemId, row: row, into: targetPlanId!, mapped: &mapped, by: p, at: now, on: sql)
                        try await sql.execute(
                            "UPDATE yearend_rows SET carried_item_id = \(bind: copy.id), updated_at = \(bind: now) WHERE id = \(bind: row.id)")
                        try await Audit.record(
                            entity: "yearend_row", id: row.id, action: "yearend_carry", actor: p.actorName, version: row.version,
                            changes: [.init(field: "yearendCarriedItemId", before: nil, after: String(copy.id))], scopePath: check.jurisdictionPath,
                            at: now, on: sql)
                    }
                } catch AppError.validation(let issues) {
                    throw AppError.validation(issues.map { Self.named($0, "rows.\(row.id).") })
                }
            }
            let n = try await sql.updateReturningCount(
                """
                UPDATE yearend_checks SET state = 'locked', locked_by = \(bind: p.actorName), locked_at = \(bind: now),
                  target_plan_id = \(bind: targetPlanId), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: check.id) AND version = \(bind: check.version)
                """)
            guard n == 1 else { throw Self.lockedConflict(check) }
            try await Audit.record(
                entity: "yearend_check", id: check.id, action: "yearend_lock", actor: p.actorName, version: check.version + 1,
                changes: [
                    .init(field: "yearendState", before: "open", after: "locked"),
                    .init(field: "yearendTargetPlanId", before: nil, after: targetPlanId.map(String.init))
                ], scopePath: check.jurisdictionPath, at: now, on: sql)
            return try await YearEndQueries.requireCheck(check.id, on: sql)
        }
    }

    /// The plan that receives the carried-over measures: a plan of the same jurisdiction other than the one checked, or a
    /// new one for the next year.
    private func target(
        _ input: LockInput, check: YearEndCheckRecord, plan: PlanRecord, by p: Principal, at now: String, on sql: any SQLDatabase
    ) async throws -> Int {
        if let id = input.targetPlanId {
            guard let t = try await PlanQueries.find(id, on: sql), t.jurisdictionId == check.jurisdictionId, t.id != check.planId else {
                throw AppError.validation([ValidationIssue(field: "targetPlanId", code: .notFound)])
            }
            return t.id
        }
        let given = input.newPlanTitle.trimmed
        let title =
            given.isEmpty ? YearEndFlow.nextPlanTitle(planTitle: plan.title, jurisdictionName: check.jurisdictionName, year: check.year) : given
        if title.unicodeScalars.count > PlanDraft.titleMaxLength {
            throw AppError.validation([ValidationIssue(field: "newPlanTitle", code: .tooLong, limit: PlanDraft.titleMaxLength)])
        }
        let next = check.year + 1
        return try await PlanService.insert(
            PlanDraft(
                title: title, issuer: plan.issuer, periodStart: "\(next)-01-01", periodEnd: "\(next)-12-31", jurisdictionID: check.jurisdictionId,
                levelNames: plan.levelNames, rollupRule: plan.rollupRule, warnDays: String(plan.warnDays)),
            actor: p.actorName, sourceNote: "yearend:\(check.id)", isDemo: plan.isDemo, at: now, on: sql)
    }

    /// Sets a measure done or suspended through `ItemService.update` (roll-up, audit, version), unless it already is.
    private static func close(
        _ itemId: Int, status: LifecycleStatus, remark: String?, by p: Principal, at now: String, on sql: any SQLDatabase
    ) async throws {
        let item = try await ItemQueries.require(itemId, on: sql)
        guard item.status != status.rawValue else { return }
        let participants = try await ItemQueries.participants(of: [item.id], on: sql).map(\.unitId)
        var draft = PlanItemDraft(record: item, participants: participants)
        draft.status = status.rawValue
        if let remark {
            let joined = item.remarks.trimmed.isEmpty ? remark : item.remarks.trimmed + "；" + remark
            draft.remarks = joined.unicodeScalars.count > PlanItemDraft.longTextMaxLength ? remark : joined
        }
        _ = try await ItemService.update(item.id, draft, baseVersion: item.version, amendment: .init(), actor: p.actorName, at: now, on: sql)
    }

    /// Makes the carried-over copy of a measure in the target plan through `ItemService.create`, under copies of its
    /// ancestors (matched by title under the same parent, made when missing), so the next year's outline keeps its fields.
    private static func carry(
        _ itemId: Int, row: YearEndRowRecord, into planId: Int, mapped: inout [Int: Int], by p: Principal, at now: String,
        on sql: any SQLDatabase
    ) async throws -> ItemRecord {
        let item = try await ItemQueries.require(itemId, on: sql)
        let ancestorIds = PathRange.ids(in: item.path).dropLast()
        var parent: Int?
        for ancestorId in ancestorIds {
            if let known = mapped[ancestorId] {
                parent = known
                continue
            }
            let a = try await ItemQueries.require(ancestorId, on: sql)
            let parentCondition: SQLQueryString = parent.map { "parent_id = \(bind: $0)" } ?? "parent_id IS NULL"
            if let existing = try await sql.scalar(
                Int.self, column: "id",
                "SELECT id FROM plan_items WHERE plan_id = \(bind: planId) AND \(parentCondition) AND title = \(bind: a.title) ORDER BY id LIMIT 1")
            {
                parent = existing
            } else {
                let made = try await ItemService.insert(
                    planId: planId, parentId: parent,
                    PlanItemDraft(
                        number: a.number, title: a.title, content: a.content, leadUnitID: a.leadUnitId ?? item.leadUnitId,
                        responsibleLeader: a.responsibleLeader, weight: ItemService.Values.format(a.weight)),
                    actor: p.actorName, isDemo: nil, at: now, on: sql)
                parent = made.id
            }
            mapped[ancestorId] = parent
        }
        let participants = try await ItemQueries.participants(of: [item.id], on: sql).map(\.unitId)
        var draft = PlanItemDraft(record: item, participants: participants)
        let deadline = row.newDeadline ?? ""
        draft.deadline = deadline
        if let start = item.startDate, start > deadline { draft.startDate = "" }
        draft.remarks = ""
        // The work goes on: a measure marked done or suspended starts the new year in progress, at the percent it reached.
        if item.lifecycle == .done || item.lifecycle == .suspended {
            draft.status = LifecycleStatus.inProgress.rawValue
            draft.ownPercent = ItemService.Values.format(item.lifecycle == .done ? 100 : item.ownPercent)
        }
        return try await ItemService.insert(planId: planId, parentId: parent, draft, actor: p.actorName, isDemo: nil, at: now, on: sql)
    }
}
