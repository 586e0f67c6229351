import Foundation

/// What was counted for one unit as of the ranking's date, before weighing.
public struct RankingFacts: Sendable, Equatable {
    public var unitId: Int
    public var unitName: String
    /// Reports due (their due date passed) and, of those, first submitted by the due date.
    public var reportsDue: Int
    public var reportsOnTime: Int
    /// The counted components (every one but the on-time rate); a missing one is 0.
    public var counts: [RankingComponent: Int]

    public init(unitId: Int, unitName: String, reportsDue: Int, reportsOnTime: Int, counts: [RankingComponent: Int]) {
        self.unitId = unitId
        self.unitName = unitName
        self.reportsDue = reportsDue
        self.reportsOnTime = reportsOnTime
        self.counts = counts
    }

    /// On-time reports in percent of those due, to one decimal; nil when none was due yet.
    public var onTimeRate: Double? { reportsDue == 0 ? nil : (Double(min(reportsOnTime, reportsDue)) * 1000 / Double(reportsDue)).rounded() / 10 }

    /// The component's raw value: the rate in percent (100 when nothing was due: nothing was late), else the count.
    public func raw(_ c: RankingComponent) -> Double { c.isRate ? onTimeRate ?? 100 : Double(counts[c] ?? 0) }
}

/// One unit's place: its points per component, total and rank.
public struct RankedUnit: Sendable, Equatable {
    public var facts: RankingFacts
    /// Points per component in hundredths (exact, so equal totals compare equal).
    public var pointHundredths: [RankingComponent: Int]
    public var totalHundredths: Int
    /// 1-based; units with the same total share the rank (1, 1, 3), `tied` says so.
    public var rank: Int
    public var tied: Bool

    public func points(_ c: RankingComponent) -> Double { Double(pointHundredths[c] ?? 0) / 100 }
    public var total: Double { Double(totalHundredths) / 100 }
}

/// The score: 得分 = Σ sign × raw × weight (the rate as a fraction of 100%), each component rounded to 0.01 points.
/// Order: the higher total first; equal totals share a rank and are listed by unit id, so the order never depends on
/// how the database returned the rows.
public enum RankingScore {
    public static func hundredths(_ c: RankingComponent, raw: Double, weight: Double) -> Int {
        let scaled = c.isRate ? raw * weight : raw * weight * 100
        return c.sign * Int(scaled.rounded())
    }

    public static func rank(_ facts: [RankingFacts], weights: RankingWeights) -> [RankedUnit] {
        var lines = facts.map { f -> RankedUnit in
            var points: [RankingComponent: Int] = [:]
            for c in RankingComponent.allCases { points[c] = hundredths(c, raw: f.raw(c), weight: weights[c]) }
            return RankedUnit(facts: f, pointHundredths: points, totalHundredths: points.values.reduce(0, +), rank: 0, tied: false)
        }
        lines.sort { a, b in
            a.totalHundredths != b.totalHundredths ? a.totalHundredths > b.totalHundredths : a.facts.unitId < b.facts.unitId
        }
        for i in lines.indices {
            if i > 0, lines[i].totalHundredths == lines[i - 1].totalHundredths {
                lines[i].rank = lines[i - 1].rank
                lines[i].tied = true
                lines[i - 1].tied = true
            } else {
                lines[i].rank = i + 1
            }
        }
        return lines
    }

    /// The formula in words and numbers, e.g. "得分 = 按时报送率 × 40 + 按期销号整改数 × 1 − 逾期事项数 × 2 − …": benefits
    /// first, then penalties, each in `RankingComponent` order; a component weighted 0 is left out.
    public static func formula(_ weights: RankingWeights, scoreName: String, name: (RankingComponent) -> String) -> String {
        let used = RankingComponent.allCases.filter { weights[$0] > 0 }
        let terms = used.filter { $0.sign > 0 } + used.filter { $0.sign < 0 }
        guard !terms.isEmpty else { return scoreName + " = 0" }
        var text = scoreName + " ="
        for (i, c) in terms.enumerated() {
            let op = c.sign > 0 ? (i == 0 ? "" : " +") : " −"
            text += op + " " + name(c) + " × " + RankingWeights.text(weights[c])
        }
        return text
    }
}
