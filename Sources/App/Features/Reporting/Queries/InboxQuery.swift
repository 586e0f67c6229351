import Foundation
import ReformCore
import SQLKit

/// Each user's inbox. Unit roles see their unit's work; the office sees reports waiting for it in its
/// jurisdiction and below. Lists are capped (the counts are of what is listed).
enum InboxQuery {
    static let limit = 200
    /// Reports due within this many days are listed before they are late.
    static let lookaheadDays = 7

    private struct AssignmentRow: Decodable {
        var id: Int
        var version: Int
        var itemId: Int
        var unitId: Int
        var assignedAt: String
        var signedAt: String?
        var nextReportDue: String?
        var number: String
        var title: String
        var unitName: String
        var signDays: Int?
        var schedule: String?
    }
    private struct ReportRow: Decodable {
        var id: Int
        var itemId: Int
        var unitId: Int
        var period: String
        var dueDate: String
        var state: String
        var submittedAt: String?
        var reviewedAt: String?
        var number: String
        var title: String
        var unitName: String
    }

    static func run(
        for p: Principal, today: LocalDate, timeZone: TimeZone = AppClock.defaultTimeZone,
        on db: any SQLDatabase
    ) async throws -> Inbox {
        var inbox = Inbox(toSign: [], toReport: [], toApprove: [], toReview: [])
        if p.role.isUnitRole, let unitId = p.unitId {
            let assignments = try await db.all(
                AssignmentRow.self,
                """
                SELECT a.id, a.version, a.item_id, a.unit_id, a.assigned_at, a.signed_at, a.next_report_due, i.number, i.title, u.name AS unit_name,
                  r.sign_days, r.schedule
                FROM assignments a JOIN plan_items i ON i.id = a.item_id JOIN units u ON u.id = a.unit_id
                LEFT JOIN plan_reporting r ON r.plan_id = i.plan_id
                WHERE a.unit_id = \(bind: unitId) AND (a.signed_at IS NULL OR (a.next_report_due IS NOT NULL
                  AND a.next_report_due <= \(bind: today.adding(days: lookaheadDays).iso) AND i.status NOT IN ('done', 'suspended')))
                ORDER BY a.next_report_due, a.assigned_at LIMIT \(bind: limit)
                """)
            for a in assignments {
                var e = Inbox.Entry(
                    itemId: a.itemId, itemNumber: a.number, itemTitle: a.title, unitId: a.unitId, unitName: a.unitName,
                    assignmentId: a.id, assignmentVersion: a.version, late: false, at: a.assignedAt)
                if a.signedAt == nil {
                    let assignedOn = Timestamp.localDate(a.assignedAt, in: timeZone) ?? today
                    e.late = ReportingDue.isSigningLate(
                        assignedOn: assignedOn, signed: false, today: today,
                        days: a.signDays ?? PlanReportingRecord.defaultSignDays)
                    inbox.toSign.append(e)
                    continue
                }
                e.dueDate = a.nextReportDue
                if let due = a.nextReportDue.flatMap(LocalDate.init(iso:)) {
                    e.period = (a.schedule.flatMap(ReportingSchedule.init(storageText:)) ?? .monthly(day: 31)).period(inForceOn: due).key
                }
                e.late = ReportingDue.isOutdated(nextDue: a.nextReportDue.flatMap(LocalDate.init(iso:)), today: today)
                inbox.toReport.append(e)
            }
            // Reports sent back to the unit are to be filed again.
            inbox.toReport += try await reports(db, "r.unit_id = \(bind: unitId) AND r.state IN ('returned', 'evidence_requested')")
            if p.role == .unitHead {
                inbox.toApprove = try await reports(db, "r.unit_id = \(bind: unitId) AND r.state = 'submitted'")
            }
        }
        if p.role == .office || p.role == .admin {
            inbox.toReview = try await reports(
                db, "r.state = 'unit_approved' AND " + PathRange.condition(column: "i.jurisdiction_path", prefix: p.jurisdictionPath))
        }
        return inbox
    }

    /// What `run(...).total` would be, as one query of counts (the page header's number on every page view, read with
    /// the other inbox sources' in one statement); nil when this reader has nothing here. Each list is capped at `limit`,
    /// and so is its count (`LIMIT` inside it). `InboxAndRankingTests` holds the two together.
    static func count(for p: Principal, today: LocalDate) -> SQLQueryString? {
        let unitId = p.role.isUnitRole ? p.unitId : nil
        var parts: [SQLQueryString] = []
        if let unit = unitId {
            parts.append(
                """
                SELECT 1 FROM assignments a JOIN plan_items i ON i.id = a.item_id
                WHERE a.unit_id = \(bind: unit) AND (a.signed_at IS NULL OR (a.next_report_due IS NOT NULL
                  AND a.next_report_due <= \(bind: today.adding(days: lookaheadDays).iso) AND i.status NOT IN ('done', 'suspended')))
                """)
            parts.append("SELECT 1 FROM progress_reports r WHERE r.unit_id = \(bind: unit) AND r.state IN ('returned', 'evidence_requested')")
            if p.role == .unitHead {
                parts.append("SELECT 1 FROM progress_reports r WHERE r.unit_id = \(bind: unit) AND r.state = 'submitted'")
            }
        }
        if p.role == .office || p.role == .admin {
            parts.append(
                """
                SELECT 1 FROM progress_reports r JOIN plan_items i ON i.id = r.item_id
                WHERE r.state = 'unit_approved' AND \(PathRange.condition(column: "i.jurisdiction_path", prefix: p.jurisdictionPath))
                """)
        }
        guard !parts.isEmpty else { return nil }
        let capped: [SQLQueryString] = parts.map { "(SELECT COUNT(*) FROM (\($0) LIMIT \(bind: limit)) c)" }
        return "SELECT \(capped.joined(separator: " + ")) AS n"
    }

    /// `count(for:today:)` run on its own.
    static func count(for p: Principal, today: LocalDate, on db: any SQLDatabase) async throws -> Int {
        guard let query = count(for: p, today: today) else { return 0 }
        return try await db.scalar(Int.self, column: "n", query) ?? 0
    }

    private static func reports(_ db: any SQLDatabase, _ condition: SQLQueryString) async throws -> [Inbox.Entry] {
        try await db.all(
            ReportRow.self,
            """
            SELECT r.id, r.item_id, r.unit_id, r.period, r.due_date, r.state, r.submitted_at, r.reviewed_at, i.number, i.title, u.name AS unit_name
            FROM progress_reports r JOIN plan_items i ON i.id = r.item_id JOIN units u ON u.id = r.unit_id
            WHERE \(condition) ORDER BY r.due_date, r.id LIMIT \(bind: limit)
            """
        ).map { r in
            Inbox.Entry(
                itemId: r.itemId, itemNumber: r.number, itemTitle: r.title, unitId: r.unitId, unitName: r.unitName, reportId: r.id,
                period: r.period, dueDate: r.dueDate, state: r.state,
                // A filed report is not late however long its review takes; only what is still owed is.
                late: false, at: r.reviewedAt ?? r.submittedAt)
        }
    }
}
