import Foundation
import ReformCore
import SQLKit

/// 交办 → 签收 → 指派: the office assigns an item to its lead unit (and, for a joint task, to each
/// participating unit, which reports its own part); the unit signs for it and names a handler.
/// Each step is timestamped, audited, and refused on a stale version (409).
package struct AssignmentService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    /// Assigns an item to its lead unit and participants that have no assignment yet; returns the new rows.
    /// `unitIds`, when given, chooses which of the item's units receive it (each must be its lead or a participant);
    /// otherwise the lead, and with `includeParticipants` every participant.
    /// The first report falls due in the period in force on `today` (see `ReportingDue`).
    package func assign(
        itemId: Int, note: String, includeParticipants: Bool, unitIds: [Int]? = nil, by principal: Principal,
        today: LocalDate? = nil, at: String? = nil
    ) async throws -> [AssignmentRecord] {
        let today = today ?? clock.today
        return try await database.transaction { sql in
            let item = try await ItemQueries.require(itemId, on: sql)
            try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "assign")
            let trimmedNote = note.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmedNote.unicodeScalars.count > 500 { throw AppError.validation([ValidationIssue(field: "note", code: .tooLong, limit: 500)]) }
            guard let lead = item.leadUnitId else { throw AppError.validation([ValidationIssue(field: "leadUnitID", code: .required)]) }
            let participants = try await ItemQueries.participants(of: [itemId], on: sql).map { ($0.unitId, "participant") }
            var units: [(Int, String)] = [(lead, "lead")] + (includeParticipants ? participants : [])
            if let unitIds {
                let all = [(lead, "lead")] + participants
                if unitIds.isEmpty { throw AppError.validation([ValidationIssue(field: "unitIds", code: .required)]) }
                if let bad = unitIds.first(where: { id in !all.contains { $0.0 == id } }) {
                    throw AppError.unprocessable(
                        code: "unit_not_of_item", message: "unit \(bad) is neither the lead nor a participating unit of item \(itemId)")
                }
                units = all.filter { unitIds.contains($0.0) }
            }
            let reporting = try await ReportQueries.planReporting(item.planId, on: sql)
            let due = reporting.reportingSchedule.map { ReportingDue.firstDue(schedule: $0, assignedOn: today).iso }
            let now = at ?? clock.timestamp
            var created: [AssignmentRecord] = []
            for (unitId, role) in units where try await ReportQueries.assignment(itemId: itemId, unitId: unitId, on: sql) == nil {
                let id = try await sql.insertReturningID(
                    """
                    INSERT INTO assignments (item_id, unit_id, unit_role, assigned_by, assigned_at, note, first_report_due, next_report_due, version)
                    VALUES (\(bind: itemId), \(bind: unitId), \(bind: role), \(bind: principal.actorName), \(bind: now), \(bind: trimmedNote),
                      \(bind: due), \(bind: due), 1)
                    """)
                try await Audit.record(
                    entity: "assignment", id: id, action: "assign", actor: principal.actorName, version: 1,
                    changes: [
                        .init(field: "itemId", before: nil, after: String(itemId)),
                        .init(field: "unitId", before: nil, after: String(unitId))
                    ], at: now, on: sql)
                try await Audit.record(
                    entity: "item", id: itemId, action: "assign", actor: principal.actorName, version: item.version,
                    changes: [.init(field: "assignedUnitId", before: nil, after: String(unitId))], at: now, on: sql)
                created.append(try await ReportQueries.assignment(id, on: sql))
            }
            if created.isEmpty { throw AppError.unprocessable(code: "already_assigned", message: "every unit of this item is already assigned") }
            try await Self.refreshItemReportDue(itemId, on: sql)
            return created
        }
    }

    /// 签收: the unit's liaison or head signs for the task.
    package func sign(_ id: Int, baseVersion: Int, by principal: Principal, at: String? = nil) async throws -> AssignmentRecord {
        try await database.transaction { sql in
            let a = try await ReportQueries.assignment(id, on: sql)
            try Access.requireUnitMember(principal, unitId: a.unitId, "sign")
            try Self.checkVersion(a, baseVersion)
            if a.isSigned { throw AppError.unprocessable(code: "already_signed", message: "already signed for") }
            let now = at ?? clock.timestamp
            try await Self.update(a, "signed_by = \(bind: principal.actorName), signed_at = \(bind: now)", on: sql)
            try await Audit.record(
                entity: "assignment", id: id, action: "sign", actor: principal.actorName, version: a.version + 1,
                changes: [.init(field: "signedAt", before: nil, after: now)], at: now, on: sql)
            return try await ReportQueries.assignment(id, on: sql)
        }
    }

    /// 指派: names the handler (经办人) after signing; may be changed later. The lead unit's handler is the item's too.
    package func assignHandler(
        _ id: Int, name: String, userId: Int?, baseVersion: Int, by principal: Principal,
        at: String? = nil
    ) async throws -> AssignmentRecord {
        try await database.transaction { sql in
            let a = try await ReportQueries.assignment(id, on: sql)
            try Access.requireUnitMember(principal, unitId: a.unitId, "sign")
            try Self.checkVersion(a, baseVersion)
            let handler = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if handler.isEmpty { throw AppError.validation([ValidationIssue(field: "handlerName", code: .required)]) }
            if handler.unicodeScalars.count > PlanItemDraft.personMaxLength {
                throw AppError.validation([ValidationIssue(field: "handlerName", code: .tooLong, limit: PlanItemDraft.personMaxLength)])
            }
            guard a.isSigned else { throw AppError.unprocessable(code: "not_signed", message: "sign for the task before naming a handler") }
            let now = at ?? clock.timestamp
            try await Self.update(
                a,
                """
                handler_name = \(bind: handler), handler_user_id = \(bind: userId), handler_assigned_by = \(bind: principal.actorName),
                assigned_to_handler_at = \(bind: now)
                """, on: sql)
            try await Audit.record(
                entity: "assignment", id: id, action: "handler", actor: principal.actorName, version: a.version + 1,
                changes: [.init(field: "handler", before: a.handlerName, after: handler)], at: now, on: sql)
            if a.unitRole == "lead" {
                let item = try await ItemQueries.require(a.itemId, on: sql)
                if item.handler != handler {
                    try await sql.execute(
                        """
                        UPDATE plan_items SET handler = \(bind: handler), version = version + 1, updated_at = \(bind: now) WHERE id = \(bind: item.id)
                        """)
                    try await Audit.record(
                        entity: "item", id: item.id, action: "update", actor: principal.actorName, version: item.version + 1,
                        changes: [.init(field: "handler", before: item.handler, after: handler)], at: now, on: sql)
                }
            }
            return try await ReportQueries.assignment(id, on: sql)
        }
    }

    private static func checkVersion(_ a: AssignmentRecord, _ baseVersion: Int) throws {
        guard a.version == baseVersion else { throw AppError.conflict(entity: "assignment", id: a.id, currentVersion: a.version, changes: []) }
    }

    private static func update(_ a: AssignmentRecord, _ set: SQLQueryString, on sql: any SQLDatabase) async throws {
        let n = try await sql.updateReturningCount(
            """
            UPDATE assignments SET \(set), version = version + 1 WHERE id = \(bind: a.id) AND version = \(bind: a.version)
            """)
        guard n == 1 else { throw AppError.conflict(entity: "assignment", id: a.id, currentVersion: a.version + 1, changes: []) }
    }

    /// The item owes the earliest report any of its units owes; none once it is done or suspended.
    static func refreshItemReportDue(_ itemId: Int, on sql: any SQLDatabase) async throws {
        try await sql.execute(
            """
            UPDATE plan_items SET report_due = CASE WHEN status IN ('done', 'suspended') THEN NULL
              ELSE (SELECT MIN(a.next_report_due) FROM assignments a WHERE a.item_id = plan_items.id) END
            WHERE id = \(bind: itemId)
            """)
    }
}
