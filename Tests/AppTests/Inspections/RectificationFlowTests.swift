import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// A finding's rectification through `RectificationService`: 签收 → 整改进展 → 申请销号 (with evidence) → 核查退回 →
/// 申请销号 → 销号 → 重新打开, each step recorded with its audit entry; stale versions, wrong actors and missing
/// evidence refused with nothing written.
struct RectificationFlowTests {
    static func count(_ services: AppServices, _ table: String) async throws -> Int {
        try await Fixtures(services: services).count(table)
    }

    @Test func aFindingGoesFromInspectionToClosure() async throws {
        try await TestDatabase.withServices { services in
            // given: a problem finding of the inspector's with its rectification, waiting for 发改局 to sign
            let x = try await InspectionFixture.make(services)
            let r0 = x.rectification
            #expect(r0.rectificationState == .assigned)
            #expect(r0.leadUnitId == x.ledger.developmentBureau.id)
            #expect(r0.warnFrom == "2026-12-13")
            let rect = services.rectifications
            // when: the unit signs, reports, asks for closure with evidence; the inspector returns it, then closes it
            let r1 = try await rect.act(r0.id, .sign, measures: "建立周调度机制", baseVersion: r0.version, by: x.liaison)
            let r2 = try await rect.fileReport(
                r1.id, RectificationReportDraft(narrative: "已完成流程再造", percent: "60", evidenceCount: 0), final: false, files: [],
                baseVersion: r1.version, by: x.liaison)
            let proof = try services.supervisionEvidence(filename: "网办率统计表.pdf", data: InspectionFixture.pdf)
            let r3 = try await rect.fileReport(
                r2.id, RectificationReportDraft(narrative: "网办率达到95%", percent: "", evidenceCount: 0), final: true, files: [proof],
                baseVersion: r2.version, by: x.liaison)
            let r4 = try await rect.act(r3.id, .return, comment: "缺少街道数据", baseVersion: r3.version, by: x.inspector)
            let r5 = try await rect.fileReport(
                r4.id, RectificationReportDraft(narrative: "补充街道数据", percent: "100", evidenceCount: 0), final: true, files: [proof],
                baseVersion: r4.version, by: x.liaison)
            let r6 = try await rect.act(r5.id, .close, baseVersion: r5.version, by: x.inspector)
            // then: each state as the flow says, with the steps, reports, evidence and audit entries to show for it
            #expect(
                [r1, r2, r3, r4, r5, r6].map(\.rectificationState) == [
                    .rectifying, .rectifying, .awaitingVerification, .rectifying, .awaitingVerification, .closed
                ])
            #expect(r1.measures == "建立周调度机制")
            #expect(r4.returnCount == 1)
            #expect(r6.closedOn == TestClock.today.iso)
            #expect(r6.version == r0.version + 6)
            let sql = services.database.sql
            let steps = try await InspectionQueries.steps(of: r0.id, on: sql)
            #expect(steps.map(\.action) == ["assign", "sign", "report", "submit", "return", "submit", "close"])
            #expect(steps.map(\.actor) == ["inspector", "lead_unit", "lead_unit", "lead_unit", "inspector", "lead_unit", "inspector"])
            #expect(steps[4].comment == "缺少街道数据")
            let reports = try await InspectionQueries.reports(of: r0.id, on: sql)
            #expect(reports.map(\.isFinal) == [false, true, true])
            #expect(reports.map(\.percent) == [60, 100, 100])
            #expect(try await InspectionQueries.reportEvidence(ofRectification: r0.id, on: sql).count == 2)
            let audited = try await sql.scalar(
                Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'rectification' AND entity_id = \(bind: r0.id)")
            #expect(audited == 7)
            // and a closed rectification reopens with a reason
            let r7 = try await rect.act(r6.id, .reopen, comment: "问题反弹", baseVersion: r6.version, by: x.office)
            #expect(r7.rectificationState == .rectifying)
            #expect(r7.closedOn == nil)
        }
    }

