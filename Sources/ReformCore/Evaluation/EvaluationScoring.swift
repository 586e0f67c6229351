/// The computed result of an evaluation round: each subject's weighted score, its rank and its tier.
///
/// The rule, in order:
/// 1. A criterion's score from a source is the mean of that source's scores for it (several reviewers each give one;
///    self-assessment and the office give one each). Scores run from 0 to 100.
/// 2. A source's score is the weighted mean over the criteria it scored: Σ wᵢ·xᵢ / Σ wᵢ over those criteria. A criterion
///    a source left blank is left out (its weight is shared by the others), not counted as 0; the result says how many
///    scores are missing, so an incomplete result is visible.
/// 3. The total is the weighted mean of the sources that scored anything, with the round's source weights (e.g. self 20,
///    office 30, reviewers 50), renormalised over the sources present. A subject nobody scored has no total and no rank.
/// 4. Ranking: by total, highest first, two decimals deciding (standard competition ranking: equal totals share a rank,
///    the next rank skips: 1, 2, 2, 4). Unranked subjects come last.
/// 5. Tiers: rank ≤ best → best; rank ≤ best + excellent → excellent; a tie at a cut goes into the higher tier, so a tier
///    may hold more than its count only by ties (the page says so).
public enum EvaluationScoring {
    public struct Criterion: Sendable, Equatable {
        public var id: Int
        public var weight: Double
        public init(id: Int, weight: Double) {
            self.id = id
            self.weight = weight
        }
    }

    public struct Score: Sendable, Equatable {
        public var subjectId: Int
        public var criterionId: Int
        public var source: EvaluationSource
        public var value: Double
        public init(subjectId: Int, criterionId: Int, source: EvaluationSource, value: Double) {
            self.subjectId = subjectId
            self.criterionId = criterionId
            self.source = source
            self.value = value
        }
    }

    public struct Result: Sendable, Equatable {
        public var subjectId: Int
        /// Each source's score (nil when the source gave none).
        public var bySource: [EvaluationSource: Double]
        public var total: Double?
        public var rank: Int?
        public var tier: EvaluationTier
        /// Criterion × source cells with no score (reviewers count as one source: a cell is filled when any reviewer scored it).
        public var missing: Int
    }

    /// Checks a round's weights: each from 0 to 100, summing to 100.
    public static func weightsAreValid(_ weights: [Double]) -> Bool {
        !weights.isEmpty && weights.allSatisfy { $0 >= 0 && $0 <= 100 } && abs(weights.reduce(0, +) - 100) < 0.0001
    }

    public static func results(
        subjects: [Int], criteria: [Criterion], scores: [Score], sourceWeights: [EvaluationSource: Double], best: Int, excellent: Int
    ) -> [Result] {
        var cells: [Int: [EvaluationSource: [Int: (sum: Double, n: Int)]]] = [:]
        for s in scores {
            var cell = cells[s.subjectId, default: [:]][s.source, default: [:]][s.criterionId, default: (0, 0)]
            cell.sum += s.value
            cell.n += 1
            cells[s.subjectId, default: [:]][s.source, default: [:]][s.criterionId] = cell
        }
        let weightOf = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, $0.weight) })
        var results: [Result] = subjects.map { id in
            var bySource: [EvaluationSource: Double] = [:]
            var missing = 0
            for source in EvaluationSource.allCases {
                let given = cells[id]?[source] ?? [:]
                var weighted = 0.0
                var weights = 0.0
                for c in criteria {
                    guard let cell = given[c.id], cell.n > 0 else {
                        missing += 1
                        continue
                    }
                    weighted += (weightOf[c.id] ?? 0) * cell.sum / Double(cell.n)
                    weights += weightOf[c.id] ?? 0
                }
                if weights > 0 { bySource[source] = weighted / weights }
            }
            var total: Double?
            var sum = 0.0
            var w = 0.0
            for (source, value) in bySource {
                let sw = sourceWeights[source] ?? 0
                sum += sw * value
                w += sw
            }
            if w > 0 { total = round2(sum / w) }
            return Result(subjectId: id, bySource: bySource.mapValues(round2), total: total, rank: nil, tier: .none, missing: missing)
        }
        let order = results.indices.filter { results[$0].total != nil }.sorted { results[$0].total! > results[$1].total! }
        var previous: Double?
        var rank = 0
        for (position, i) in order.enumerated() {
            if results[i].total != previous { rank = position + 1 }
            previous = results[i].total
            results[i].rank = rank
            results[i].tier = rank <= best ? .best : (rank <= best + excellent ? .excellent : .none)
        }
        return results
    }

    /// Two decimals: what the page shows is what ranks (0.1 + 0.2 and 0.3 tie).
    public static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
