import ReformCore
import Testing

@testable import App

/// The idea's state machine, without a database: every action in every state, and what each needs.
@Suite struct IdeaFlowTests {
    static let today = LocalDate(iso: "2026-11-20")!

    static func context(
        reason: String = "理由", target: Bool = true, tier: String = "一等奖", links: Bool = true, noticeUntil: LocalDate? = nil, scores: Int = 1
    ) -> IdeaFlow.Context {
        .init(reason: reason, hasTarget: target, tier: tier, hasLinks: links, today: today, noticeUntil: noticeUntil, scoreCount: scores)
    }

    @Test func eachActionAppliesOnlyInItsStates() {
        for state in IdeaState.allCases {
            for action in IdeaAction.allCases {
                // when
                let result = IdeaFlow.next(state, action, Self.context())
                // then
                if IdeaFlow.from[action]!.contains(state) {
                    #expect(result == .success(IdeaFlow.to[action]!), "\(action) in \(state)")
                } else {
                    #expect(result == .failure(.notNow), "\(action) in \(state)")
                }
            }
        }
    }

    @Test func thePathFromSubmissionToAdoption() {
        // given
        var state = IdeaState.submitted
        // when
        for action in [IdeaAction.approve, .triage, .shortlist, .award, .adopt] {
            state = (try? IdeaFlow.next(state, action, Self.context(noticeUntil: Self.today.adding(days: -1))).get()) ?? state
        }
        // then
        #expect(state == .adopted)
    }

    @Test func whatEachDecisionNeeds() {
        #expect(IdeaFlow.next(.submitted, .hide, Self.context(reason: "  ")) == .failure(.reasonRequired))
        #expect(IdeaFlow.next(.published, .merge, Self.context(target: false)) == .failure(.targetRequired))
        #expect(IdeaFlow.next(.inReview, .decline, Self.context(reason: "")) == .failure(.reasonRequired))
        #expect(IdeaFlow.next(.inReview, .shortlist, Self.context(scores: 0)) == .failure(.notScored))
        #expect(IdeaFlow.next(.shortlisted, .award, Self.context(tier: "")) == .failure(.tierRequired))
        #expect(IdeaFlow.next(.awarded, .adopt, Self.context(links: false)) == .failure(.linksRequired))
    }

    @Test func noAwardWhileTheNoticeRuns() {
        #expect(IdeaFlow.next(.shortlisted, .award, Self.context(noticeUntil: Self.today)) == .failure(.noticeRunning))
        #expect(IdeaFlow.next(.shortlisted, .award, Self.context(noticeUntil: Self.today.adding(days: -1))) == .success(.awarded))
    }

    @Test func onlyModeratedIdeasArePublic() {
        #expect(IdeaState.allCases.filter { !$0.isPublic } == [.submitted, .hidden, .merged])
    }

    @Test func weightedScores() {
        let criteria = [IdeaCriterion(name: "创新性", weight: 30), IdeaCriterion(name: "可行性", weight: 70)]
        #expect(IdeaCriterion.weighted(["创新性": 100, "可行性": 50], criteria) == 65)
        #expect(IdeaCriterion.weighted([:], criteria) == nil)
        #expect(IdeaTier.parse("一等奖|10000元|1\n\n二等奖|五千元").map(\.count) == [1, 1])
    }

    @Test func theAwardWaitsForEveryObjectionAndNotForADismissedOne() {
        // given: the notice over
        var c = Self.context(noticeUntil: Self.today.adding(days: -1))
        // when / then
        c.openObjections = 1
        #expect(IdeaFlow.next(.shortlisted, .award, c) == .failure(.objectionsOpen))
        c.openObjections = 0
        c.upheldObjections = 1
        #expect(IdeaFlow.next(.shortlisted, .award, c) == .failure(.objectionUpheld))
        #expect(IdeaFlow.next(.shortlisted, .decline, c) == .success(.declined))
        c.upheldObjections = 0
        #expect(IdeaFlow.next(.shortlisted, .award, c) == .success(.awarded))
        // the notice still running comes first
        c.noticeUntil = Self.today
        c.openObjections = 1
        #expect(IdeaFlow.next(.shortlisted, .award, c) == .failure(.noticeRunning))
    }
}
