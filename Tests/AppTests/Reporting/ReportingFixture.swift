import Foundation
import ReformCore

@testable import App

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
    /// With `withAccounts`, the users behind the principals (for HTTP tests): office, liaison, head, otherLiaison.
    var accounts: [String: TestAccounts.Made] = [:]

    static func make(
        _ services: AppServices, schedule: ReportingSchedule? = .monthly(day: 25),
        today: LocalDate = LocalDate.iso("2026-11-10"), withAccounts: Bool = false
    ) async throws -> ReportingFixture {
        let f = Fixtures(services: services)
        let l = try await SmallLedger.make(f)
        let measure = try await f.item(
            "推行商事登记“秒批”", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
            participants: [l.reformOffice.id], deadline: LocalDate.iso("2026-12-31"), status: .inProgress, percent: 20)
        let office = Principal(
            userId: 1, username: "gaigeban", displayName: "改革办王五", role: .office, jurisdictionId: l.district.id,
            jurisdictionPath: l.district.path)
        let liaison = Principal(
            userId: 2, username: "fgj_lly", displayName: "发改局联络员", role: .liaison, jurisdictionId: l.district.id,
            jurisdictionPath: l.district.path, unitId: l.developmentBureau.id)
        let head = Principal(
            userId: 3, username: "fgj_head", displayName: "发改局局长", role: .unitHead, jurisdictionId: l.district.id,
            jurisdictionPath: l.district.path, unitId: l.developmentBureau.id)
        let other = Principal(
            userId: 4, username: "ggb_lly", displayName: "改革办联络员", role: .liaison, jurisdictionId: l.district.id,
            jurisdictionPath: l.district.path, unitId: l.reformOffice.id)
        var fixture = ReportingFixture(f: f, ledger: l, measure: measure, office: office, liaison: liaison, head: head, otherLiaison: other)
        if withAccounts {
            let users = TestAccounts(services: services)
            let made: [(String, Role, Int?, Int?)] = [
                ("office", .office, l.district.id, nil), ("liaison", .liaison, nil, l.developmentBureau.id),
                ("head", .unitHead, nil, l.developmentBureau.id), ("otherLiaison", .liaison, nil, l.reformOffice.id)
            ]
            for (key, role, jurisdiction, unit) in made {
                let user = try await users.user(role, jurisdiction: jurisdiction, unit: unit)
                fixture.accounts[key] = user
                let principal = try await users.principal(of: user.user.id)!
                switch key {
                case "office": fixture.office = principal
                case "liaison": fixture.liaison = principal
                case "head": fixture.head = principal
                default: fixture.otherLiaison = principal
                }
            }
        }
        if let schedule {
            _ = try await services.planReporting.save(
                planId: l.plan.id, schedule: schedule, signDays: 3, baseVersion: 0, by: fixture.office, today: today)
        }
        return fixture
    }

    /// A client signed in as one of `accounts`: a session (with its CSRF token) for pages, an API token for /api.
    func client(_ key: String, from base: SignedInClient, session: Bool) async throws -> SignedInClient {
        let user = accounts[key]!
        if !session { return SignedInClient(inner: base.inner, services: base.services, credential: .bearer(user.token)) }
        let (cookie, csrf) = try await TestAccounts(services: base.services).signIn(user.username)
        return SignedInClient(inner: base.inner, services: base.services, credential: .session(cookie: cookie, csrf: csrf))
    }

    /// Assigned, signed and given a handler, as of `today`.
    func assignedAndSigned(today: LocalDate = LocalDate.iso("2026-11-10")) async throws -> AssignmentRecord {
        let services = f.services
        let lead = try await services.assignments.assign(itemId: measure.id, note: "", includeParticipants: false, by: office, today: today)[0]
        let signed = try await services.assignments.sign(lead.id, baseVersion: lead.version, by: liaison)
        return try await services.assignments.assignHandler(signed.id, name: "李四", userId: nil, baseVersion: signed.version, by: liaison)
    }

    func draft(
        period: String = "2026-11", status: String = "in_progress", percent: String = "60",
        deadline: String = "", reason: String = ""
    ) -> ReportDraft {
        ReportDraft(
            period: period, status: status, percent: percent, narrative: "已完成系统对接，试运行中", problems: "部门数据共享不足",
            nextSteps: "年底前全面上线", requestedDeadline: deadline, deadlineReason: reason, indicatorValues: [:])
    }
}
