import Foundation
import ReformCore
import Testing

struct JudgementTests {
    private let oct = ReportingPeriod(key: "2026-10")!, nov = ReportingPeriod(key: "2026-11")!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    private func judged(_ period: ReportingPeriod, _ rating: JudgementRating, minute: Double = 0) -> Judgement {
        Judgement(period: period, rating: rating, reason: "理由", by: "张三", at: t0.addingTimeInterval(minute * 60))
    }

    @Test func theLatestPeriodAndWithinItTheLatestJudgementIsInForce() {
        // given: November judged twice, October judged after November was
        let history = [judged(nov, .amberGreen, minute: 1), judged(nov, .amberRed, minute: 2), judged(oct, .green, minute: 3)]
        // then
        #expect(JudgementHistory.current(history)?.rating == .amberRed)
        #expect(JudgementHistory.judgement(for: oct, in: history)?.rating == .green)
        #expect(JudgementHistory.judgement(for: ReportingPeriod(key: "2026-09")!, in: history) == nil)
        #expect(JudgementHistory.trend(history) == .worse)
    }

    @Test func trendNeedsTwoPeriods() {
        // then
        #expect(JudgementHistory.trend([judged(nov, .red), judged(nov, .green, minute: 1)]) == nil)
        #expect(JudgementHistory.trend([judged(oct, .red), judged(nov, .amberRed)]) == .better)
        #expect(JudgementHistory.trend([judged(oct, .red), judged(nov, .red)]) == .same)
    }

    @Test func aRatingOnTheScaleWithAOneLineReason() {
        // then
        #expect(Judgement.validate(period: "2026-11", rating: "amber_red", reason: "用地未落实").isEmpty)
        #expect(Judgement.validate(period: "2026-11", rating: "amber", reason: "x") == [ValidationIssue(field: "rating", code: .invalidChoice)])
        #expect(Judgement.validate(period: "2026-11", rating: "red", reason: "一\n二") == [ValidationIssue(field: "reason", code: .invalidChoice)])
        #expect(Judgement.validate(period: "11月", rating: "red", reason: "").map(\.field) == ["period", "reason"])
        #expect(JudgementRating.allCases.sorted() == [.green, .amberGreen, .amberRed, .red])
        #expect(JudgementRating.allCases.filter(\.raisesMatter) == [.red])
    }
}
