import Foundation
import ReformCore
import Testing

struct ExtensionRequestTests {
    private let dec31 = LocalDate(year: 2026, month: 12, day: 31)!
    private let jan31 = LocalDate(year: 2027, month: 1, day: 31)!
    private let at = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func onlyALaterDateWithAReasonAndOneAtATime() {
        // then
        #expect(ExtensionRequest.validate(current: dec31, requested: jan31, reason: "需市级审批", pendingExists: false).isEmpty)
        #expect(
            ExtensionRequest.validate(current: dec31, requested: dec31, reason: "x", pendingExists: false) == [
                ValidationIssue(field: "requestedDeadline", code: .unchanged)
            ])
        #expect(
            ExtensionRequest.validate(current: jan31, requested: dec31, reason: "x", pendingExists: false) == [
                ValidationIssue(field: "requestedDeadline", code: .dateOrder)
            ])
        #expect(
            ExtensionRequest.validate(current: dec31, requested: jan31, reason: " ", pendingExists: true) == [
                ValidationIssue(field: "requestedDeadline", code: .duplicate), ValidationIssue(field: "reason", code: .required)
            ])
    }

    @Test func anApprovalIsAnAmendmentThatCountsAsADelay() throws {
        // given
        var request = ExtensionRequest(currentDeadline: dec31, requestedDeadline: jan31, reason: "需市级审批", requestedBy: "李四", requestedAt: at)
        // when
        let amendment = try request.decide(approve: true, by: .office, deciders: [.office], deciderName: "改革办张三", comment: "", at: at)
        // then
        #expect(request.state == .approved)
        #expect(amendment?.oldDeadline == dec31 && amendment?.newDeadline == jan31 && amendment?.approvedBy == "改革办张三")
        #expect(Amendments.delayCount([amendment!]) == 1)
        #expect(Amendments.currentDeadline(original: dec31, amendments: [amendment!]) == jan31)
    }

    @Test func aRefusalSaysWhyAndADecidedRequestStaysDecided() throws {
        // given
        var request = ExtensionRequest(currentDeadline: dec31, requestedDeadline: jan31, reason: "需市级审批", requestedBy: "李四", requestedAt: at)
        // then
        #expect(throws: WorkflowRefusal(from: ExtensionRequest.State.pending, action: false, reason: .commentRequired)) {
            try request.decide(approve: false, by: .office, deciders: [.office], deciderName: "张三", comment: "", at: at)
        }
        #expect(throws: WorkflowRefusal(from: ExtensionRequest.State.pending, action: true, reason: .notPermitted)) {
            try request.decide(approve: true, by: .leadUnit, deciders: [.office], deciderName: "李四", comment: "", at: at)
        }
        #expect(try request.decide(approve: false, by: .office, deciders: [.office], deciderName: "张三", comment: "理由不充分", at: at) == nil)
        #expect(request.state == .refused)
        #expect(throws: WorkflowRefusal(from: ExtensionRequest.State.refused, action: true, reason: .illegalTransition)) {
            try request.decide(approve: true, by: .office, deciders: [.office], deciderName: "张三", comment: "", at: at)
        }
    }
}
