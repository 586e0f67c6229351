import FluentKit
import ReformCore
import SQLKit

package struct PlanService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    package func create(_ draft: PlanDraft, actor: String, sourceNote: String = "", isDemo: Bool = false) async throws -> PlanRecord {
        try await database.transaction { sql in
            let id = try await Self.insert(draft, actor: actor, sourceNote: sourceNote, isDemo: isDemo, at: clock.timestamp, on: sql)
            return try await PlanQueries.require(id, on: sql)
        }
    }

    /// Validates and inserts a plan inside the caller's transaction (the import creates its plan with its items).
    static func insert(
        _ draft: PlanDraft, actor: String, sourceNote: String = "", isDemo: Bool = false,
        at now: String, on sql: any SQLDatabase
    ) async throws -> Int {
        try await check(draft, on: sql)
        let v = Values(draft)
        let id = try await sql.insertReturningID(
            """
            INSERT INTO plans (jurisdiction_id, title, doc_number, issuer, issue_date, period_start, period_end, level_names,
              rollup_rule, warn_days, source_note, is_demo, derived_percent, version, created_at, updated_at)
            VALUES (\(bind: draft.jurisdictionID!), \(bind: v.title), \(bind: v.docNumber), \(bind: v.issuer), \(bind: v.issueDate),
              \(bind: v.periodStart), \(bind: v.periodEnd), \(bind: v.levelNames), \(bind: v.rule), \(bind: v.warnDays),
              \(bind: sourceNote), \(bind: isDemo), NULL, 1, \(bind: now), \(bind: now))
            """)
        try await Audit.record(
            entity: "plan", id: id, action: "create", actor: actor, version: 1,
            changes: Audit.diff([:], v.snapshot(jurisdictionId: draft.jurisdictionID)), at: now, on: sql)
        return id
    }

    func update(_ id: Int, _ draft: PlanDraft, baseVersion: Int, actor: String) async throws -> PlanRecord {
        try await database.transaction { sql in
            let current = try await PlanQueries.require(id, on: sql)
            let v = Values(draft)
            guard current.version == baseVersion else {
                throw AppError.conflict(
                    entity: "plan", id: id, currentVersion: current.version,
                    changes: try await Audit.conflictChanges(
                        entity: "plan", id: id, baseVersion: baseVersion,
                        yours: v.snapshot(jurisdictionId: draft.jurisdictionID), on: sql))
            }
            try await Self.check(draft, on: sql)
            if draft.jurisdictionID != current.jurisdictionId {
                // Items carry their jurisdiction for fast filtering; moving a plan moves them with it.
                let j = try await JurisdictionQueries.require(draft.jurisdictionID!, on: sql)
                try await sql.execute(
                    "UPDATE plan_items SET jurisdiction_id = \(bind: j.id), jurisdiction_path = \(bind: j.path) WHERE plan_id = \(bind: id)")
            }
            let changed = try await sql.updateReturningCount(
                """
                UPDATE plans SET jurisdiction_id = \(bind: draft.jurisdictionID!), title = \(bind: v.title), doc_number = \(bind: v.docNumber),
                  issuer = \(bind: v.issuer), issue_date = \(bind: v.issueDate), period_start = \(bind: v.periodStart),
                  period_end = \(bind: v.periodEnd), level_names = \(bind: v.levelNames), rollup_rule = \(bind: v.rule),
                  warn_days = \(bind: v.warnDays), version = version + 1, updated_at = \(bind: clock.timestamp)
                WHERE id = \(bind: id) AND version = \(bind: baseVersion)
                """)
            guard changed == 1 else { throw AppError.conflict(entity: "plan", id: id, currentVersion: current.version + 1, changes: []) }
            if v.warnDays != current.warnDays { try await ItemService.refreshWarnFrom(planId: id, warnDays: v.warnDays, on: sql) }
            if v.rule != current.rollupRule { try await RollupEngine.recomputeAll(planId: id, rule: RollupRule(rawValue: v.rule)!, on: sql) }
            let before: [String: String?] = [
                "jurisdictionId": String(current.jurisdictionId), "title": current.title, "docNumber": current.docNumber,
                "issuer": current.issuer, "issueDate": current.issueDate, "periodStart": current.periodStart, "periodEnd": current.periodEnd,
                "levelNames": current.levelNames, "rollupRule": current.rollupRule, "warnDays": String(current.warnDays)
            ]
            try await Audit.record(
                entity: "plan", id: id, action: "update", actor: actor, version: current.version + 1,
                changes: Audit.diff(before, v.snapshot(jurisdictionId: draft.jurisdictionID)), at: clock.timestamp, on: sql)
            return try await PlanQueries.require(id, on: sql)
        }
    }

    private static func check(_ draft: PlanDraft, on sql: any SQLDatabase) async throws {
        var issues = draft.validate()
        if let jid = draft.jurisdictionID, try await JurisdictionQueries.find(jid, on: sql) == nil {
            issues.append(ValidationIssue(field: "jurisdictionID", code: .notFound, limit: nil))
        }
        if !issues.isEmpty { throw AppError.validation(FieldNames.apiIssues(issues)) }
    }

    /// The draft's values as stored.
    struct Values {
        var title, docNumber, issuer, levelNames, rule: String
        var issueDate, periodStart, periodEnd: String?
        var warnDays: Int

        init(_ d: PlanDraft) {
            title = d.title.trimmed
            docNumber = d.docNumber.trimmed
            issuer = d.issuer.trimmed
            // As `validate()` read them (full-width digits from a Chinese input method included), stored as ISO dates.
            issueDate = d.parsedIssueDate?.iso
            periodStart = d.parsedPeriodStart?.iso
            periodEnd = d.parsedPeriodEnd?.iso
            levelNames = d.parsedLevelNames.joined(separator: "/")
            rule = d.rollupRule.trimmed.isEmpty ? RollupRule.mean.rawValue : d.rollupRule.trimmed
            warnDays = d.parsedWarnDays
        }

        func snapshot(jurisdictionId: Int?) -> [String: String?] {
            [
                "jurisdictionId": jurisdictionId.map(String.init), "title": title, "docNumber": docNumber, "issuer": issuer,
                "issueDate": issueDate, "periodStart": periodStart, "periodEnd": periodEnd, "levelNames": levelNames,
                "rollupRule": rule, "warnDays": String(warnDays)
            ]
        }
    }
}
