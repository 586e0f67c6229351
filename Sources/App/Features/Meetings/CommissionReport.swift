import Foundation
import Hummingbird
import ReformCore
import ReformSpreadsheet
import SQLKit

/// The report for the commission (向深改委汇报): for a jurisdiction and a year or a quarter, every plan of the jurisdiction
/// with its measures counted by status and by light, the measures done in the period, the overdue measures by lead
/// unit, and the supervision matters still open. Measures are the plans' leaves (the items with no children): the
/// counts an office reports. Lights are taken as of the end of the period (today for the current one); "done in the
/// period" is a done measure last changed in the period, the same reading of `updated_at` as the unit ranking's.
struct CommissionReport: Sendable {
    struct PlanSummary: Sendable {
        var plan: PlanRecord
        var measures: Int
        var byStatus: [LifecycleStatus: Int]
        var byLight: [ScheduleLight: Int]
        var doneInPeriod: Int
        var approvedAt: [PlanApprovalRecord]
    }
    struct Overdue: Sendable {
        var unit: String
        var items: [(id: Int, number: String, title: String, deadline: String)]
    }
    struct OpenMatter: Sendable {
        var id: Int
        var subject: String
        var unit: String
        var state: String
        var deadline: String
    }

    var jurisdiction: JurisdictionRecord
    var year: Int
    var quarter: Int?
    var start: LocalDate
    var end: LocalDate
    var asOf: LocalDate
    var plans: [PlanSummary]
    var overdue: [Overdue]
    var matters: [OpenMatter]

    private struct Row: Decodable {
        var id: Int
        var planId: Int
        var parentId: Int?
        var number: String
        var title: String
        var status: String
        var originalDeadline: String?
        var leadUnitId: Int?
        var updatedAt: String
    }
    private struct MatterRow: Decodable {
        var id: Int
        var subject: String
        var unitName: String
        var state: String
        var deadline: String
    }

    /// The report of `?jurisdiction=&year=&quarter=` (the reader's own jurisdiction, or the top one for an administrator, and
    /// this year by default).
    /// A page's form sends an empty value for "not chosen"; the API takes a parameter left out, never empty.
    static func load(
        _ request: Request, _ context: AppRequestContext, services: AppServices, emptyMeansAbsent: Bool = true
    ) async throws -> CommissionReport {
        let p = try context.requirePrincipal()
        let q = request.uri.queryParameters
        let sql = services.database.sql
        let today = services.clock.today
        func number(_ name: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let raw = q.get(name), !raw.isEmpty || !emptyMeansAbsent else { return nil }
            guard let n = APIInput.wholeNumber(raw), range.contains(n) else {
                throw AppError.badRequest(
                    parameter: name, message: "expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(raw.prefix(40))")
            }
            return n
        }
        // A nationwide administrator has no jurisdiction of their own: the top of the tree.
        let own = p.isNationwide ? try await JurisdictionQueries.children(of: nil, on: sql).first?.id ?? 0 : p.jurisdictionId
        let jurisdictionId = try number("jurisdiction", 1...Int.max) ?? own
        let year = try number("year", 2000...2100) ?? today.year
        let quarter = try number("quarter", 1...4)
        guard let j = try await JurisdictionQueries.find(jurisdictionId, on: sql), p.sees(jurisdictionPath: j.path) else {
            throw AppError.notFound(entity: "jurisdiction", id: String(jurisdictionId))
        }
        return try await build(jurisdiction: j, year: year, quarter: quarter, services: services)
    }

