import ReformCore
import Testing

struct ReportReviewTests {
    @Test func theWholeChainToAcceptance() throws {
        // given
        var state = ReportState.draft
        // when
        for action in [ReportAction.submit, .approve, .return, .submit, .approve, .requestEvidence, .submit, .approve, .accept] {
            state = try ReportReview.next(state, action)
        }
        // then
        #expect(state == .accepted)
    }

    @Test func acceptedIsFinal() {
        // then
        #expect(ReportReview.actions(from: .accepted).isEmpty)
        #expect(throws: ReportReview.IllegalTransition(from: .accepted, action: .return)) { try ReportReview.next(.accepted, .return) }
    }

    @Test func theOfficeCannotAcceptBeforeTheUnitHeadApproves() {
        // then
        #expect(throws: ReportReview.IllegalTransition(from: .submitted, action: .accept)) { try ReportReview.next(.submitted, .accept) }
        #expect(throws: ReportReview.IllegalTransition(from: .draft, action: .approve)) { try ReportReview.next(.draft, .approve) }
    }

    @Test func actionsOpenFromEachState() {
        // then
        #expect(ReportReview.actions(from: .draft) == [.submit])
        #expect(ReportReview.actions(from: .submitted) == [.approve, .return])
        #expect(ReportReview.actions(from: .unitApproved) == [.accept, .return, .requestEvidence])
        #expect(ReportReview.actions(from: .returned) == [.submit])
        #expect(ReportReview.actions(from: .evidenceRequested) == [.submit])
    }

    @Test func whoTakesEachStep() {
        // then
        #expect(ReportAction.submit.actor(from: .draft) == .filer)
        #expect(ReportAction.approve.actor(from: .submitted) == .unitHead)
        #expect(ReportAction.return.actor(from: .submitted) == .unitHead)
        #expect(ReportAction.return.actor(from: .unitApproved) == .office)
        #expect(ReportAction.accept.actor(from: .unitApproved) == .office)
        #expect(ReportAction.return.requiresComment && ReportAction.requestEvidence.requiresComment && !ReportAction.accept.requiresComment)
    }

    @Test func onlyUnfinishedReportsAreEditable() {
        // then
        #expect(ReportState.allCases.filter(\.isEditable) == [.draft, .returned, .evidenceRequested])
    }
}
