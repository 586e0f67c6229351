import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// The reporting loop on the demo plans: each plan gets a schedule (the first monthly by the 25th, the others
    /// quarterly 3-25/6-25/9-25/12-20), and the first leaves with a lead unit of each plan are assigned far enough back for their first report to be due:
    /// some left unsigned, the others signed with a handler and a report in each review state.
    func loadReporting() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        let plans = try await PlanQueries.all(limit: 50, on: sql).filter(\.isDemo).sorted { $0.id < $1.id }
        let states: [ReportState?] = [nil, .draft, .submitted, .unitApproved, .accepted, .returned, .evidenceRequested, nil]
        // The demo accounts act where their scope covers the work (the office of Shenzhen, the liaison and head of
        // 龙华区发改局), so signing in as them shows the loop with their names; elsewhere stand-ins act.
        var accounts: [String: Principal] = [:]
        for name in ["office", "liaison", "unithead"] {
            if let p = try await UserQueries.byUsername(name, on: sql)?.principal { accounts[name] = p }
        }
        for (index, plan) in plans.enumerated() {
            let jurisdiction = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
            let office =
                accounts["office"].flatMap { $0.sees(jurisdictionPath: jurisdiction.path) ? $0 : nil }
                ?? Principal(
                    userId: 0, username: "demo", displayName: "改革办（演示）", role: .office, jurisdictionId: jurisdiction.id,
                    jurisdictionPath: jurisdiction.path)
            let schedule: ReportingSchedule = index == 0 ? .monthly(day: 25) : .standardQuarterly
            // Far enough back that the first report's due date has passed (a month, or a quarter and a month).
            let assignedOn = today.adding(days: index == 0 ? -40 : -130)
            _ = try await services.planReporting.save(
                planId: plan.id, schedule: schedule, signDays: PlanReportingRecord.defaultSignDays,
                baseVersion: 0, by: office, today: assignedOn)
            let leaves = try await sql.all(
                ItemRecord.self,
                """
                SELECT \(ItemQueries.columns) FROM plan_items WHERE plan_id = \(bind: plan.id) AND child_count = 0 AND lead_unit_id IS NOT NULL
                  AND status NOT IN ('done', 'suspended') ORDER BY sort_key LIMIT \(bind: states.count)
                """)
            for (n, item) in leaves.enumerated() {
                let rows = try await services.assignments.assign(
                    itemId: item.id, note: "请按期报送进展", includeParticipants: false, by: office,
                    today: assignedOn, at: Self.timestamp(assignedOn))
                // The last one stays unsigned (flagged after the signing days); the others are signed two days later.
                guard n < states.count - 1, let lead = rows.first else { continue }
                let unitJurisdiction = try await JurisdictionQueries.require(
                    try await UnitQueries.require(lead.unitId, on: sql).jurisdictionId, on: sql)
                let liaison =
                    accounts["liaison"].flatMap { $0.unitId == lead.unitId ? $0 : nil }
                    ?? Principal(
                        userId: 0, username: "demo", displayName: "联络员（演示）", role: .liaison, jurisdictionId: unitJurisdiction.id,
                        jurisdictionPath: unitJurisdiction.path, unitId: lead.unitId)
                let head =
                    accounts["unithead"].flatMap { $0.unitId == lead.unitId ? $0 : nil }
                    ?? Principal(
                        userId: 0, username: "demo", displayName: "单位负责人（演示）", role: .unitHead,
                        jurisdictionId: unitJurisdiction.id, jurisdictionPath: unitJurisdiction.path, unitId: lead.unitId)
                let signed = try await services.assignments.sign(
                    lead.id, baseVersion: lead.version, by: liaison,
                    at: Self.timestamp(assignedOn.adding(days: 2)))
                _ = try await services.assignments.assignHandler(
                    signed.id, name: ["张明", "李华", "王芳", "陈刚"][n % 4], userId: nil,
                    baseVersion: signed.version, by: liaison,
                    at: Self.timestamp(assignedOn.adding(days: 2)))
                guard let state = states[n], let firstDue = lead.firstReportDue.flatMap(LocalDate.init(iso:)) else { continue }
                let indicator = try await services.indicators.add(
                    itemId: item.id, name: "惠企政策兑现率", unitOfMeasure: "%", baseline: "62",
                    target: "95", by: office)
                let period = schedule.period(inForceOn: firstDue)
                let draft = ReportDraft(
                    period: period.key, status: LifecycleStatus.inProgress.rawValue,
                    percent: String(min(95, Int(item.ownPercent) + 20)),
                    narrative: "已制定工作方案并召开专题推进会，相关配套措施正在起草。", problems: "跨部门数据共享仍需协调。",
                    nextSteps: "下月完成征求意见并提交审议。", requestedDeadline: "", deadlineReason: "",
                    indicatorValues: [indicator.id: String(70 + n * 3)])
                let filedOn = firstDue.adding(days: -2)
                var report = try await services.reports.save(
                    reportId: nil, itemId: item.id, unitId: lead.unitId, draft, baseVersion: nil,
                    by: liaison, isDemo: true, at: Self.timestamp(filedOn.adding(days: -1)))
                if state == .draft { continue }
                report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: liaison, at: Self.timestamp(filedOn))
                if state == .submitted { continue }
                report = try await services.reports.act(
                    report.id, .approve, baseVersion: report.version, by: head,
                    at: Self.timestamp(filedOn.adding(days: 1)))
                // Reviewed in the last days, so the weekly digest has something to show.
                let reviewedAt = Self.timestamp(max(filedOn.adding(days: 3), today.adding(days: -(n % 3))))
                switch state {
                case .accepted:
                    _ = try await services.reports.act(report.id, .accept, baseVersion: report.version, by: office, at: reviewedAt)
                case .returned:
                    _ = try await services.reports.act(
                        report.id, .return, comment: "请补充量化成效数据。", baseVersion: report.version, by: office, at: reviewedAt)
                case .evidenceRequested:
                    _ = try await services.reports.act(
                        report.id, .requestEvidence, comment: "请上传推进会纪要。", baseVersion: report.version,
                        by: office, at: reviewedAt)
                default: break
                }
            }
        }
    }

    /// 10:00 China time on a day.
    private static func timestamp(_ day: LocalDate) -> String { day.iso + "T02:00:00.000Z" }
}