    static func build(jurisdiction j: JurisdictionRecord, year: Int, quarter: Int?, services: AppServices) async throws -> CommissionReport {
        let sql = services.database.sql
        let clock = services.clock
        let start = LocalDate(year: year, month: quarter.map { ($0 - 1) * 3 + 1 } ?? 1, day: 1)!
        let next =
            quarter.map { $0 == 4 ? LocalDate(year: year + 1, month: 1, day: 1)! : LocalDate(year: year, month: $0 * 3 + 1, day: 1)! }
            ?? LocalDate(year: year + 1, month: 1, day: 1)!
        let end = next.adding(days: -1)
        let asOf = min(end, clock.today)
        let from = clock.timestamp(startOf: start), until = clock.timestamp(startOf: next)
        let plans = try await sql.all(
            PlanRecord.self, "SELECT \(PlanQueries.columns) FROM plans WHERE jurisdiction_id = \(bind: j.id) ORDER BY issue_date, id")
        var rows: [Row] = []
        if !plans.isEmpty {
            rows = try await sql.all(
                Row.self,
                """
                SELECT id, plan_id, parent_id, number, title, status, original_deadline, lead_unit_id, updated_at FROM plan_items
                WHERE plan_id IN (\(binds: plans.map(\.id))) ORDER BY plan_id, sort_key
                """)
        }
        let parents = Set(rows.compactMap(\.parentId))
        let leaves = rows.filter { !parents.contains($0.id) }
        var summaries: [PlanSummary] = []
        var late: [Int?: [Row]] = [:]
        for plan in plans {
            let mine = leaves.filter { $0.planId == plan.id }
            var byStatus: [LifecycleStatus: Int] = [:], byLight: [ScheduleLight: Int] = [:]
            var done = 0
            for r in mine {
                let status = LifecycleStatus(rawValue: r.status) ?? .notStarted
                byStatus[status, default: 0] += 1
                let light = Schedule.light(
                    status: status, originalDeadline: r.originalDeadline.flatMap(LocalDate.init(iso:)), today: asOf, warnDays: plan.warnDays)
                byLight[light, default: 0] += 1
                if light == .red { late[r.leadUnitId, default: []].append(r) }
                if status == .done, r.updatedAt >= from, r.updatedAt < until { done += 1 }
            }
            summaries.append(
                .init(
                    plan: plan, measures: mine.count, byStatus: byStatus, byLight: byLight, doneInPeriod: done,
                    approvedAt: try await MeetingQueries.approvals(ofPlan: plan.id, on: sql)))
        }
        let unitNames = Dictionary(
            uniqueKeysWithValues: try await UnitQueries.byIDs(late.keys.compactMap { $0 }, on: sql).map { ($0.id, $0.name) })
        let overdue = late.map { unit, items in
            Overdue(
                unit: unit.flatMap { unitNames[$0] } ?? "",
                items: items.map { ($0.id, $0.number, $0.title, $0.originalDeadline ?? "") })
        }.sorted { ($0.items.count, $1.unit) > ($1.items.count, $0.unit) }
        let matters = try await sql.all(
            MatterRow.self,
            """
            SELECT m.id, m.subject, u.name AS unit_name, m.state, m.deadline FROM matters m JOIN units u ON u.id = m.lead_unit_id
            WHERE m.jurisdiction_id = \(bind: j.id) AND m.state NOT IN ('closed', 'cancelled') AND m.opened_on <= \(bind: end.iso)
            ORDER BY m.deadline, m.id
            """)
        return CommissionReport(
            jurisdiction: j, year: year, quarter: quarter, start: start, end: end, asOf: asOf, plans: summaries, overdue: overdue,
            matters: matters.map { .init(id: $0.id, subject: $0.subject, unit: $0.unitName, state: $0.state, deadline: $0.deadline) })
    }

    /// 2026年 / 2026年第四季度; 2026 / 2026 Q4.
    func period(_ l: Language) -> String {
        if let quarter {
            return l == .zh ? "\(year)年第\(ChineseNumeral.format(quarter))季度" : "\(year) Q\(quarter)"
        }
        return l == .zh ? "\(year)年" : String(year)
    }

    func title(_ l: Language) -> String { L10n.fill("meeting.report.heading", l, jurisdiction.name, period(l)) }

    static let statuses: [LifecycleStatus] = LifecycleStatus.allCases
    static let lights: [ScheduleLight] = [.green, .yellow, .red, .none]

    var totals: (measures: Int, done: Int, red: Int) {
        (plans.map(\.measures).reduce(0, +), plans.map(\.doneInPeriod).reduce(0, +), plans.map { $0.byLight[.red] ?? 0 }.reduce(0, +))
    }

    // MARK: .docx

