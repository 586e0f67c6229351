import ReformCore
import Testing

struct RectificationFlowTests {
    private let today = LocalDate(year: 2026, month: 12, day: 6)!

    @Test func fromSigningToClosure() throws {
        // given
        var state = RectificationState.assigned
        // when
        for (action, actor, comment) in [
            (RectificationAction.sign, SupervisionActor.leadUnit, ""), (.report, .leadUnit, ""), (.submit, .leadUnit, ""),
            (.return, .inspector, "未见整改台账"), (.report, .leadUnit, ""), (.submit, .leadUnit, ""), (.close, .inspector, "")
        ] {
            state = try RectificationFlow.take(action, from: state, by: actor, comment: comment)
        }
        // then
        #expect(state == .closed)
    }

    @Test func theUnitCannotCloseItsOwnRectification() {
        // then
        #expect(throws: RectificationFlow.Refusal(from: .awaitingVerification, action: .close, reason: .notPermitted)) {
            try RectificationFlow.take(.close, from: .awaitingVerification, by: .leadUnit, comment: "")
        }
        #expect(throws: RectificationFlow.Refusal(from: .rectifying, action: .close, reason: .illegalTransition)) {
            try RectificationFlow.take(.close, from: .rectifying, by: .inspector, comment: "")
        }
    }

    @Test func aReturnOrAReopeningSaysWhy() throws {
        // then
        #expect(throws: RectificationFlow.Refusal(from: .awaitingVerification, action: .return, reason: .commentRequired)) {
            try RectificationFlow.take(.return, from: .awaitingVerification, by: .inspector, comment: "")
        }
        #expect(try RectificationFlow.take(.reopen, from: .closed, by: .office, comment: "问题反弹") == .rectifying)
        #expect(RectificationFlow.actions(from: .awaitingVerification, for: .inspector) == [.close, .return])
        #expect(RectificationFlow.actions(from: .rectifying, for: .leadUnit) == [.report, .submit])
        #expect(RectificationFlow.actions(from: .assigned, for: .inspector).isEmpty)
    }

    @Test func goodPracticeNeedsNoRectification() {
        // given
        let draft = RectificationDraft(leadUnitId: 7, deadline: "2026-12-31", measures: "", evidenceRequired: "制度文件")
        // then
        #expect(draft.validate(finding: .problem, today: today).isEmpty)
        #expect(draft.validate(finding: .goodPractice, today: today) == [ValidationIssue(field: "findingId", code: .invalidChoice)])
        #expect(FindingNature.allCases.filter(\.needsRectification) == [.problem])
    }

    @Test func aProblemHasACategoryAndSeverityGoodPracticeHasNeither() {
        // given
        let problem = FindingDraft(nature: "problem", unitId: 7, itemIds: [1], category: "progress_lag", severity: "serious", description: "未按期完成")
        let bare = FindingDraft(nature: "problem", unitId: 7, itemIds: [], category: "", severity: "", description: "台账不全")
        let practice = FindingDraft(nature: "good_practice", unitId: 7, itemIds: [], category: "", severity: "minor", description: "一窗通办")
        // then
        #expect(problem.validate().isEmpty)
        #expect(problem.parsedSeverity == .serious && FindingSeverity.moderate < .serious)
        #expect(bare.validate().map(\.field) == ["category", "severity"])
        #expect(practice.validate() == [ValidationIssue(field: "severity", code: .invalidChoice)])
    }

    @Test func aFinalReportBringsEvidenceAndCountsAsDone() {
        // given
        let report = RectificationReportDraft(narrative: "已建立整改台账并完成制度修订", percent: "80%", evidenceCount: 0)
        // then
        #expect(report.validate(final: false).isEmpty)
        #expect(report.validate(final: true) == [ValidationIssue(field: "evidence", code: .required)])
        #expect(report.parsedPercent(final: false) == 80)
        #expect(report.parsedPercent(final: true) == 100)
        #expect(
            RectificationReportDraft(narrative: "", percent: "120", evidenceCount: 1).validate(final: false).map(\.code) == [.required, .outOfRange])
    }
}
