import Foundation
import ReformCore
import Testing

@testable import App

/// 逾期未报: report_due is set at assignment, moved on by filing, compared with today in the ledger and dashboard.
struct OutdatedTests {
    @Test func anAssignedItemIsOutdatedAfterTheDueDayUntilItsReportIsFiled() async throws {
        try await TestDatabase.withServices { services in
            // given: assigned on 11-10, monthly by the 25th → owes November by 11-25
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned(today: LocalDate.iso("2026-11-10"))
            let onDueDay = LocalDate.iso("2026-11-25"), after = LocalDate.iso("2026-11-26")
            var filter = LedgerFilter()
            filter.outdated = true
            filter.scope = .leaves
            // when
            let dueDay = try await LedgerQuery.run(filter, today: onDueDay, on: r.f.sql)
            let late = try await LedgerQuery.run(filter, today: after, on: r.f.sql)
            let dashboard = try await DashboardQuery.run(jurisdictionId: r.ledger.district.id, today: after, database: services.database)
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(), baseVersion: nil, by: r.liaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            let filed = try await LedgerQuery.run(filter, today: after, on: r.f.sql)
            // then
            #expect(dueDay.rows.isEmpty)
            #expect(late.rows.map(\.id) == [r.measure.id])
            #expect(late.rows.first?.isOutdated(today: after) == true)
            #expect(dashboard.outdated == 1)
            #expect(filed.rows.isEmpty)
            #expect(try await r.f.reload(r.measure.id).id == r.measure.id)
            let due = try await r.f.sql.scalar(
                String.self, column: "report_due", "SELECT report_due FROM plan_items WHERE id = \(bind: r.measure.id)")
            #expect(due == "2026-12-25")
        }
    }

    @Test func withoutAScheduleNothingIsOwed() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services, schedule: nil)
            _ = try await r.assignedAndSigned()
            // when
            let dashboard = try await DashboardQuery.run(
                jurisdictionId: r.ledger.district.id, today: LocalDate.iso("2027-06-01"), database: services.database)
            // then
            #expect(dashboard.outdated == 0)
        }
    }

    @Test func acceptingADoneReportClearsWhatIsOwed() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(status: "done", percent: "100"), baseVersion: nil, by: r.liaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            // when
            _ = try await services.reports.act(report.id, .accept, baseVersion: report.version, by: r.office)
            // then
            let item = try await r.f.reload(r.measure.id)
            #expect(item.status == "done" && item.ownPercent == 100)
            let due = try await r.f.sql.scalar(
                String.self, column: "report_due", "SELECT report_due FROM plan_items WHERE id = \(bind: r.measure.id)")
            #expect(due == nil)
        }
    }

    @Test func changingTheScheduleMovesWhatIsOwed() async throws {
        try await TestDatabase.withServices { services in
            // given: owes November by 11-25 under the monthly schedule
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            // when
            let saved = try await services.planReporting.save(
                planId: r.ledger.plan.id, schedule: .standardQuarterly, signDays: 5, baseVersion: 1,
                by: r.office, today: LocalDate.iso("2026-11-12"))
            let stale = await #expect(throws: AppError.self) {
                try await services.planReporting.save(planId: r.ledger.plan.id, schedule: nil, signDays: 5, baseVersion: 1, by: r.office)
            }
            // then
            #expect(saved.version == 2 && saved.signDays == 5)
            guard case .conflict? = stale else {
                Issue.record("expected 409, got \(String(describing: stale))")
                return
            }
            let a = try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql)[0]
            #expect(a.nextReportDue == "2026-12-20")
            let due = try await r.f.sql.scalar(
                String.self, column: "report_due", "SELECT report_due FROM plan_items WHERE id = \(bind: r.measure.id)")
            #expect(due == "2026-12-20")
        }
    }

    @Test func theLedgerFilterReadsAndWritesOutdated() throws {
        // when
        let f = try LedgerFilter.parse(["outdated": ["1"]])
        // then
        #expect(f.outdated)
        #expect(f.queryItems().contains { $0 == ("outdated", "1") })
        #expect(throws: AppError.self) { try LedgerFilter.parse(["outdated": ["maybe"]]) }
    }
}