    func docx(_ l: Language) throws -> Data {
        var blocks: [DocxWriter.Block] = [.heading(title(l), level: 1)]
        let t = totals
        blocks.append(
            .paragraph(
                L10n.fill(
                    "meeting.report.overview", l, String(plans.count), String(t.measures), String(t.done), String(t.red), String(matters.count),
                    L10n.date(asOf, l))))
        blocks.append(.heading(L10n.t("meeting.report.plans", l), level: 2))
        let header =
            [L10n.t("meeting.report.plan", l), L10n.t("meeting.report.measures", l)] + Self.statuses.map { L10n.status($0.rawValue, l) }
            + Self.lights.map { $0 == .none ? L10n.t("meeting.report.noLight", l) : L10n.light($0, l) } + [L10n.t("meeting.report.done", l)]
        blocks.append(
            .table(
                [header]
                    + plans.map { s in
                        [s.plan.title, String(s.measures)] + Self.statuses.map { String(s.byStatus[$0] ?? 0) }
                            + Self.lights.map { String(s.byLight[$0] ?? 0) } + [String(s.doneInPeriod)]
                    }))
        blocks.append(.heading(L10n.t("meeting.report.overdue", l), level: 2))
        if overdue.isEmpty {
            blocks.append(.paragraph(L10n.t("meeting.report.noOverdue", l)))
        } else {
            blocks.append(
                .table(
                    [[L10n.t("meeting.report.unit", l), L10n.t("meeting.report.count", l), L10n.t("meeting.report.items", l)]]
                        + overdue.map { o in
                            [
                                o.unit.isEmpty ? L10n.t("meeting.report.noUnit", l) : o.unit, String(o.items.count),
                                o.items.map { "\($0.number) \($0.title)（\(L10n.date($0.deadline, l))）" }.joined(separator: "\n")
                            ]
                        }))
        }
        blocks.append(.heading(L10n.t("meeting.report.matters", l), level: 2))
        if matters.isEmpty {
            blocks.append(.paragraph(L10n.t("meeting.report.noMatters", l)))
        } else {
            blocks.append(
                .table(
                    [
                        [
                            L10n.t("meeting.report.subject", l), L10n.t("meeting.report.unit", l), L10n.t("meeting.report.state", l),
                            L10n.t("meeting.report.deadline", l)
                        ]
                    ]
                        + matters.map { [$0.subject, $0.unit, L10n.t("matterState." + $0.state, l), L10n.date($0.deadline, l)] }))
        }
        return try DocxWriter.data(blocks, title: title(l))
    }
}

/// The report as /api/v1/commission-report answers it.
struct CommissionReportDTO: Encodable {
    struct Plan: Encodable {
        var id: Int
        var title: String
        var measures: Int
        var byStatus: [String: Int]
        var byLight: [String: Int]
        var doneInPeriod: Int
        /// The meetings that reviewed the plan.
        var approvedAtMeetingIds: [Int]
    }
    struct Overdue: Encodable {
        var unit: String
        var itemIds: [Int]
    }
    var jurisdictionId: Int
    var year: Int
    var quarter: Int?
    var from: String
    var to: String
    var asOf: String
    var plans: [Plan]
    var overdueByUnit: [Overdue]
    var openMatterIds: [Int]

    init(_ r: CommissionReport) {
        jurisdictionId = r.jurisdiction.id
        year = r.year
        quarter = r.quarter
        from = r.start.iso
        to = r.end.iso
        asOf = r.asOf.iso
        plans = r.plans.map { s in
            Plan(
                id: s.plan.id, title: s.plan.title, measures: s.measures,
                byStatus: Dictionary(uniqueKeysWithValues: CommissionReport.statuses.map { ($0.rawValue, s.byStatus[$0] ?? 0) }),
                byLight: Dictionary(uniqueKeysWithValues: CommissionReport.lights.map { ($0.rawValue, s.byLight[$0] ?? 0) }),
                doneInPeriod: s.doneInPeriod, approvedAtMeetingIds: s.approvedAt.map(\.meetingId))
        }
        overdueByUnit = r.overdue.map { Overdue(unit: $0.unit, itemIds: $0.items.map(\.id)) }
        openMatterIds = r.matters.map(\.id)
    }
}
