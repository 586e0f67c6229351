import Foundation
import ReformCore
import Testing

struct MatterChainTests {
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    private func step(_ action: MatterAction, _ actor: SupervisionActor, _ comment: String = "", minute: Double = 0) -> MatterStep {
        MatterStep(action: action, actor: actor, actorName: actor.rawValue, at: t0.addingTimeInterval(minute * 60), comment: comment)
    }

    @Test func theEightStepsInOrderCloseTheMatter() throws {
        // given
        let steps = [
            step(.register, .office), step(.approve, .leader), step(.issueNotice, .office), step(.sign, .leadUnit), step(.handle, .coUnit),
            step(.handle, .leadUnit), step(.feedBack, .leadUnit), step(.verify, .inspector), step(.close, .office)
        ]
        // when
        let state = try MatterChain.replay(steps)
        // then
        #expect(state == .closed)
        #expect(MatterAction.chain.map(\.step) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(MatterAction.sendBack.step == nil)
    }

    @Test func aStepOutOfOrderIsRefusedByTheState() {
        // then: the notice cannot go out before the leader's review, nor can a unit feed back before it handled
        #expect(throws: MatterChain.Refusal(from: .registered, action: .issueNotice, reason: .illegalTransition)) {
            try MatterChain.take(.issueNotice, from: .registered, by: .office, comment: "")
        }
        #expect(throws: MatterChain.Refusal(from: .signed, action: .feedBack, reason: .illegalTransition)) {
            try MatterChain.take(.feedBack, from: .signed, by: .leadUnit, comment: "")
        }
        #expect(throws: MatterChain.Refusal(from: nil, action: .approve, reason: .illegalTransition)) {
            try MatterChain.take(.approve, from: nil, by: .leader, comment: "")
        }
    }

    @Test func eachStepBelongsToItsActor() {
        // then: a co-unit cannot sign or feed back for the lead unit; a unit cannot close its own matter
        #expect(throws: MatterChain.Refusal(from: .notified, action: .sign, reason: .notPermitted)) {
            try MatterChain.take(.sign, from: .notified, by: .coUnit, comment: "")
        }
        #expect(throws: MatterChain.Refusal(from: .handling, action: .feedBack, reason: .notPermitted)) {
            try MatterChain.take(.feedBack, from: .handling, by: .coUnit, comment: "")
        }
        #expect(throws: MatterChain.Refusal(from: .verified, action: .close, reason: .notPermitted)) {
            try MatterChain.take(.close, from: .verified, by: .leadUnit, comment: "")
        }
        #expect(throws: MatterChain.Refusal(from: .fedBack, action: .verify, reason: .notPermitted)) {
            try MatterChain.take(.verify, from: .fedBack, by: .leader, comment: "")
        }
    }

    @Test func reviewSendsBackToHandlingOnlyWithAReason() throws {
        // given
        let state = MatterState.fedBack
        // when
        let back = try MatterChain.take(.sendBack, from: state, by: .inspector, comment: "佐证材料不足，未见制度文件")
        // then
        #expect(back == .handling)
        #expect(throws: MatterChain.Refusal(from: .fedBack, action: .sendBack, reason: .commentRequired)) {
            try MatterChain.take(.sendBack, from: state, by: .office, comment: "  \n ")
        }
    }

    @Test func onlyTheOfficeReopensAClosedMatterAndWithAReason() throws {
        // when
        let reopened = try MatterChain.take(.reopen, from: .closed, by: .office, comment: "问题反弹")
        // then
        #expect(reopened == .handling)
        #expect(throws: MatterChain.Refusal(from: .closed, action: .reopen, reason: .notPermitted)) {
            try MatterChain.take(.reopen, from: .closed, by: .leader, comment: "问题反弹")
        }
        #expect(throws: MatterChain.Refusal(from: .closed, action: .reopen, reason: .commentRequired)) {
            try MatterChain.take(.reopen, from: .closed, by: .office, comment: "")
        }
        #expect(throws: MatterChain.Refusal(from: .handling, action: .reopen, reason: .illegalTransition)) {
            try MatterChain.take(.reopen, from: .handling, by: .office, comment: "问题反弹")
        }
    }

    @Test func theOfficeRecordsTheLeadersReviewOnlyByNamingIt() throws {
        // then: the leader approves without a word; the office must say whose decision it records
        #expect(try MatterChain.take(.approve, from: .registered, by: .leader, comment: "") == .approved)
        #expect(try MatterChain.take(.approve, from: .registered, by: .office, comment: "经王副区长同意（呈批件）") == .approved)
        #expect(throws: MatterChain.Refusal(from: .registered, action: .approve, reason: .commentRequired)) {
            try MatterChain.take(.approve, from: .registered, by: .office, comment: "")
        }
    }

    @Test func theLeaderMayDeclineOnlyAtReview() throws {
        // then
        #expect(try MatterChain.take(.cancel, from: .registered, by: .leader, comment: "已纳入专项工作") == .cancelled)
        #expect(throws: MatterChain.Refusal(from: .handling, action: .cancel, reason: .notPermitted)) {
            try MatterChain.take(.cancel, from: .handling, by: .leader, comment: "已纳入专项工作")
        }
        #expect(throws: MatterChain.Refusal(from: .fedBack, action: .cancel, reason: .illegalTransition)) {
            try MatterChain.take(.cancel, from: .fedBack, by: .office, comment: "重复立项")
        }
    }

    @Test func buttonsFollowStateAndActor() {
        // then
        #expect(MatterChain.actions(from: nil, for: .office) == [.register])
        #expect(MatterChain.actions(from: .registered, for: .leader) == [.approve, .cancel])
        #expect(MatterChain.actions(from: .handling, for: .leadUnit) == [.handle, .feedBack])
        #expect(MatterChain.actions(from: .handling, for: .coUnit) == [.handle])
        #expect(MatterChain.actions(from: .fedBack, for: .inspector) == [.verify, .sendBack])
        #expect(MatterChain.actions(from: .cancelled, for: .office).isEmpty)
        #expect(MatterChain.actions(from: .closed, for: .office) == [.reopen])
    }

    @Test func replayStopsAtTheFirstStepThatWasNotAllowed() {
        // given: a history where the co-unit fed back
        let steps = [
            step(.register, .office), step(.approve, .leader), step(.issueNotice, .office), step(.sign, .leadUnit), step(.handle, .leadUnit),
            step(.feedBack, .coUnit)
        ]
        // then
        #expect(throws: MatterChain.Refusal(from: .handling, action: .feedBack, reason: .notPermitted)) { try MatterChain.replay(steps) }
    }

    @Test func aSendBackClearsWhatCameAfterHandlingInTheChainDisplay() {
        // given
        let steps = [
            step(.register, .office, minute: 0), step(.approve, .leader, minute: 1), step(.issueNotice, .office, minute: 2),
            step(.sign, .leadUnit, minute: 3), step(.handle, .leadUnit, minute: 4), step(.feedBack, .leadUnit, minute: 5),
            step(.sendBack, .office, "补充材料", minute: 6), step(.handle, .leadUnit, minute: 7)
        ]
        // when
        let progress = MatterChain.progress(steps)
        // then
        #expect(progress.map(\.action) == MatterAction.chain)
        #expect(progress.map { $0.taken != nil } == [true, true, true, true, true, false, false, false])
        #expect(progress[4].taken?.at == t0.addingTimeInterval(7 * 60))
        #expect(MatterChain.sendBackCount(steps) == 1)
    }

    @Test func openStatesAndWhoTheDeadlinePressesOn() {
        // then
        #expect(MatterState.allCases.filter { !$0.isOpen } == [.closed, .cancelled])
        #expect(MatterState.allCases.filter(\.isWithUnits) == [.notified, .signed, .handling])
    }
}
