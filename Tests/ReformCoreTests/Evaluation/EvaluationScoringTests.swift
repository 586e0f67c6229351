import Testing

@testable import ReformCore

/// The evaluation rule without a database: criteria weighted within a source, sources weighted into the total, missing
/// scores left out and counted, reviewers averaged, ties sharing a rank, tiers by rank.
struct EvaluationScoringTests {
    let criteria = [EvaluationScoring.Criterion(id: 1, weight: 60), EvaluationScoring.Criterion(id: 2, weight: 40)]
    let weights: [EvaluationSource: Double] = [.selfAssessment: 20, .office: 30, .reviewer: 50]

    func s(_ subject: Int, _ criterion: Int, _ source: EvaluationSource, _ value: Double) -> EvaluationScoring.Score {
        .init(subjectId: subject, criterionId: criterion, source: source, value: value)
    }

    @Test func reviewersAreAveragedAndEachSourceIsWeightedByCriteria() {
        // when
        let r = EvaluationScoring.results(
            subjects: [1], criteria: criteria,
            scores: [
                s(1, 1, .selfAssessment, 90), s(1, 2, .selfAssessment, 80), s(1, 1, .office, 80), s(1, 2, .office, 70),
                s(1, 1, .reviewer, 60), s(1, 1, .reviewer, 80), s(1, 2, .reviewer, 60)
            ],
            sourceWeights: weights, best: 1, excellent: 0)
        // then: reviewers 0.6·70 + 0.4·60 = 66; total 0.2·86 + 0.3·76 + 0.5·66 = 73
        #expect(r[0].bySource == [.selfAssessment: 86, .office: 76, .reviewer: 66])
        #expect(r[0].total == 73 && r[0].missing == 0 && r[0].rank == 1 && r[0].tier == .best)
    }

    @Test func aMissingScoreIsLeftOutNotCountedAsZeroAndASubjectNobodyScoredIsUnranked() {
        // when
        let r = EvaluationScoring.results(
            subjects: [1, 2], criteria: criteria, scores: [s(1, 1, .office, 50)], sourceWeights: weights, best: 5, excellent: 5)
        // then
        #expect(r[0].bySource == [.office: 50] && r[0].total == 50 && r[0].missing == 5 && r[0].rank == 1)
        #expect(r[1].total == nil && r[1].rank == nil && r[1].tier == .none && r[1].missing == 6)
    }

    @Test func equalTotalsShareARankTheNextSkipsAndATieAtTheCutGoesUp() {
        // given: totals 90, 80, 80, 70, 60
        let values: [Double] = [90, 80, 80, 70, 60]
        let scores = values.enumerated().flatMap { i, v in [s(i + 1, 1, .office, v), s(i + 1, 2, .office, v)] }
        // when
        let r = EvaluationScoring.results(
            subjects: [1, 2, 3, 4, 5], criteria: criteria, scores: scores, sourceWeights: weights, best: 2, excellent: 2)
        // then
        #expect(r.map(\.rank) == [1, 2, 2, 4, 5])
        #expect(r.map(\.tier) == [.best, .best, .best, .excellent, .none])
    }

    @Test func totalsAreRoundedToTwoDecimalsBeforeRanking() {
        // given: 73.875 and 73.88 are one total
        let r = EvaluationScoring.results(
            subjects: [1, 2], criteria: [.init(id: 1, weight: 100)],
            scores: [s(1, 1, .office, 72), s(1, 1, .reviewer, 75), s(2, 1, .office, 73.88)], sourceWeights: weights, best: 1, excellent: 0)
        #expect(r[0].total == 73.88 && r[1].total == 73.88 && r[0].rank == 1 && r[1].rank == 1)
    }

    @Test func weightsAreValidWhenEachIsAPercentAndTheySumTo100() {
        #expect(EvaluationScoring.weightsAreValid([20, 30, 50]))
        #expect(!EvaluationScoring.weightsAreValid([50, 50, 50]))
        #expect(!EvaluationScoring.weightsAreValid([120, -20]))
        #expect(!EvaluationScoring.weightsAreValid([]))
        #expect(
            EvaluationSource(text: "改革办") == .office && EvaluationSource(text: "自评") == .selfAssessment && EvaluationTier(text: "优秀案例") == .excellent)
    }
}
