import ReformCore
import Testing

/// The score, the shared ranks of equal scores, the formula's text and the weights' form reading.
struct RankingScoreTests {
    static func facts(_ id: Int, due: Int, onTime: Int, _ counts: [RankingComponent: Int] = [:]) -> RankingFacts {
        RankingFacts(unitId: id, unitName: "单位\(id)", reportsDue: due, reportsOnTime: onTime, counts: counts)
    }

    @Test func equalScoresShareTheRankAndAreListedByUnitIdWhateverTheInputOrder() {
        // given: unit 9 and unit 4 both score 40 − 2 = 38 (one 100% with an overdue item, one 100% with a finding);
        // unit 7 scores 20 (50%); unit 2 has nothing due (counted as 100%) and a commendation: 45
        let input = [
            Self.facts(9, due: 2, onTime: 2, [.overdueItems: 1]), Self.facts(7, due: 2, onTime: 1), Self.facts(4, due: 1, onTime: 1, [.findings: 1]),
            Self.facts(2, due: 0, onTime: 0, [.commendations: 1])
        ]
        // when
        let ranked = RankingScore.rank(input, weights: .defaults)
        let reversed = RankingScore.rank(input.reversed(), weights: .defaults)
        // then
        #expect(ranked.map(\.facts.unitId) == [2, 4, 9, 7])
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(ranked.map(\.tied) == [false, true, true, false])
        #expect(ranked.map(\.total) == [45, 38, 38, 20])
        #expect(reversed == ranked)
        #expect(ranked[2].points(.overdueItems) == -2 && ranked[2].points(.onTimeRate) == 40)
    }

    @Test func pointsAreRoundedPerComponentToHundredths() {
        // given: 2 of 3 reports on time is 66.7%; at 40 points that is 26.68
        let ranked = RankingScore.rank([Self.facts(1, due: 3, onTime: 2)], weights: .defaults)
        // then
        #expect(ranked[0].facts.onTimeRate == 66.7 && ranked[0].totalHundredths == 2668)
    }

    @Test func theFormulaNamesBenefitsThenPenaltiesAndLeavesOutZeroWeights() {
        // given
        var w = RankingWeights.defaults
        w.findings = 0
        w.onTimeRate = 37.5
        // when
        let text = RankingScore.formula(w, scoreName: "S") { $0.rawValue }
        // then
        #expect(
            text
                == "S = on_time_rate × 37.5 + rectifications_on_time × 1 + commendations × 5 − overdue_items × 2 − review_returns × 1 − rectifications_overdue × 2 − matters_overdue × 3 − accountability × 5"
        )
    }

    @Test func weightsAreReadFromTheFormWithTwoDecimalsAtMost() {
        // given
        var texts = Dictionary(uniqueKeysWithValues: RankingComponent.allCases.map { ($0, "1") })
        texts[.onTimeRate] = " 45.25 "
        let good = RankingWeights.parse(texts)
        texts[.findings] = "1.005"
        texts[.commendations] = "-1"
        texts[.accountability] = ""
        let bad = RankingWeights.parse(texts)
        // then
        #expect(good.weights?.onTimeRate == 45.25 && good.issues.isEmpty)
        #expect(bad.weights == nil)
        #expect(bad.issues.map(\.field) == ["findings", "commendations", "accountability"])
        #expect(bad.issues.map(\.code) == [.outOfRange, .invalidNumber, .required])
        #expect(RankingWeights.text(45.25) == "45.25" && RankingWeights.text(2.5) == "2.5" && RankingWeights.text(40) == "40")
    }
}
