import ReformCore
import Testing

struct ObstacleFlowTests {
    @Test func eachDecisionPutsTheObstacleWithItsHolder() throws {
        // then
        #expect(try ObstacleFlow.take(.decide, decision: .solveLocally, from: .raised, by: .office, comment: "") == .inHand)
        #expect(try ObstacleFlow.take(.decide, decision: .handToDepartment, from: .raised, by: .office, comment: "") == .handedOver)
        #expect(try ObstacleFlow.take(.decide, decision: .escalate, from: .raised, by: .office, comment: "") == .escalated)
        #expect(try ObstacleFlow.take(.decide, decision: .consult, from: .raised, by: .office, comment: "") == .inConsultation)
        #expect(throws: ObstacleFlow.Refusal(from: .raised, action: .decide, reason: .illegalTransition)) {
            try ObstacleFlow.take(.decide, from: .raised, by: .office, comment: "")
        }
        #expect(throws: ObstacleFlow.Refusal(from: .raised, action: .decide, reason: .notPermitted)) {
            try ObstacleFlow.take(.decide, decision: .escalate, from: .raised, by: .leadUnit, comment: "")
        }
    }

    @Test func theAnswerComesFromWhoeverHoldsIt() throws {
        // then
        #expect(try ObstacleFlow.take(.answer, from: .handedOver, by: .department, comment: "已出台配套细则") == .answered)
        #expect(throws: ObstacleFlow.Refusal(from: .handedOver, action: .answer, reason: .notPermitted)) {
            try ObstacleFlow.take(.answer, from: .handedOver, by: .office, comment: "已出台配套细则")
        }
        #expect(try ObstacleFlow.take(.answer, from: .escalated, by: .higherLevel, comment: "同意开通绿色通道") == .answered)
        #expect(throws: ObstacleFlow.Refusal(from: .inHand, action: .answer, reason: .commentRequired)) {
            try ObstacleFlow.take(.answer, from: .inHand, by: .office, comment: "")
        }
    }

    @Test func theOfficeMayChangeItsDecisionUntilAnswered() throws {
        // then: a consultation that finds no answer here escalates; re-deciding the same thing is refused
        #expect(try ObstacleFlow.take(.decide, decision: .escalate, from: .inConsultation, by: .office, comment: "") == .escalated)
        #expect(throws: ObstacleFlow.Refusal(from: .escalated, action: .decide, reason: .illegalTransition)) {
            try ObstacleFlow.take(.decide, decision: .escalate, from: .escalated, by: .office, comment: "")
        }
        #expect(throws: ObstacleFlow.Refusal(from: .answered, action: .decide, reason: .illegalTransition)) {
            try ObstacleFlow.take(.decide, decision: .consult, from: .answered, by: .office, comment: "")
        }
    }

    @Test func theUnitAcceptsTheAnswerOrRaisesItAgain() throws {
        // then
        #expect(try ObstacleFlow.take(.close, from: .answered, by: .leadUnit, comment: "") == .closed)
        #expect(try ObstacleFlow.take(.reopen, from: .answered, by: .leadUnit, comment: "答复未解决用地指标问题") == .raised)
        #expect(try ObstacleFlow.take(.withdraw, from: .raised, by: .leadUnit, comment: "") == .withdrawn)
        #expect(throws: ObstacleFlow.Refusal(from: .inHand, action: .withdraw, reason: .illegalTransition)) {
            try ObstacleFlow.take(.withdraw, from: .inHand, by: .leadUnit, comment: "")
        }
    }
}
