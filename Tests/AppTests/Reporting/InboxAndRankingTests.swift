import Foundation
import ReformCore
import Testing

@testable import App

/// Inbox counts per role, the weekly digest and the unit ranking on a small fixture.
struct InboxAndRankingTests {
    @Test func inboxCountsFollowTheChain() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            let today = LocalDate.iso("2026-11-20")
            let rows = try await services.assignments.assign(itemId: r.measure.id, note: "", includeParticipants: true, by: r.office, today: today)
            // when: nothing signed yet
            let liaisonBefore = try await InboxQuery.run(for: r.liaison, today: today, on: r.f.sql)
            let lead = rows.first { $0.unitRole == "lead" }!
            _ = try await services.assignments.sign(lead.id, baseVersion: lead.version, by: r.liaison)
            let liaisonSigned = try await InboxQuery.run(for: r.liaison, today: today, on: r.f.sql)
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(), baseVersion: nil, by: r.liaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            let head = try await InboxQuery.run(for: r.head, today: today, on: r.f.sql)
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            let office = try await InboxQuery.run(for: r.office, today: today, on: r.f.sql)
            let other = try await InboxQuery.run(for: r.otherLiaison, today: today, on: r.f.sql)
            // then
            #expect(liaisonBefore.toSign.count == 1 && liaisonBefore.toReport.isEmpty)
            #expect(liaisonSigned.toSign.isEmpty && liaisonSigned.toReport.count == 1)
            #expect(liaisonSigned.toReport.first?.dueDate == "2026-11-25")
            #expect(head.toApprove.map(\.reportId) == [report.id])
            #expect(head.toReport.isEmpty)
            #expect(office.toReview.map(\.reportId) == [report.id] && office.total == 1)
            #expect(other.toSign.count == 1 && other.total == 1)
        }
    }

    /// The header's count is one query of counts; it must say what the inbox lists, for every role at every step.
    @Test func theHeaderCountAgreesWithTheInbox() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            let today = LocalDate.iso("2026-11-20")
            let everyone = [r.office, r.liaison, r.head, r.otherLiaison]
            func agree(_ step: String) async throws {
                for p in everyone {
                    // when
                    let listed = try await InboxQuery.run(for: p, today: today, on: r.f.sql).total
                    let counted = try await InboxQuery.count(for: p, today: today, on: r.f.sql)
                    // then
                    #expect(counted == listed, "\(step): \(p.username) counted \(counted), listed \(listed)")
                }
            }
            try await agree("before")
            let rows = try await services.assignments.assign(itemId: r.measure.id, note: "", includeParticipants: true, by: r.office, today: today)
            try await agree("assigned")
            let lead = rows.first { $0.unitRole == "lead" }!
            _ = try await services.assignments.sign(lead.id, baseVersion: lead.version, by: r.liaison)
            try await agree("signed")
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(), baseVersion: nil, by: r.liaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            try await agree("submitted")
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            try await agree("approved")
            _ = try await services.reports.act(report.id, .return, comment: "请补充数据", baseVersion: report.version, by: r.office)
            try await agree("returned")
            #expect(try await InboxQuery.count(for: r.liaison, today: today, on: r.f.sql) >= 1)
        }
    }

    @Test func rankingOnASmallFixture() async throws {
        try await TestDatabase.withServices { services in
            // given: the bureau filed November on time; the reform office's part was never filed; today is 12-01
            let r = try await ReportingFixture.make(services)
            let rows = try await services.assignments.assign(
                itemId: r.measure.id, note: "", includeParticipants: true, by: r.office,
                today: LocalDate.iso("2026-11-10"))
            let lead = rows.first { $0.unitRole == "lead" }!
            _ = try await services.assignments.sign(lead.id, baseVersion: lead.version, by: r.liaison)
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(), baseVersion: nil, by: r.liaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison, at: "2026-11-24T02:00:00.000Z")
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head, at: "2026-11-24T06:00:00.000Z")
            _ = try await services.reports.act(report.id, .accept, baseVersion: report.version, by: r.office, at: "2026-11-26T02:00:00.000Z")
            let overdueItem = try await r.f.item(
                "清理规范涉企收费", plan: r.ledger.plan.id, parent: r.ledger.task.id, lead: r.ledger.reformOffice.id,
                deadline: LocalDate.iso("2026-11-01"))
            // when
            let ranking = try await RankingQuery.run(
                jurisdictionId: r.ledger.district.id, jurisdictionPath: r.ledger.district.path, asOf: LocalDate.iso("2026-12-01"),
                clock: r.f.services.clock, database: r.f.services.database
            ).units
            let digest = try await DigestQuery.run(jurisdictionPath: r.ledger.district.path, today: LocalDate.iso("2026-12-01"), on: r.f.sql)
            // then
            #expect(ranking.count == 2)
            let bureau = ranking[0], office = ranking[1]
            #expect(bureau.unitId == r.ledger.developmentBureau.id && bureau.rank == 1)
            #expect(bureau.reportsDue == 1 && bureau.reportsOnTime == 1 && bureau.onTimeRate == 100)
            #expect(bureau.averageReviewDays == 2)
            #expect(office.unitId == r.ledger.reformOffice.id)
            #expect(office.reportsDue == 1 && office.reportsOnTime == 0 && office.onTimeRate == 0 && office.overdueItems == 1)
            #expect(digest.accepted.map(\.itemId) == [r.measure.id])
            #expect(digest.overdue.map(\.itemId) == [overdueItem.id])
            #expect(digest.unsigned.count == 1 && digest.unsigned.first?.unitName == r.ledger.reformOffice.name)
            #expect(digest.outdated.map(\.itemId) == [r.measure.id])
        }
    }
}
