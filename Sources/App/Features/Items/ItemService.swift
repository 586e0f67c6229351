import FluentKit
import Foundation
import ReformCore
import SQLKit

/// Creating, editing, amending and deleting plan items: validation, the 409 on stale edits,
/// amendments on deadline changes, the audit log and the roll-up to the root, in one transaction each.
package struct ItemService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    package struct AmendmentInput: Sendable {
        var reason: String
        var approvedBy: String
        /// When the amendment happened (demo data back-dates them); nil means the moment of the write.
        var at: String?

        package init(reason: String = "", approvedBy: String = "", at: String? = nil) {
            self.reason = reason
            self.approvedBy = approvedBy
            self.at = at
        }
    }

    package func create(planId: Int, parentId: Int?, _ draft: PlanItemDraft, actor: String, isDemo: Bool? = nil) async throws -> ItemRecord {
        try await database.transaction { sql in
            try await Self.create(planId: planId, parentId: parentId, draft, actor: actor, isDemo: isDemo, at: clock.timestamp, on: sql)
        }
    }

    /// The creation inside the caller's transaction (a year-end check's lock carries measures into next year's plan).
    static func create(
        planId: Int, parentId: Int?, _ draft: PlanItemDraft, actor: String, isDemo: Bool?, at now: String, on sql: any SQLDatabase
    ) async throws -> ItemRecord {
        do {
            let plan = try await PlanQueries.require(planId, on: sql)
            var issues = draft.validate()
            var parent: ItemRecord?
            if let parentId {
                parent = try await ItemQueries.find(parentId, on: sql)
                if parent == nil || parent?.planId != planId {
                    issues.append(ValidationIssue(field: "parentID", code: .notFound, limit: nil))
                }
            }
            issues += try await Self.unitIssues(draft, on: sql)
            if !issues.isEmpty { throw AppError.validation(FieldNames.apiIssues(issues)) }
            let jurisdiction = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
            let v = Values(draft)
            let position =
                (try await sql.scalar(
                    Int.self, column: "n",
                    parentId == nil
                        ? "SELECT MAX(position) AS n FROM plan_items WHERE plan_id = \(bind: planId) AND parent_id IS NULL"
                        : "SELECT MAX(position) AS n FROM plan_items WHERE parent_id = \(bind: parentId!)") ?? 0) + 1
            let depth = parent.map { $0.depth + 1 } ?? 0
            let sortKey = (parent.map { $0.sortKey + "." } ?? "") + SortKey.segment(position)
            let number = v.number.isEmpty ? OutlineNumber.label(depth: depth, index: position) : v.number
            let warnFrom = v.deadline.map { Schedule.warnFrom(deadline: $0, warnDays: plan.warnDays).iso }
            let rollup = Rollup.rounded(v.percent)
            let id = try await sql.insertReturningID(
                """
                INSERT INTO plan_items (plan_id, parent_id, jurisdiction_id, jurisdiction_path, field_id, task_id, path, depth, position,
                  sort_key, number, title, content, lead_unit_id, responsible_leader, responsible_person, handler, start_date,
                  original_deadline, current_deadline, warn_from, expected_results, result_form, policy_documents, remarks, weight,
                  status, own_percent, derived_percent, rollup_percent, delay_count, child_count, search_text, is_demo, version,
                  created_at, updated_at)
                VALUES (\(bind: planId), \(bind: parentId), \(bind: jurisdiction.id), \(bind: jurisdiction.path),
                  \(bind: parent?.fieldId), \(bind: depth >= 2 ? parent?.taskId : nil), '', \(bind: depth), \(bind: position),
                  \(bind: sortKey), \(bind: number), \(bind: v.title), \(bind: v.content), \(bind: draft.leadUnitID),
                  \(bind: v.leader), \(bind: v.person), \(bind: v.handler), \(bind: v.start?.iso), \(bind: v.deadline?.iso),
                  \(bind: v.deadline?.iso), \(bind: warnFrom), \(bind: v.expectedResults), \(bind: v.resultForm),
                  \(bind: v.policyDocuments), \(bind: v.remarks), \(bind: v.weight), \(bind: v.status.rawValue), \(bind: v.percent),
                  NULL, \(bind: rollup), 0, 0, \(bind: v.searchText(number: number)), \(bind: isDemo ?? plan.isDemo), 1,
                  \(bind: now), \(bind: now))
                """)
            let path = (parent?.path ?? "/") + "\(id)/"
            // The field (领域) of an item is its root, the task (任务) its depth-1 ancestor; themselves at those depths.
            try await sql.execute(
                """
                UPDATE plan_items SET path = \(bind: path),
                  field_id = \(bind: depth == 0 ? id : parent?.fieldId),
                  task_id = \(bind: depth == 1 ? id : (depth >= 2 ? parent?.taskId : nil))
                WHERE id = \(bind: id)
                """)
            try await Self.replaceParticipants(itemId: id, draft.participantUnitIDs, on: sql)
            try await Audit.record(
                entity: "item", id: id, action: "create", actor: actor, version: 1,
                changes: Audit.diff([:], v.snapshot(number: number, lead: draft.leadUnitID, participants: draft.participantUnitIDs)),
                at: now, on: sql)
            try await RollupEngine.recomputeUpward(from: parentId, planId: planId, rule: plan.rule, on: sql)
            return try await ItemQueries.require(id, on: sql)
        }
    }

    package func update(_ id: Int, _ draft: PlanItemDraft, baseVersion: Int, amendment: AmendmentInput, actor: String) async throws -> ItemRecord {
        try await database.transaction { tx in
            try await Self.update(
                id, draft, baseVersion: baseVersion, amendment: amendment, actor: actor, at: clock.timestamp,
                on: tx)
        }
    }

    /// The edit inside the caller's transaction (an accepted report changes the item together with the report).
    static func update(
        _ id: Int, _ draft: PlanItemDraft, baseVersion: Int, amendment: AmendmentInput, actor: String,
        at now: String, on sql: any SQLDatabase
    ) async throws -> ItemRecord {
        do {
            let current = try await ItemQueries.require(id, on: sql)
            let plan = try await PlanQueries.require(current.planId, on: sql)
            let v = Values(draft)
            let number = v.number.isEmpty ? current.number : v.number
            let after = v.snapshot(number: number, lead: draft.leadUnitID, participants: draft.participantUnitIDs)
            guard current.version == baseVersion else {
                throw AppError.conflict(
                    entity: "item", id: id, currentVersion: current.version,
                    changes: try await Audit.conflictChanges(entity: "item", id: id, baseVersion: baseVersion, yours: after, on: sql))
            }
            var issues = draft.validate()
            issues += try await Self.unitIssues(draft, on: sql)
            // A deadline change is an amendment with a reason, never a silent overwrite.
            let oldDeadline = current.currentDeadline.flatMap(LocalDate.init(iso:))
            let deadlineChanged = v.deadline != oldDeadline && issues.allSatisfy({ $0.field != "deadline" })
            var newAmendment = false
            if deadlineChanged, oldDeadline != nil {
                if v.deadline == nil {
                    issues.append(ValidationIssue(field: "deadline", code: .required, limit: nil))
                } else {
                    issues += Amendments.validate(old: oldDeadline, new: v.deadline, reason: amendment.reason)
                        .map {
                            ValidationIssue(
                                field: $0.field == "reason" ? "amendmentReason" : ($0.field == "newDeadline" ? "deadline" : $0.field),
                                code: $0.code, limit: $0.limit, value: $0.value)
                        }
                    newAmendment = true
                }
            }
            if deadlineChanged, let deadline = v.deadline {
                issues += try await CascadeLinks.deadlineIssues(copyItemId: id, proposed: deadline, field: "deadline", on: sql)
            }
            if !issues.isEmpty { throw AppError.validation(FieldNames.apiIssues(issues)) }

            let original = current.originalDeadline ?? v.deadline?.iso
            let warnFrom = original.flatMap(LocalDate.init(iso:)).map { Schedule.warnFrom(deadline: $0, warnDays: plan.warnDays).iso }
            let rollup = Rollup.rounded(Rollup.effectivePercent(own: v.percent, derived: current.derivedPercent))
            let changed = try await sql.updateReturningCount(
                """
                UPDATE plan_items SET number = \(bind: number), title = \(bind: v.title), content = \(bind: v.content),
                  lead_unit_id = \(bind: draft.leadUnitID), responsible_leader = \(bind: v.leader), responsible_person = \(bind: v.person),
                  handler = \(bind: v.handler), start_date = \(bind: v.start?.iso), original_deadline = \(bind: original),
                  current_deadline = \(bind: v.deadline?.iso), warn_from = \(bind: warnFrom), expected_results = \(bind: v.expectedResults),
                  result_form = \(bind: v.resultForm), policy_documents = \(bind: v.policyDocuments), remarks = \(bind: v.remarks),
                  weight = \(bind: v.weight), status = \(bind: v.status.rawValue), own_percent = \(bind: v.percent),
                  rollup_percent = \(bind: rollup), search_text = \(bind: v.searchText(number: number)),
                  version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: baseVersion)
                """)
            guard changed == 1 else { throw AppError.conflict(entity: "item", id: id, currentVersion: current.version + 1, changes: []) }
            let participantsBefore = try await ItemQueries.participants(of: [id], on: sql).map(\.unitId)
            if participantsBefore != draft.participantUnitIDs { try await Self.replaceParticipants(itemId: id, draft.participantUnitIDs, on: sql) }
            if newAmendment, let newDeadline = v.deadline {
                try await Self.insertAmendment(itemId: id, old: oldDeadline, new: newDeadline, input: amendment, actor: actor, at: now, on: sql)
            }
            let before = Self.snapshot(current, participants: participantsBefore)
            try await Audit.record(
                entity: "item", id: id, action: "update", actor: actor, version: current.version + 1,
                changes: Audit.diff(before, after), at: now, on: sql)
            if current.parentId != nil, rollup != current.rollupPercent || v.weight != current.weight || v.status.rawValue != current.status {
                try await RollupEngine.recomputeUpward(from: current.parentId, planId: current.planId, rule: plan.rule, on: sql)
            } else if current.parentId == nil {
                try await RollupEngine.recomputePlan(current.planId, rule: plan.rule, on: sql)
            }
            if rollup != current.rollupPercent || v.status.rawValue != current.status {
                try await RollupEngine.recomputeOrigins(ofCopies: [id], on: sql)
            }
            if v.title != current.title || v.deadline?.iso != current.currentDeadline {
                try await CascadeLinks.notifyOriginChanged(originId: id, text: v.title, at: now, on: sql)
            }
            return try await ItemQueries.require(id, on: sql)
        }
    }

    /// Moves the deadline alone (the amendment form and API): old date, new date, reason, who, when.
    package func amend(_ id: Int, newDeadline: String, input: AmendmentInput, baseVersion: Int?, actor: String) async throws -> ItemRecord {
        try await database.transaction { tx in
            try await Self.amend(
                id, newDeadline: newDeadline, input: input, baseVersion: baseVersion, actor: actor, at: clock.timestamp,
                on: tx)
        }
    }

    /// The amendment inside the caller's transaction (an accepted deadline request in a report).
    static func amend(
        _ id: Int, newDeadline: String, input: AmendmentInput, baseVersion: Int?, actor: String,
        at now: String, on sql: any SQLDatabase
    ) async throws -> ItemRecord {
        do {
            let current = try await ItemQueries.require(id, on: sql)
            if let baseVersion, baseVersion != current.version {
                throw AppError.conflict(
                    entity: "item", id: id, currentVersion: current.version,
                    changes: try await Audit.conflictChanges(
                        entity: "item", id: id, baseVersion: baseVersion,
                        yours: ["deadline": newDeadline], on: sql))
            }
            let plan = try await PlanQueries.require(current.planId, on: sql)
            let old = current.currentDeadline.flatMap(LocalDate.init(iso:))
            let parsed = LocalDate(iso: newDeadline.trimmed)
            var issues: [ValidationIssue] = []
            if !newDeadline.trimmed.isEmpty && parsed == nil {
                issues.append(ValidationIssue.date(newDeadline, field: "newDeadline") ?? ValidationIssue(field: "newDeadline", code: .invalidDate))
            } else {
                issues += Amendments.validate(old: old, new: parsed, reason: input.reason)
            }
            if let start = current.startDate.flatMap(LocalDate.init(iso:)), let parsed, parsed < start {
                issues.append(ValidationIssue(field: "newDeadline", code: .dateOrder, limit: nil))
            }
            if let parsed { issues += try await CascadeLinks.deadlineIssues(copyItemId: id, proposed: parsed, field: "newDeadline", on: sql) }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let original = current.originalDeadline ?? parsed!.iso
            let warnFrom = LocalDate(iso: original).map { Schedule.warnFrom(deadline: $0, warnDays: plan.warnDays).iso }
            _ = try await sql.updateReturningCount(
                """
                UPDATE plan_items SET current_deadline = \(bind: parsed!.iso), original_deadline = \(bind: original),
                  warn_from = \(bind: warnFrom), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id)
                """)
            try await Self.insertAmendment(itemId: id, old: old, new: parsed!, input: input, actor: actor, at: now, on: sql)
            try await CascadeLinks.notifyOriginChanged(originId: id, text: current.title, at: now, on: sql)
            try await Audit.record(
                entity: "item", id: id, action: "amend", actor: actor, version: current.version + 1,
                changes: [
                    .init(field: "deadline", before: current.currentDeadline, after: parsed!.iso),
                    .init(field: "amendmentReason", before: nil, after: input.reason.trimmed)
                ], at: now, on: sql)
            return try await ItemQueries.require(id, on: sql)
        }
    }

    /// Deletes an item with everything below it.
    func delete(_ id: Int, baseVersion: Int, actor: String) async throws {
        try await database.transaction { sql in
            let current = try await ItemQueries.require(id, on: sql)
            guard current.version == baseVersion else {
                throw AppError.conflict(
                    entity: "item", id: id, currentVersion: current.version,
                    changes: try await Audit.conflictChanges(entity: "item", id: id, baseVersion: baseVersion, yours: [:], on: sql))
            }
            let plan = try await PlanQueries.require(current.planId, on: sql)
            // Deepest first, so no row is ever left pointing at a deleted parent.
            let subtree = try await sql.all(
                IDRow.self,
                """
                SELECT id FROM plan_items WHERE \(PathRange.condition(column: "path", prefix: current.path)) ORDER BY depth DESC
                """)
            // Copies placed from a cascade count at their origins: those are recomputed once the copies are gone.
            let origins = try await CascadeLinks.origins(ofCopies: subtree.map(\.id), on: sql)
            for row in subtree {
                try await sql.execute("DELETE FROM plan_item_participants WHERE item_id = \(bind: row.id)")
                try await sql.execute("DELETE FROM deadline_amendments WHERE item_id = \(bind: row.id)")
                try await sql.execute("DELETE FROM plan_items WHERE id = \(bind: row.id)")
            }
            try await Audit.record(
                entity: "item", id: id, action: "delete", actor: actor, version: current.version + 1,
                changes: [.init(field: "title", before: current.title, after: nil)], scopePath: current.jurisdictionPath,
                at: clock.timestamp, on: sql)
            try await RollupEngine.recomputeUpward(from: current.parentId, planId: current.planId, rule: plan.rule, on: sql)
            for o in origins { try await RollupEngine.recomputeUpward(from: o.id, planId: o.planId, rule: o.rule, on: sql) }
        }
    }

    static func refreshWarnFrom(planId: Int, warnDays: Int, on sql: any SQLDatabase) async throws {
        let rows = try await sql.all(
            DeadlineRow.self,
            "SELECT id, original_deadline FROM plan_items WHERE plan_id = \(bind: planId) AND original_deadline IS NOT NULL")
        for row in rows {
            guard let d = row.originalDeadline.flatMap(LocalDate.init(iso:)) else { continue }
            try await sql.execute(
                "UPDATE plan_items SET warn_from = \(bind: Schedule.warnFrom(deadline: d, warnDays: warnDays).iso) WHERE id = \(bind: row.id)")
        }
    }

    private struct IDRow: Decodable { var id: Int }
    private struct DeadlineRow: Decodable {
        var id: Int
        var originalDeadline: String?
    }

    private static func insertAmendment(
        itemId: Int, old: LocalDate?, new: LocalDate, input: AmendmentInput, actor: String,
        at now: String, on sql: any SQLDatabase
    ) async throws {
        let approvedBy = input.approvedBy.trimmed
        try await sql.execute(
            """
            INSERT INTO deadline_amendments (item_id, old_deadline, new_deadline, reason, changed_by, approved_by, changed_at)
            VALUES (\(bind: itemId), \(bind: old?.iso), \(bind: new.iso), \(bind: input.reason.trimmed), \(bind: actor),
              \(bind: approvedBy.isEmpty ? nil : approvedBy), \(bind: input.at ?? now))
            """)
        let all = try await ItemQueries.amendments(of: itemId, on: sql).map {
            DeadlineAmendment(
                oldDeadline: $0.oldDeadline.flatMap(LocalDate.init(iso:)), newDeadline: LocalDate(iso: $0.newDeadline)!,
                reason: $0.reason, changedBy: $0.changedBy, approvedBy: $0.approvedBy,
                changedAt: .distantPast)  // the delay count reads the dates only
        }
        try await sql.execute("UPDATE plan_items SET delay_count = \(bind: Amendments.delayCount(all)) WHERE id = \(bind: itemId)")
    }

    private static func replaceParticipants(itemId: Int, _ unitIDs: [Int], on sql: any SQLDatabase) async throws {
        try await sql.execute("DELETE FROM plan_item_participants WHERE item_id = \(bind: itemId)")
        for (index, unitID) in unitIDs.enumerated() {
            try await sql.execute(
                "INSERT INTO plan_item_participants (item_id, unit_id, position) VALUES (\(bind: itemId), \(bind: unitID), \(bind: index))")
        }
    }

    private static func unitIssues(_ draft: PlanItemDraft, on sql: any SQLDatabase) async throws -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let lead = draft.leadUnitID, try await UnitQueries.find(lead, on: sql) == nil {
            issues.append(ValidationIssue(field: "leadUnitID", code: .notFound, limit: nil))
        }
        let wanted = Set(draft.participantUnitIDs)
        if wanted.count != draft.participantUnitIDs.count {
            issues.append(ValidationIssue(field: "participantUnitIDs", code: .duplicate, limit: nil))
        }
        if !wanted.isEmpty, try await UnitQueries.byIDs(Array(wanted), on: sql).count != wanted.count {
            issues.append(ValidationIssue(field: "participantUnitIDs", code: .notFound, limit: nil))
        }
        return issues
    }

    static func snapshot(_ r: ItemRecord, participants: [Int]) -> [String: String?] {
        [
            "number": r.number, "title": r.title, "content": r.content, "leadUnitId": r.leadUnitId.map(String.init),
            "participantUnitIds": participants.map(String.init).joined(separator: ","), "responsibleLeader": r.responsibleLeader,
            "responsiblePerson": r.responsiblePerson, "handler": r.handler, "startDate": r.startDate, "deadline": r.currentDeadline,
            "expectedResults": r.expectedResults, "resultForm": r.resultForm, "policyDocuments": r.policyDocuments, "remarks": r.remarks,
            "weight": Values.format(r.weight), "status": r.status, "ownPercent": Values.format(r.ownPercent)
        ]
    }

    /// A validated draft's values as stored.
    package struct Values {
        var number, title, content, leader, person, handler, expectedResults, resultForm, policyDocuments, remarks: String
        var start, deadline: LocalDate?
        var weight, percent: Double
        var status: LifecycleStatus

        init(_ d: PlanItemDraft) {
            number = d.number.trimmed
            title = d.title.trimmed
            content = d.content.trimmed
            leader = d.responsibleLeader.trimmed
            person = d.responsiblePerson.trimmed
            handler = d.handler.trimmed
            expectedResults = d.expectedResults.trimmed
            resultForm = d.resultForm.trimmed
            policyDocuments = d.policyDocuments.trimmed
            remarks = d.remarks.trimmed
            // Read the way `validate()` read them: "40%", 已完成 and full-width digits are valid input.
            start = d.parsedStartDate
            deadline = d.parsedDeadline
            weight = d.parsedWeight
            status = d.parsedStatus
            percent = d.parsedOwnPercent
        }

        func searchText(number: String) -> String {
            TextNormalizer.normalizeForSearch(
                [
                    number, title, content, expectedResults, resultForm, policyDocuments, remarks,
                    leader, person, handler
                ].joined(separator: " "))
        }

        func snapshot(number: String, lead: Int?, participants: [Int]) -> [String: String?] {
            [
                "number": number, "title": title, "content": content, "leadUnitId": lead.map(String.init),
                "participantUnitIds": participants.map(String.init).joined(separator: ","), "responsibleLeader": leader,
                "responsiblePerson": person, "handler": handler, "startDate": start?.iso, "deadline": deadline?.iso,
                "expectedResults": expectedResults, "resultForm": resultForm, "policyDocuments": policyDocuments, "remarks": remarks,
                "weight": Self.format(weight), "status": status.rawValue, "ownPercent": Self.format(percent)
            ]
        }

        /// Whole numbers without ".0"; `Int(d)` only where it cannot trap (a submitted 1e20 is reported as out of range, not a crash).
        package static func format(_ d: Double) -> String {
            d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        }
    }
}

package enum SortKey {
    package static func segment(_ position: Int) -> String {
        let s = String(position)
        return String(repeating: "0", count: max(0, 5 - s.count)) + s
    }
}
