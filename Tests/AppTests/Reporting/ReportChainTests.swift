import Foundation
import ReformCore
import Testing

@testable import App

/// The whole chain: 交办 → 签收 → 指派 → report → unit head → office returns → resubmit → accept.
struct ReportChainTests {
    @Test func theWholeChainChangesTheItemOnlyAtAcceptance() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            let assignment = try await r.assignedAndSigned()
            let assigned = try await r.f.reload(r.measure.id)
            let reports = services.reports
            // when: filed, approved, returned, filed again, approved, accepted
            let draft = try await reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(),
                baseVersion: nil, by: r.liaison)
            var report = try await reports.act(draft.id, .submit, baseVersion: draft.version, by: r.liaison)
            report = try await reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            report = try await reports.act(report.id, .return, comment: "请补充上线时间", baseVersion: report.version, by: r.office)
            let afterReturn = try await r.f.reload(r.measure.id)
            report = try await reports.save(
                reportId: report.id, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(percent: "70"), baseVersion: report.version, by: r.liaison)
            report = try await reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            report = try await reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            let beforeAccept = try await r.f.reload(r.measure.id)
            report = try await reports.act(report.id, .accept, baseVersion: report.version, by: r.office)
            // then
            #expect(assignment.signedBy == r.liaison.actorName && assignment.handlerName == "李四")
            #expect(afterReturn.ownPercent == 20 && afterReturn.version == assigned.version)
            #expect(beforeAccept.ownPercent == 20 && beforeAccept.version == assigned.version)
            #expect(report.reportState == .accepted && report.reviewedBy == r.office.actorName)
            let item = try await r.f.reload(r.measure.id)
            #expect(item.ownPercent == 70)
            #expect(item.status == "in_progress")
            let task = try await r.f.reload(r.ledger.task.id)
            #expect(task.derivedPercent == 70)
            let reportActions = try await ItemQueries.history(entity: "report", id: report.id, on: r.f.sql).map(\.action)
            #expect(reportActions.reversed() == ["create", "submit", "approve", "return", "update", "submit", "approve", "accept"])
            let itemHistory = try await ItemQueries.history(entity: "item", id: r.measure.id, on: r.f.sql)
            #expect(itemHistory.first?.actor == r.office.actorName)
            #expect(itemHistory.first?.changeMap["ownPercent"] == ["20", "70"])
            let assignmentActions = try await ItemQueries.history(entity: "assignment", id: assignment.id, on: r.f.sql).map(\.action)
            #expect(assignmentActions.reversed() == ["assign", "sign", "handler"])
            #expect(item.handler == "李四")
        }
    }

    @Test func indicatorValuesTravelWithTheReport() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            let indicator = try await services.indicators.add(
                itemId: r.measure.id, name: "秒批事项数", unitOfMeasure: "项", baseline: "0", target: "200",
                by: r.office)
            var draft = r.draft()
            draft.indicatorValues = [indicator.id: "126"]
            // when
            let report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, draft,
                baseVersion: nil, by: r.liaison)
            var unknown = r.draft(period: "2026-12")
            unknown.indicatorValues = [indicator.id + 99: "1"]
            let error = await #expect(throws: AppError.self) {
                try await services.reports.save(
                    reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, unknown,
                    baseVersion: nil, by: r.liaison)
            }
            let byLiaison = await #expect(throws: AppError.self) {
                try await services.indicators.add(itemId: r.measure.id, name: "x", unitOfMeasure: "", baseline: "", target: "", by: r.liaison)
            }
            // then
            #expect(try await ReportQueries.indicatorValues(ofReport: report.id, on: r.f.sql) == [indicator.id: "126"])
            guard case .validation(let issues)? = error else {
                Issue.record("expected 422, got \(String(describing: error))")
                return
            }
            #expect(issues.map(\.field) == ["indicator.\(indicator.id + 99)"])
            guard case .forbidden? = byLiaison else {
                Issue.record("expected 403, got \(String(describing: byLiaison))")
                return
            }
            #expect(try await ReportQueries.indicators(ofItem: r.measure.id, on: r.f.sql).map(\.name) == ["秒批事项数"])
        }
    }

    @Test func aDeadlineRequestBecomesAnAmendmentOnAcceptance() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            let reports = services.reports
            var report = try await reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(deadline: "2027-03-31", reason: "需等待省级系统改造"), baseVersion: nil, by: r.liaison)
            report = try await reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            report = try await reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            let amendmentsBefore = try await ItemQueries.amendments(of: r.measure.id, on: r.f.sql)
            // when
            _ = try await reports.act(report.id, .accept, baseVersion: report.version, by: r.office)
            // then
            #expect(amendmentsBefore.isEmpty)
            let amendments = try await ItemQueries.amendments(of: r.measure.id, on: r.f.sql)
            #expect(amendments.count == 1)
            #expect(amendments.first?.newDeadline == "2027-03-31")
            #expect(amendments.first?.reason == "需等待省级系统改造")
            #expect(amendments.first?.approvedBy == r.office.actorName)
            #expect(amendments.first?.changedBy == r.liaison.actorName)
            let item = try await r.f.reload(r.measure.id)
            #expect(item.currentDeadline == "2027-03-31" && item.originalDeadline == "2026-12-31" && item.delayCount == 1)
        }
    }

    @Test func aStaleReviewIsA409AndChangesNothing() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            let draft = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(), baseVersion: nil, by: r.liaison)
            let submitted = try await services.reports.act(draft.id, .submit, baseVersion: draft.version, by: r.liaison)
            // when
            let error = await #expect(throws: AppError.self) {
                try await services.reports.act(draft.id, .approve, baseVersion: draft.version, by: r.head)
            }
            // then
            guard case .conflict(_, _, let current, _)? = error else {
                Issue.record("expected 409, got \(String(describing: error))")
                return
            }
            #expect(current == submitted.version)
            #expect(try await ReportQueries.report(draft.id, on: r.f.sql).reportState == .submitted)
        }
    }

    @Test func wrongPeopleAreRefused() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            let lead = try await services.assignments.assign(
                itemId: r.measure.id, note: "", includeParticipants: true, by: r.office,
                today: LocalDate.iso("2026-11-10"))
            // when / then: a liaison cannot assign, another unit cannot sign, a liaison cannot approve
            await #expect(throws: AppError.self) {
                try await services.assignments.assign(itemId: r.measure.id, note: "", includeParticipants: false, by: r.liaison)
            }
            await #expect(throws: AppError.self) {
                try await services.assignments.sign(lead[0].id, baseVersion: lead[0].version, by: r.otherLiaison)
            }
            let signed = try await services.assignments.sign(lead[0].id, baseVersion: lead[0].version, by: r.liaison)
            let draft = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                r.draft(), baseVersion: nil, by: r.liaison)
            let submitted = try await services.reports.act(draft.id, .submit, baseVersion: draft.version, by: r.liaison)
            let error = await #expect(throws: AppError.self) {
                try await services.reports.act(submitted.id, .approve, baseVersion: submitted.version, by: r.liaison)
            }
            guard case .forbidden? = error else {
                Issue.record("expected 403, got \(String(describing: error))")
                return
            }
            #expect(lead.map(\.unitRole) == ["lead", "participant"])
            #expect(signed.isSigned)
            #expect(try await ReportQueries.report(draft.id, on: r.f.sql).reportState == .submitted)
        }
    }

    @Test func aParticipatingUnitFilesItsOwnPartWithoutChangingTheItem() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            let rows = try await services.assignments.assign(
                itemId: r.measure.id, note: "", includeParticipants: true, by: r.office,
                today: LocalDate.iso("2026-11-10"))
            let part = rows.first { $0.unitRole == "participant" }!
            _ = try await services.assignments.sign(part.id, baseVersion: part.version, by: r.otherLiaison)
            let otherHead = Principal(
                userId: 9, username: "ggb_head", displayName: "改革办主任", role: .unitHead, jurisdictionId: r.ledger.district.id,
                jurisdictionPath: r.ledger.district.path, unitId: r.ledger.reformOffice.id)
            // when
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.reformOffice.id,
                r.draft(percent: "90"), baseVersion: nil, by: r.otherLiaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.otherLiaison)
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: otherHead)
            report = try await services.reports.act(report.id, .accept, baseVersion: report.version, by: r.office)
            // then
            #expect(report.reportState == .accepted)
            #expect(try await r.f.reload(r.measure.id).ownPercent == 20)
        }
    }
}