    @Test func aFinalReportWithoutEvidenceIsRefusedAndWritesNothing() async throws {
        try await TestDatabase.withServices { services in
            // given: a signed rectification
            let x = try await InspectionFixture.make(services)
            let signed = try await services.rectifications.act(x.rectification.id, .sign, baseVersion: x.rectification.version, by: x.liaison)
            let before = try await Self.count(services, "rectification_reports")
            // when: the unit asks for closure without a file
            let error = await #expect(throws: AppError.self) {
                try await services.rectifications.fileReport(
                    signed.id, RectificationReportDraft(narrative: "已整改", percent: "100", evidenceCount: 0), final: true, files: [],
                    baseVersion: signed.version, by: x.liaison)
            }
            guard case .validation(let issues)? = error else {
                Issue.record("expected a validation error, got \(String(describing: error))")
                return
            }
            #expect(issues.map(\.field) == ["evidence"])
            // then: no report, and the rectification is still in hand
            #expect(try await Self.count(services, "rectification_reports") == before)
            #expect(try await InspectionQueries.rectification(signed.id, on: services.database.sql).rectificationState == .rectifying)
        }
    }

    @Test func aStaleVersionIsAConflict() async throws {
        try await TestDatabase.withServices { services in
            // given: the unit signed with the version it read
            let x = try await InspectionFixture.make(services)
            let stale = x.rectification.version
            _ = try await services.rectifications.act(x.rectification.id, .sign, baseVersion: stale, by: x.liaison)
            // when: a second page still holding the old version reports
            // then: 409, and nothing filed
            let error = await #expect(throws: AppError.self) {
                try await services.rectifications.fileReport(
                    x.rectification.id, RectificationReportDraft(narrative: "进展", percent: "10", evidenceCount: 0), final: false, files: [],
                    baseVersion: stale, by: x.liaison)
            }
            guard case .conflict(let entity, _, let current, _)? = error else {
                Issue.record("expected a conflict, got \(String(describing: error))")
                return
            }
            #expect(entity == "rectification" && current == stale + 1)
            #expect(try await Self.count(services, "rectification_reports") == 0)
        }
    }

    @Test func whoMayTakeWhichStep() async throws {
        try await TestDatabase.withServices { services in
            // given: a rectification awaiting verification
            let x = try await InspectionFixture.make(services)
            let rect = services.rectifications
            var r = try await rect.act(x.rectification.id, .sign, baseVersion: x.rectification.version, by: x.liaison)
            r = try await rect.fileReport(
                r.id, RectificationReportDraft(narrative: "完成", percent: "100", evidenceCount: 0), final: true,
                files: [try services.supervisionEvidence(filename: "a.pdf", data: InspectionFixture.pdf)], baseVersion: r.version, by: x.liaison)
            let current = r
            func refusal(_ action: RectificationAction, by p: Principal, comment: String = "理由") async -> String? {
                do {
                    _ = try await rect.act(current.id, action, comment: comment, baseVersion: current.version, by: p)
                    return nil
                } catch AppError.forbidden(let what) {
                    return "403 " + what
                } catch AppError.validation(let issues) {
                    return "422 " + issues.map(\.field).joined()
                } catch AppError.unprocessable(let code, _) {
                    return "422 " + code
                } catch {
                    return "\(error)"
                }
            }
            // then: the unit may not close its own; an inspector not on the team has no part; another unit neither;
            // a return needs a reason; signing again is not a step from here
            #expect(await refusal(.close, by: x.liaison) == "403 rectify_close")
            #expect(await refusal(.close, by: x.outsider) == "403 rectify")
            #expect(await refusal(.close, by: x.otherLiaison) == "403 rectify")
            #expect(await refusal(.close, by: x.farLiaison) == "403 rectify")
            #expect(await refusal(.return, by: x.inspector, comment: " ") == "422 comment")
            #expect(await refusal(.sign, by: x.liaison) == "422 rectification_transition")
            #expect(try await InspectionQueries.rectification(current.id, on: services.database.sql).version == current.version)
            // and the office of a jurisdiction containing the inspection may close it
            #expect(await refusal(.close, by: x.office) == nil)
        }
    }

    @Test func goodPracticeHasNoRectificationAndIsListedForCommendation() async throws {
        try await TestDatabase.withServices { services in
            // given
            let x = try await InspectionFixture.make(services)
            // when: the inspector records good practice, with rectification fields filled in by mistake
            let good = try await services.inspections.addFinding(
                inspectionId: x.inspection.id,
                FindingDraft(
                    nature: "good_practice", unitId: x.ledger.reformOffice.id, itemIds: [], category: "", severity: "", description: "首创“一件事”集成服务"),
                rectification: RectificationDraft(leadUnitId: x.ledger.reformOffice.id, deadline: "2026-12-31", measures: "", evidenceRequired: "x"),
                files: [], by: x.inspector)
            // then: no rectification, and it is on the office's list for commendation
            #expect(good.rectificationId == nil)
            #expect(good.category == nil)
            #expect(try await Self.count(services, "rectifications") == 1)
            let listed = try await InspectionQueries.goodPractice(for: x.office, on: services.database.sql)
            #expect(listed.map(\.id) == [good.id])
        }
    }

    @Test func aProblemNeedsItsRectificationAndOnlyTheTeamOrOfficeRecordsFindings() async throws {
        try await TestDatabase.withServices { services in
            // given
            let x = try await InspectionFixture.make(services)
            let draft = FindingDraft(
                nature: "problem", unitId: x.ledger.developmentBureau.id, itemIds: [], category: "other", severity: "minor", description: "问题")
            // when / then: a problem without a deadline or the evidence required is refused naming both
            let invalid = await #expect(throws: AppError.self) {
                try await services.inspections.addFinding(
                    inspectionId: x.inspection.id, draft,
                    rectification: RectificationDraft(leadUnitId: x.ledger.developmentBureau.id, deadline: "", measures: "", evidenceRequired: ""),
                    files: [], by: x.inspector)
            }
            guard case .validation(let issues)? = invalid else {
                Issue.record("expected a validation error, got \(String(describing: invalid))")
                return
            }
            #expect(Set(issues.map(\.field)) == ["deadline", "evidenceRequired"])
            // and an inspector not on the team is refused before the form is looked at
            let refused = await #expect(throws: AppError.self) {
                try await services.inspections.addFinding(inspectionId: x.inspection.id, draft, rectification: nil, files: [], by: x.outsider)
            }
            guard case .forbidden(let action)? = refused else {
                Issue.record("expected 403, got \(String(describing: refused))")
                return
            }
            #expect(action == "record_findings")
            #expect(try await Self.count(services, "findings") == 1)
        }
    }

    @Test func anInspectionNeedsATeamOfInspectorsAndAnInspectorCreatorJoinsIt() async throws {
        try await TestDatabase.withServices { services in
            // given
            let x = try await InspectionFixture.make(services)
            let draft = InspectionDraft(
                kind: "comprehensive", title: "全面督查", jurisdictionId: x.ledger.district.id, scopeKind: "subtree", scopeRef: nil, unitIds: [],
                memberIds: [x.accounts["liaison"]!.user.id], startsOn: "2026-11-20", endsOn: "2026-11-10")
            // when / then: a liaison is no inspector, and the dates are the wrong way round
            let error = await #expect(throws: AppError.self) {
                try await services.inspections.create(draft, by: x.office)
            }
            guard case .validation(let issues)? = error else {
                Issue.record("expected a validation error, got \(String(describing: error))")
                return
            }
            #expect(Set(issues.map(\.field)) == ["memberIds", "endsOn"])
            // and an inspector who sets one up is on its team
            var mine = draft
            mine.memberIds = []
            mine.endsOn = "2026-11-30"
            let made = try await services.inspections.create(mine, by: x.outsider)
            #expect(try await InspectionQueries.members(of: made.id, on: services.database.sql).map(\.userId) == [x.outsider.userId])
        }
    }
}
