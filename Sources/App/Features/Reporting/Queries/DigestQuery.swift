import Foundation
import ReformCore
import SQLKit

/// The week up to `today` (seven days) in a jurisdiction's subtree: reports accepted and sent back in it, and
/// as of today the overdue items, the outdated ones (逾期未报) and the assignments unsigned past their days.
enum DigestQuery {
    static let limit = 100

    private struct Row: Decodable {
        var itemId: Int
        var number: String
        var title: String
        var unitName: String?
        var detail: String?
        var date: String?
        /// The report's unit, for the reports' lines (whose `detail` is the office's review comment).
        var reportUnitId: Int?
    }
    private struct UnsignedRow: Decodable {
        var itemId: Int
        var number: String
        var title: String
        var unitName: String
        var assignedAt: String
        var signDays: Int?
    }

    /// `commentsOfUnit`: for a unit's liaison or head, the unit whose reports' review comments they may read
    /// (`Access.canReadReport`); the other units' lines keep their item, unit and date but not the comment. nil shows
    /// every comment (offices, inspectors, viewers and admins read every report in their subtree).
    static func run(
        jurisdictionPath: String, today: LocalDate, timeZone: TimeZone = AppClock.defaultTimeZone, commentsOfUnit: Int? = nil,
        on db: any SQLDatabase
    ) async throws -> Digest {
        let scope = PathRange.condition(column: "i.jurisdiction_path", prefix: jurisdictionPath)
        let from = today.adding(days: -6)
        // The week's bounds as stored (UTC) timestamps: from 00:00 on `from` to 24:00 on `today`, in the offices' time zone.
        let start = Timestamp.startOf(from, in: timeZone), end = Timestamp.startOf(today.adding(days: 1), in: timeZone)
        func reports(_ states: [String]) async throws -> [Digest.Line] {
            try await db.all(
                Row.self,
                """
                SELECT r.item_id, i.number, i.title, u.name AS unit_name, r.review_comment AS detail, r.reviewed_at AS date,
                       r.unit_id AS report_unit_id
                FROM progress_reports r JOIN plan_items i ON i.id = r.item_id JOIN units u ON u.id = r.unit_id
                WHERE \(scope) AND r.state IN (\(binds: states)) AND r.reviewed_at >= \(bind: start) AND r.reviewed_at < \(bind: end)
                ORDER BY r.reviewed_at DESC LIMIT \(bind: limit)
                """
            ).map { row in
                var row = row
                if let own = commentsOfUnit, row.reportUnitId != own { row.detail = nil }
                return line(row)
            }
        }
        let accepted = try await reports([ReportState.accepted.rawValue])
        let returned = try await reports([ReportState.returned.rawValue, ReportState.evidenceRequested.rawValue])
        let overdue = try await db.all(
            Row.self,
            """
            SELECT i.id AS item_id, i.number, i.title, u.name AS unit_name, NULL AS detail, i.original_deadline AS date
            FROM plan_items i LEFT JOIN units u ON u.id = i.lead_unit_id
            WHERE \(scope) AND i.child_count = 0 AND \(LedgerQuery.lightCondition(.red, today: today))
            ORDER BY i.original_deadline, i.id LIMIT \(bind: limit)
            """
        ).map(line)
        let outdated = try await db.all(
            Row.self,
            """
            SELECT i.id AS item_id, i.number, i.title, u.name AS unit_name, NULL AS detail, i.report_due AS date
            FROM plan_items i LEFT JOIN units u ON u.id = i.lead_unit_id
            WHERE i.report_due IS NOT NULL AND i.report_due < \(bind: today.iso) AND \(scope)
            ORDER BY i.report_due, i.id LIMIT \(bind: limit)
            """
        ).map(line)
        let unsigned = try await db.all(
            UnsignedRow.self,
            """
            SELECT a.item_id, i.number, i.title, u.name AS unit_name, a.assigned_at, p.sign_days
            FROM assignments a JOIN plan_items i ON i.id = a.item_id JOIN units u ON u.id = a.unit_id
            LEFT JOIN plan_reporting p ON p.plan_id = i.plan_id
            WHERE a.signed_at IS NULL AND \(scope) ORDER BY a.assigned_at LIMIT \(bind: limit)
            """
        ).filter { row in
            let assignedOn = Timestamp.localDate(row.assignedAt, in: timeZone) ?? today
            return ReportingDue.isSigningLate(
                assignedOn: assignedOn, signed: false, today: today,
                days: row.signDays ?? PlanReportingRecord.defaultSignDays)
        }.map {
            Digest.Line(
                itemId: $0.itemId, itemNumber: $0.number, itemTitle: $0.title, unitName: $0.unitName, detail: nil,
                date: Timestamp.localDate($0.assignedAt, in: timeZone)?.iso)
        }
        var units: [String: Digest.UnitLine] = [:]
        func add(_ lines: [Digest.Line], _ key: WritableKeyPath<Digest.UnitLine, Int>) {
            for l in lines {
                units[l.unitName, default: Digest.UnitLine(unitName: l.unitName, accepted: 0, returned: 0, overdue: 0, outdated: 0, unsigned: 0)][
                    keyPath: key] += 1
            }
        }
        add(accepted, \.accepted)
        add(returned, \.returned)
        add(overdue, \.overdue)
        add(outdated, \.outdated)
        add(unsigned, \.unsigned)
        let perUnit = units.values.sorted {
            ($0.overdue + $0.outdated + $0.unsigned, $1.unitName) > ($1.overdue + $1.outdated + $1.unsigned, $0.unitName)
        }
        return Digest(
            from: from.iso, to: today.iso, accepted: accepted, returned: returned, overdue: overdue, outdated: outdated,
            unsigned: unsigned, perUnit: perUnit)
    }

    private static func line(_ r: Row) -> Digest.Line {
        Digest.Line(itemId: r.itemId, itemNumber: r.number, itemTitle: r.title, unitName: r.unitName ?? "—", detail: r.detail, date: r.date)
    }
}
