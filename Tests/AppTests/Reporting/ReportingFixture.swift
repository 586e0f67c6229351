@testable import App
import Foundation
import ReformCore

/// A small ledger with a measure led by the development bureau (with the office's unit taking part),
/// a monthly schedule by the 25th, and one principal of each role in the chain.
struct ReportingFixture {
    var f: Fixtures
    var ledger: SmallLedger
    var measure: ItemRecord
    var office: Principal
    var liaison: Principal
    var head: Principal
    var otherLiaison: Principal

    static func make(_ services: AppServices, schedule: ReportingSchedule? = .monthly(day: 25),
                     today: LocalDate = LocalDate.iso("2026-11-10")) async throws -> ReportingFixture {
        let f = Fixtures(services: services)
        let l = try await SmallLedger.make(f)
        let measure = try await f.item("推行商事登记“秒批”", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
                                       participants: [l.reformOffice.id], deadline: LocalDate.iso("2026-12-31"), status: .inProgress, percent: 20)
        let office = Principal(userId: 1, username: "gaigeban", displayName: "改革办王五", role: .office, jurisdictionId: l.district.id,
                               jurisdictionPath: l.district.path)
        let liaison = Principal(userId: 2, username: "fgj_lly", displayName: "发改局联络员", role: .liaison, jurisdictionId: l.district.id,
                                jurisdictionPath: l.district.path, unitId: l.developmentBureau.id)
        let head = Principal(userId: 3, username: "fgj_head", displayName: "发改局局长", role: .unitHead, jurisdictionId: l.district.id,
                             jurisdictionPath: l.district.path, unitId: l.developmentBureau.id)
        let other = Principal(userId: 4, username: "ggb_lly", displayName: "改革办联络员", role: .liaison, jurisdictionId: l.district.id,
                              jurisdictionPath: l.district.path, unitId: l.reformOffice.id)
        if let schedule {
            _ = try await services.planReporting.save(planId: l.plan.id, schedule: schedule, signDays: 3, baseVersion: 0, by: office, today: today)
        }
        return ReportingFixture(f: f, ledger: l, measure: measure, office: office, liaison: liaison, head: head, otherLiaison: other)
    }

    /// Assigned, signed and given a handler, as of `today`.
    func assignedAndSigned(today: LocalDate = LocalDate.iso("2026-11-10")) async throws -> AssignmentRecord {
        let services = f.services
        let lead = try await services.assignments.assign(itemId: measure.id, note: "", includeParticipants: false, by: office, today: today)[0]
        let signed = try await services.assignments.sign(lead.id, baseVersion: lead.version, by: liaison)
        return try await services.assignments.assignHandler(signed.id, name: "李四", userId: nil, baseVersion: signed.version, by: liaison)
    }

    func draft(period: String = "2026-11", status: String = "in_progress", percent: String = "60",
               deadline: String = "", reason: String = "") -> ReportDraft {
        ReportDraft(period: period, status: status, percent: percent, narrative: "已完成系统对接，试运行中", problems: "部门数据共享不足",
                    nextSteps: "年底前全面上线", requestedDeadline: deadline, deadlineReason: reason)
    }
}
