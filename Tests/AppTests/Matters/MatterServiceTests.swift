import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// The matter's chain through `MatterService`: each step recorded with who, when and the comment, the state the chain's
/// replay gives, refusals (403 / 409 / 422) that write nothing, and requests for more time becoming amendments.
struct MatterServiceTests {
    @Test func aMatterWalksTheEightStepsAndEachIsRecorded() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await MatterFixture.make(services)
            let m = try await w.raise()
            // when
            let closed = try await w.walk(m, [.approve, .issueNotice, .sign, .handle, .feedBack, .verify, .close])
            // then
            #expect(closed.matterState == .closed)
            #expect(closed.closedOn == TestClock.today.iso)
            #expect(closed.version == m.version + 7)
            let steps = try await MatterQueries.steps(of: m.id, on: services.database.sql)
            #expect(steps.map(\.action) == MatterAction.chain.map(\.rawValue))
            #expect(steps.map(\.actor) == ["office", "office", "office", "lead_unit", "co_unit", "lead_unit", "office", "office"])
            #expect(steps[1].comment == "区长审核同意")
            #expect(steps[4].actorName == "司法联络员（liaison\(w.justice.id)）")
            #expect(try MatterChain.replay(steps.compactMap(\.step)) == .closed)
            let audit = try await services.database.sql.scalar(
                Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'matter' AND entity_id = \(bind: m.id)")
            #expect(audit == 8)
        }
    }

    @Test func reviewSendsBackWithAReasonAndOnlyTheOfficeReopens() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await MatterFixture.make(services)
            let fedBack = try await w.walk(try await w.raise(), [.approve, .issueNotice, .sign, .handle, .feedBack])
            // when: sent back without a reason, then with one
            await #expect(throws: AppError.self) {
                try await services.matters.act(fedBack.id, .sendBack, comment: " ", baseVersion: fedBack.version, by: w.office)
            }
            let back = try await services.matters.act(fedBack.id, .sendBack, comment: "数据未共享", baseVersion: fedBack.version, by: w.office)
            // then
            #expect(back.matterState == .handling)
            // given: done and closed
            let closed = try await w.walk(back, [.feedBack, .verify, .close])
            // when: the lead unit tries to reopen, then the office without and with a reason
            var refusal: AppError?
            do { _ = try await services.matters.act(closed.id, .reopen, comment: "再议", baseVersion: closed.version, by: w.lead) } catch let e
                as AppError
            {
                refusal = e
            }
            var missing: AppError?
            do { _ = try await services.matters.act(closed.id, .reopen, comment: "", baseVersion: closed.version, by: w.office) } catch let e
                as AppError
            {
                missing = e
            }
            let reopened = try await services.matters.act(closed.id, .reopen, comment: "群众反映问题仍存在", baseVersion: closed.version, by: w.office)
            // then
            guard case .forbidden(let action)? = refusal else {
                Issue.record("expected 403, got \(String(describing: refusal))")
                return
            }
            #expect(action == "matter_step")
            guard case .validation(let issues)? = missing else {
                Issue.record("expected 422, got \(String(describing: missing))")
                return
            }
            #expect(issues.map(\.field) == ["comment"])
            #expect(reopened.matterState == .handling)
            #expect(reopened.closedOn == nil)
            let steps = try await MatterQueries.steps(of: closed.id, on: services.database.sql)
            #expect(MatterChain.sendBackCount(steps.compactMap(\.step)) == 1)
            #expect(steps.last?.comment == "群众反映问题仍存在")
        }
    }

    @Test func aStaleVersionIsAConflictAndWritesNothing() async throws {
        try await TestDatabase.withServices { services in
            // given: someone approved the matter after it was read
            let w = try await MatterFixture.make(services)
            let m = try await w.raise()
            _ = try await services.matters.act(m.id, .approve, comment: "同意", baseVersion: m.version, by: w.office)
            // when
            var error: AppError?
            do { _ = try await services.matters.act(m.id, .cancel, comment: "撤销", baseVersion: m.version, by: w.office) } catch let e as AppError {
                error = e
            }
            // then
            guard case .conflict(let entity, _, let current, _)? = error else {
                Issue.record("expected 409, got \(String(describing: error))")
                return
            }
            #expect(entity == "matter")
            #expect(current == m.version + 1)
            #expect(try await MatterQueries.require(m.id, on: services.database.sql).matterState == .approved)
            #expect(try await MatterQueries.steps(of: m.id, on: services.database.sql).count == 2)
        }
    }

    @Test func aCoUnitHandlesButDoesNotSignAndAnotherUnitHasNoStanding() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await MatterFixture.make(services)
            let notified = try await w.walk(try await w.raise(), [.approve, .issueNotice])
            // when / then: the co-unit and an uninvolved unit of the same district may not sign; the lead unit may
            for who in [w.co, w.liaison(w.housing)] {
                await #expect(throws: AppError.self) {
                    try await services.matters.act(notified.id, .sign, comment: "", baseVersion: notified.version, by: who)
                }
            }
            let signed = try await services.matters.act(notified.id, .sign, comment: "", baseVersion: notified.version, by: w.lead)
            let handled = try await services.matters.act(signed.id, .handle, comment: "配合完成", baseVersion: signed.version, by: w.co)
            #expect(handled.matterState == .handling)
            let units = try await MatterQueries.units(of: notified.id, on: services.database.sql)
            #expect(
                Access.matterActors(jurisdictionPath: notified.jurisdictionPath, leadUnitId: w.bureau.id, coUnitIds: [w.justice.id], w.co) == [
                    .coUnit
                ])
            #expect(units.map(\.role) == ["lead", "co"])
        }
    }

    @Test func raisingChecksTheSourceFactsAndWhatTheOfficeMayName() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await MatterFixture.make(services)
            var instruction = w.draft(source: .leaderInstruction)
            instruction.instructionText = ""
            // when
            var issues: [ValidationIssue] = []
            do { _ = try await services.matters.create(instruction, by: w.office) } catch AppError.validation(let found) { issues = found }
            var foreign: [ValidationIssue] = []
            do { _ = try await services.matters.create(w.draft(co: [w.gzUnit.id]), by: w.office) } catch AppError.validation(let found) {
                foreign = found
            }
            var otherCity: [ValidationIssue] = []
            do { _ = try await services.matters.create(w.draft(lead: w.gzUnit.id, co: []), by: w.gzOffice) } catch AppError.validation(let found) {
                otherCity = found
            }
            // then
            #expect(issues.map(\.field) == ["instructionText"])
            #expect(foreign.map(\.field) == ["coUnitIds"])
            #expect(foreign.first?.code == .notFound)
            #expect(otherCity.map(\.field) == ["itemIds"], "广州市's office cannot name 龙华区's task")
            let saved = try await services.matters.create(w.draft(source: .leaderInstruction, items: []), by: w.office)
            #expect(saved.instructedBy == "区长")
            #expect(saved.jurisdictionId == w.longhua.id, "without items the matter is where its lead unit is")
            #expect(try await f(services).count("matters") == 1)
            await #expect(throws: AppError.self) { try await services.matters.create(w.draft(), by: w.lead) }
        }
    }

    @Test func moreTimeIsAskedByTheLeadUnitAndApprovedAsAnAmendment() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await MatterFixture.make(services)
            let signed = try await w.walk(try await w.raise(), [.approve, .issueNotice, .sign])
            let later = TestClock.today.adding(days: 60).iso
            // when: the co-unit asks, the lead unit asks for an earlier date, then properly, then again
            await #expect(throws: AppError.self) {
                try await services.matters.requestExtension(
                    signed.id, requestedDeadline: later, reason: "等待批复", baseVersion: signed.version, by: w.co)
            }
            var early: [ValidationIssue] = []
            do {
                _ = try await services.matters.requestExtension(
                    signed.id, requestedDeadline: TestClock.today.adding(days: 1).iso, reason: "等待批复", baseVersion: signed.version, by: w.lead)
            } catch AppError.validation(let found) { early = found }
            let request = try await services.matters.requestExtension(
                signed.id, requestedDeadline: later, reason: "等待市级批复", baseVersion: signed.version, by: w.lead)
            let asked = try await MatterQueries.require(signed.id, on: services.database.sql)
            var twice: [ValidationIssue] = []
            do {
                _ = try await services.matters.requestExtension(
                    signed.id, requestedDeadline: later, reason: "再次申请", baseVersion: asked.version, by: w.lead)
            } catch AppError.validation(let found) { twice = found }
            var noReason: [ValidationIssue] = []
            do {
                _ = try await services.matters.decideExtension(signed.id, approve: false, comment: "", baseVersion: asked.version, by: w.office)
            } catch AppError.validation(let found) { noReason = found }
            let approved = try await services.matters.decideExtension(
                signed.id, approve: true, comment: "同意", baseVersion: asked.version, by: w.office)
            // then
            #expect(early.map(\.code) == [.dateOrder])
            #expect(request.isPending)
            #expect(twice.map(\.code) == [.duplicate])
            #expect(noReason.map(\.field) == ["decisionComment"])
            #expect(approved.deadline == later)
            #expect(approved.originalDeadline == signed.originalDeadline)
            #expect(approved.delayCount == 1)
            #expect(approved.warnFrom == TestClock.today.adding(days: 60 - MatterService.warnDays).iso)
            let amendments = try await MatterQueries.amendments(of: signed.id, on: services.database.sql)
            #expect(amendments.map(\.newDeadline) == [later])
            #expect(amendments.first?.approvedBy == w.office.actorName)
            #expect(amendments.first?.changedBy == w.lead.actorName)
            #expect(try await MatterQueries.extensions(of: signed.id, on: services.database.sql).map(\.state) == ["approved"])
        }
    }

    private func f(_ services: AppServices) -> Fixtures { Fixtures(services: services) }
}
