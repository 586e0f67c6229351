import Foundation
import ReformCore
import SQLKit

/// A plan's reporting settings (the office's): the schedule and the days allowed for signing.
/// Changing the schedule re-aligns what each assigned unit owes: the report owed keeps its place in
/// time and takes the new schedule's due date for it; units that owed nothing start with the period
/// in force today.
package struct PlanReportingService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    package func save(
        planId: Int, schedule: ReportingSchedule?, signDays: Int, baseVersion: Int, by principal: Principal,
        today: LocalDate? = nil
    ) async throws -> PlanReportingRecord {
        let today = today ?? clock.today
        return try await database.transaction { sql in
            let plan = try await PlanQueries.require(planId, on: sql)
            let jurisdiction = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
            try Access.requireOffice(principal, jurisdictionPath: jurisdiction.path, "reporting_settings")
            if !(0...60).contains(signDays) { throw AppError.validation([ValidationIssue(field: "signDays", code: .outOfRange, limit: 60)]) }
            let current = try await ReportQueries.planReporting(planId, on: sql)
            guard current.version == baseVersion else {
                throw AppError.conflict(entity: "planReporting", id: planId, currentVersion: current.version, changes: [])
            }
            try await Self.write(
                planId: planId, from: current, schedule: schedule, signDays: signDays, actor: principal.actorName, planVersion: plan.version,
                today: today, at: clock.timestamp, on: sql)
            return try await ReportQueries.planReporting(planId, on: sql)
        }
    }

    /// Sets the plan's schedule inside the caller's transaction, keeping the signing days (an import's commit applying the
    /// schedule its covering notice names). The caller has checked the right to change the plan.
    static func setSchedule(
        planId: Int, _ schedule: ReportingSchedule, actor: String, today: LocalDate, at now: String, on sql: any SQLDatabase
    ) async throws {
        let current = try await ReportQueries.planReporting(planId, on: sql)
        guard current.schedule != schedule.storageText else { return }
        let plan = try await PlanQueries.require(planId, on: sql)
        try await write(
            planId: planId, from: current, schedule: schedule, signDays: current.signDays, actor: actor, planVersion: plan.version,
            today: today, at: now, on: sql)
    }

    /// Writes the settings over `current` (the row as read in this transaction: a row changed since is a conflict), records
    /// the change, and re-aligns what units owe when the schedule changed.
    private static func write(
        planId: Int, from current: PlanReportingRecord, schedule: ReportingSchedule?, signDays: Int, actor: String, planVersion: Int,
        today: LocalDate, at now: String, on sql: any SQLDatabase
    ) async throws {
        if current.version == 0 {
            try await sql.execute(
                """
                INSERT INTO plan_reporting (plan_id, schedule, sign_days, updated_by, updated_at, version)
                VALUES (\(bind: planId), \(bind: schedule?.storageText), \(bind: signDays), \(bind: actor), \(bind: now), 1)
                """)
        } else {
            // The table is keyed by plan_id (no id column), so the lost-race check returns that.
            let n = try await sql.raw(
                """
                UPDATE plan_reporting SET schedule = \(bind: schedule?.storageText), sign_days = \(bind: signDays),
                  updated_by = \(bind: actor), updated_at = \(bind: now), version = version + 1
                WHERE plan_id = \(bind: planId) AND version = \(bind: current.version) RETURNING plan_id
                """
            ).all().count
            guard n == 1 else { throw AppError.conflict(entity: "planReporting", id: planId, currentVersion: current.version + 1, changes: []) }
        }
        try await Audit.record(
            entity: "plan", id: planId, action: "reporting", actor: actor, version: planVersion,
            changes: Audit.diff(
                ["schedule": current.schedule, "signDays": String(current.signDays)],
                ["schedule": schedule?.storageText, "signDays": String(signDays)]), at: now, on: sql)
        if current.schedule != schedule?.storageText {
            try await realign(planId: planId, schedule: schedule, today: today, on: sql)
        }
    }

    private struct Owed: Decodable {
        var id: Int
        var nextReportDue: String?
    }

    static func realign(planId: Int, schedule: ReportingSchedule?, today: LocalDate, on sql: any SQLDatabase) async throws {
        let rows = try await sql.all(
            Owed.self,
            """
            SELECT a.id, a.next_report_due FROM assignments a JOIN plan_items i ON i.id = a.item_id WHERE i.plan_id = \(bind: planId)
            """)
        for row in rows {
            var next: String?
            if let schedule {
                let from = row.nextReportDue.flatMap(LocalDate.init(iso:)) ?? today
                next = schedule.dueDate(of: schedule.period(inForceOn: from)).iso
            }
            try await sql.execute(
                """
                UPDATE assignments SET next_report_due = \(bind: next), first_report_due = COALESCE(first_report_due, \(bind: next))
                WHERE id = \(bind: row.id)
                """)
        }
        try await sql.execute(
            """
            UPDATE plan_items SET report_due = CASE WHEN status IN ('done', 'suspended') THEN NULL
              ELSE (SELECT MIN(a.next_report_due) FROM assignments a WHERE a.item_id = plan_items.id) END
            WHERE plan_id = \(bind: planId) AND id IN (SELECT item_id FROM assignments)
            """)
    }
}
