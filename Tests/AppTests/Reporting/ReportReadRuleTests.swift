import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Issue 10: a liaison of a participating unit could read the lead unit's report and its evidence list (the API's
/// list and detail, and the page). One rule, `Access.canReadReport`, now holds on every path: a unit reads its own
/// reports; the office, inspector and viewer of the jurisdiction read all of them.
struct ReportReadRuleTests {
    struct IDOnly: Decodable { var id: Int }
    struct Page: Decodable { var items: [IDOnly] }

    /// 发改局 (lead) and 改革办 (taking part) each file a report on the measure, 发改局's with a file.
    private func twoReports(_ services: AppServices) async throws -> (ReportingFixture, lead: ReportRecord, part: ReportRecord, file: EvidenceRecord)
    {
        let r = try await ReportingFixture.make(services, withAccounts: true)
        let rows = try await services.assignments.assign(
            itemId: r.measure.id, note: "", includeParticipants: true, by: r.office, today: LocalDate.iso("2026-11-10"))
        for row in rows {
            _ = try await services.assignments.sign(row.id, baseVersion: row.version, by: row.unitRole == "lead" ? r.liaison : r.otherLiaison)
        }
        let lead = try await services.reports.save(
            reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(), baseVersion: nil, by: r.liaison)
        let file = try await services.reports.addEvidence(
            reportId: lead.id, files: [try services.evidence.check(filename: "纪要.pdf", data: EvidenceUploadTests.pdf)], by: r.liaison)[0]
        let part = try await services.reports.save(
            reportId: nil, itemId: r.measure.id, unitId: r.ledger.reformOffice.id, r.draft(percent: "90"), baseVersion: nil, by: r.otherLiaison)
        return (r, lead, part, file)
    }

    @Test func theAPIShowsAParticipatingUnitItsOwnReportOnly() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, lead, part, file) = try await twoReports(services)
            let participant = try await r.client("otherLiaison", from: client, session: false)
            let liaison = try await r.client("liaison", from: client, session: false)
            let office = try await r.client("office", from: client, session: false)
            // when
            let list = try await participant.get("/api/v1/items/\(r.measure.id)/reports").decode(Page.self).items.map(\.id)
            // then: the list holds its own report, and the lead unit's answers 404 wherever it is asked for
            #expect(list == [part.id])
            #expect(try await participant.get("/api/v1/reports/\(lead.id)").status == .notFound)
            #expect(try await participant.get("/api/v1/reports/\(lead.id)/evidence").status == .notFound)
            #expect(try await participant.get("/api/v1/evidence/\(file.id)").status == .notFound)
            #expect(try await participant.get("/api/v1/reports/\(part.id)").status == .ok)
            // and the lead unit does not read the participant's, while the office reads both
            #expect(try await liaison.get("/api/v1/items/\(r.measure.id)/reports").decode(Page.self).items.map(\.id) == [lead.id])
            #expect(try await liaison.get("/api/v1/reports/\(part.id)").status == .notFound)
            #expect(Set(try await office.get("/api/v1/items/\(r.measure.id)/reports").decode(Page.self).items.map(\.id)) == [lead.id, part.id])
            #expect(try await office.get("/api/v1/evidence/\(file.id)").status == .ok)
        }
    }

    @Test func thePagesShowAParticipatingUnitItsOwnReportOnly() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, lead, part, file) = try await twoReports(services)
            let participant = try await r.client("otherLiaison", from: client, session: true)
            // when
            let item = try await participant.get("/items/\(r.measure.id)")
            // then: the item page's section lists its own report, not the lead unit's
            #expect(item.status == .ok)
            #expect(item.text.contains("href=\"/reports/\(part.id)\"") && !item.text.contains("href=\"/reports/\(lead.id)\""))
            #expect(try await participant.get("/reports/\(lead.id)").status == .notFound)
            #expect(try await participant.get("/evidence/\(file.id)").status == .notFound)
            #expect(try await participant.get("/reports/\(part.id)").status == .ok)
        }
    }

    @Test func theRuleItself() {
        let path = "/1/2/3/"
        func who(_ role: Role, unit: Int? = nil, at jurisdiction: String = path) -> Principal {
            Principal(userId: 1, username: "u", displayName: "u", role: role, jurisdictionId: 3, jurisdictionPath: jurisdiction, unitId: unit)
        }
        #expect(Access.canReadReport(unitId: 7, itemPath: path, who(.liaison, unit: 7)))
        #expect(Access.canReadReport(unitId: 7, itemPath: path, who(.unitHead, unit: 7, at: "/1/9/")))
        #expect(!Access.canReadReport(unitId: 7, itemPath: path, who(.liaison, unit: 8)))
        #expect(!Access.canReadReport(unitId: 7, itemPath: path, who(.unitHead, unit: 8, at: "/1/")))
        for role in [Role.office, .inspector, .viewer] {
            #expect(Access.canReadReport(unitId: 7, itemPath: path, who(role, at: "/1/")))
            #expect(!Access.canReadReport(unitId: 7, itemPath: path, who(role, at: "/1/9/")))
        }
        #expect(Access.canReadReport(unitId: 7, itemPath: path, who(.admin, at: "/1/9/")))
    }

    @Test func theDigestShowsAUnitOnlyItsOwnReportsReviewComments() async throws {
        try await TestApp.run { services, client in
            // given: the lead unit's report is sent back with a comment
            let (r, lead, _, _) = try await twoReports(services)
            var report = try await services.reports.act(lead.id, .submit, baseVersion: lead.version, by: r.liaison)
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            _ = try await services.reports.act(report.id, .return, comment: "缺少会议纪要的签发页，请补充", baseVersion: report.version, by: r.office)
            let participant = try await r.client("otherLiaison", from: client, session: false)
            let liaison = try await r.client("liaison", from: client, session: false)
            let office = try await r.client("office", from: client, session: false)
            let uri = "/api/v1/jurisdictions/\(r.ledger.district.id)/digest"
            // when
            let seenByParticipant = try await participant.get(uri).text
            let seenByLead = try await liaison.get(uri).text
            let seenByOffice = try await office.get(uri).text
            // then: the line is there for everyone, its comment only for the unit and the office
            #expect(seenByParticipant.contains(r.measure.title) && !seenByParticipant.contains("缺少会议纪要"))
            #expect(seenByLead.contains("缺少会议纪要"))
            #expect(seenByOffice.contains("缺少会议纪要"))
            let page = try await (try await r.client("otherLiaison", from: client, session: true)).get("/digest").text
            #expect(!page.contains("缺少会议纪要"))
        }
    }
}
