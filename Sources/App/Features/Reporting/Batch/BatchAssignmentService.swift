import Foundation
import ReformCore
import SQLKit

/// Batch work on the assignment chain: 交办 of every leaf of a plan or a field at once, and 签收 of several
/// assignments together. Each is one transaction and audits every row it writes, like the single steps
/// (`AssignmentService`); the bulk 交办 is set-based (a handful of statements whatever the plan's size).
package struct BatchAssignmentService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    /// Which units of each leaf receive a bulk 交办.
    package enum Reach: String, Sendable, CaseIterable {
        case lead
        case all
    }

    /// What a bulk 交办 did: new (item, unit) pairs, pairs already assigned (left as they were), and leaves without a
    /// lead unit (not assignable, as for a single item).
    package struct Outcome: Codable, Sendable, Equatable {
        package var assigned: Int
        package var skipped: Int
        package var withoutLead: Int
    }

    /// One (item, unit) pair a bulk 交办 would reach, with whether it is assigned already.
    package struct Pair: Codable, Sendable, Equatable {
        package var itemId: Int
        package var unitId: Int
        package var unitRole: String
        package var assigned: Bool
    }

    /// The pairs of every leaf of the plan (or of the subtree under `under`) that has a lead unit, in outline order.
    static func pairs(planId: Int, under: ItemRecord?, reach: Reach, on sql: any SQLDatabase) async throws -> [Pair] {
        try await sql.all(
            PairRow.self,
            """
            SELECT x.item_id, x.unit_id, x.unit_role,
              (SELECT COUNT(*) FROM assignments a WHERE a.item_id = x.item_id AND a.unit_id = x.unit_id) AS assignment_count
            FROM (\(pairSelect(planId: planId, under: under, reach: reach))) x
            ORDER BY x.sort_key, x.unit_order
            """
        ).map { Pair(itemId: $0.itemId, unitId: $0.unitId, unitRole: $0.unitRole, assigned: $0.assignmentCount > 0) }
    }

    private struct PairRow: Decodable {
        var itemId: Int
        var unitId: Int
        var unitRole: String
        var assignmentCount: Int
    }

    /// Assigns, in one transaction, each pair of `pairs(planId:under:reach:)` not assigned yet.
    package func assign(
        planId: Int, under underId: Int?, reach: Reach, note: String, by principal: Principal,
        today: LocalDate? = nil, at: String? = nil
    ) async throws -> Outcome {
        let today = today ?? clock.today
        return try await database.transaction { sql in
            let plan = try await PlanQueries.require(planId, on: sql)
            let path = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql).path
            try Access.requireOffice(principal, jurisdictionPath: path, "assign")
            var under: ItemRecord?
            if let underId { under = try await Self.field(underId, of: planId, on: sql) }
            let trimmedNote = note.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmedNote.unicodeScalars.count > 500 { throw AppError.validation([ValidationIssue(field: "note", code: .tooLong, limit: 500)]) }
            let reporting = try await ReportQueries.planReporting(planId, on: sql)
            let due = reporting.reportingSchedule.map { ReportingDue.firstDue(schedule: $0, assignedOn: today).iso }
            let now = at ?? clock.timestamp
            let actor = principal.actorName
            let scope = Self.leafCondition(planId: planId, under: under)
            let counts = try await sql.first(
                Counts.self,
                """
                SELECT
                  (SELECT COUNT(*) FROM (\(Self.pairSelect(planId: planId, under: under, reach: reach))) x
                    WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.item_id = x.item_id AND a.unit_id = x.unit_id)) AS skipped,
                  (SELECT COUNT(*) FROM plan_items i WHERE \(scope) AND i.lead_unit_id IS NULL) AS without_lead,
                  (SELECT COALESCE(MAX(id), 0) FROM assignments) AS last_id
                """)
            guard let counts else { throw AppError.internalError("no counts") }
            try await sql.execute(
                """
                INSERT INTO assignments (item_id, unit_id, unit_role, assigned_by, assigned_at, note, first_report_due, next_report_due, version)
                SELECT x.item_id, x.unit_id, x.unit_role, \(bind: actor), \(bind: now), \(bind: trimmedNote),
                  CAST(\(bind: due) AS TEXT), CAST(\(bind: due) AS TEXT), 1
                FROM (\(Self.pairSelect(planId: planId, under: under, reach: reach))) x
                WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.item_id = x.item_id AND a.unit_id = x.unit_id)
                """)
            // The rows just written: above the highest id before the insert, by this actor at this moment, in scope.
            let fresh: SQLQueryString = """
                a.id > \(bind: counts.lastId) AND a.assigned_by = \(bind: actor) AND a.assigned_at = \(bind: now)
                  AND a.item_id IN (SELECT i.id FROM plan_items i WHERE \(scope))
                """
            let assigned =
                try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM assignments a WHERE \(fresh)") ?? 0
            if assigned > 0 {
                // The same two entries per row as a single 交办 writes, built in SQL so their number does not grow with the plan.
                try await sql.execute(
                    """
                    INSERT INTO audit_log (entity_type, entity_id, action, actor, at, version, changes, scope_path)
                    SELECT 'assignment', a.id, 'assign', \(bind: actor), \(bind: now), 1,
                      '{"itemId":[null,"' || CAST(a.item_id AS TEXT) || '"],"unitId":[null,"' || CAST(a.unit_id AS TEXT) || '"]}',
                      i.jurisdiction_path
                    FROM assignments a JOIN plan_items i ON i.id = a.item_id WHERE \(fresh) ORDER BY a.id
                    """)
                try await sql.execute(
                    """
                    INSERT INTO audit_log (entity_type, entity_id, action, actor, at, version, changes, scope_path)
                    SELECT 'item', i.id, 'assign', \(bind: actor), \(bind: now), i.version,
                      '{"assignedUnitId":[null,"' || CAST(a.unit_id AS TEXT) || '"]}', i.jurisdiction_path
                    FROM assignments a JOIN plan_items i ON i.id = a.item_id WHERE \(fresh) ORDER BY a.id
                    """)
                try await sql.execute(
                    """
                    UPDATE plan_items SET report_due = CASE WHEN status IN ('done', 'suspended') THEN NULL
                      ELSE (SELECT MIN(a.next_report_due) FROM assignments a WHERE a.item_id = plan_items.id) END
                    WHERE id IN (SELECT a.item_id FROM assignments a WHERE \(fresh))
                    """)
            }
            return Outcome(assigned: assigned, skipped: counts.skipped, withoutLead: counts.withoutLead)
        }
    }

    /// 签收 of several assignments at once, all or nothing: each must be one the user's unit may sign for (403 naming
    /// it otherwise; the handlers check it first, naming the one refused), still unsigned and at the version read (409 naming it
    /// otherwise).
    package func sign(_ entries: [(id: Int, version: Int)], by principal: Principal, at: String? = nil) async throws -> [AssignmentRecord] {
        if entries.isEmpty { throw AppError.validation([ValidationIssue(field: "assignments", code: .required)]) }
        if Set(entries.map(\.id)).count != entries.count {
            throw AppError.validation([ValidationIssue(field: "assignments", code: .duplicate)])
        }
        return try await database.transaction { sql in
            let now = at ?? clock.timestamp
            var signed: [AssignmentRecord] = []
            for entry in entries {
                let a = try await ReportQueries.assignment(entry.id, on: sql)
                try Access.requireUnitMember(principal, unitId: a.unitId, "sign")
                guard a.version == entry.version, !a.isSigned else {
                    throw AppError.conflict(entity: "assignment", id: a.id, currentVersion: a.version, changes: [])
                }
                let n = try await sql.updateReturningCount(
                    """
                    UPDATE assignments SET signed_by = \(bind: principal.actorName), signed_at = \(bind: now), version = version + 1
                    WHERE id = \(bind: a.id) AND version = \(bind: a.version) AND signed_at IS NULL
                    """)
                guard n == 1 else { throw AppError.conflict(entity: "assignment", id: a.id, currentVersion: a.version + 1, changes: []) }
                try await Audit.record(
                    entity: "assignment", id: a.id, action: "sign", actor: principal.actorName, version: a.version + 1,
                    changes: [.init(field: "signedAt", before: nil, after: now)], at: now, on: sql)
                signed.append(try await ReportQueries.assignment(a.id, on: sql))
            }
            return signed
        }
    }

    /// Who may sign for anything at all (a unit's liaison or head, or an admin), decided before a batch's body is read:
    /// which assignments are theirs, the body says.
    static func requireSigner(_ p: Principal) throws {
        try Access.require(p.role == .admin || (p.role.isUnitRole && p.unitId != nil), "sign")
    }

    /// The item a bulk 交办 is limited to: one of the plan's (422 otherwise, naming it).
    static func field(_ id: Int, of planId: Int, on sql: any SQLDatabase) async throws -> ItemRecord {
        guard let item = try await ItemQueries.find(id, on: sql), item.planId == planId else {
            throw AppError.validation([ValidationIssue(field: "under", code: .notFound, value: String(id))])
        }
        return item
    }

    private struct Counts: Decodable {
        var skipped: Int
        var withoutLead: Int
        var lastId: Int
    }

    /// The leaves of the plan, or of the subtree under `under`, as a condition on `plan_items i`.
    private static func leafCondition(planId: Int, under: ItemRecord?) -> SQLQueryString {
        let subtree = under.map { SQLQueryString(" AND ") + PathRange.condition(column: "i.path", prefix: $0.path) } ?? SQLQueryString("")
        return "i.plan_id = \(bind: planId) AND i.child_count = 0\(subtree)"
    }

    /// (item_id, unit_id, unit_role, sort_key, unit_order) of each leaf's lead and, with `.all`, its participants.
    private static func pairSelect(planId: Int, under: ItemRecord?, reach: Reach) -> SQLQueryString {
        let scope = leafCondition(planId: planId, under: under)
        let lead: SQLQueryString = """
            SELECT i.id AS item_id, i.lead_unit_id AS unit_id, 'lead' AS unit_role, i.sort_key AS sort_key, 0 AS unit_order
            FROM plan_items i WHERE \(scope) AND i.lead_unit_id IS NOT NULL
            """
        guard reach == .all else { return lead }
        return lead
            + """
             UNION ALL
            SELECT p.item_id, p.unit_id, 'participant', i.sort_key, p.position + 1
            FROM plan_item_participants p JOIN plan_items i ON i.id = p.item_id WHERE \(scope) AND i.lead_unit_id IS NOT NULL
            """
    }
}
