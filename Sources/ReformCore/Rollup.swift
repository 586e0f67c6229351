/// Derives a parent item's percent from its children (进度汇总), following the plan's `RollupRule`.
public enum Rollup {
    /// The derived percent, or nil when no child counts (then the parent keeps its own percent).
    public static func derivedPercent(of children: [RollupChild], rule: RollupRule) -> Double? {
        // A suspended (中止) item is no longer part of the plan's progress.
        let counted = children.filter { $0.status != .suspended }
        guard !counted.isEmpty else { return nil }
        // A done item is finished whatever percent was last typed in.
        let percents = counted.map { $0.status == .done ? 100 : clamped($0.percent) }
        switch rule {
        case .mean:
            return mean(percents)
        case .minimum:
            return percents.min()
        case .weighted:
            let weights = counted.map { $0.weight.isFinite ? max(0, $0.weight) : 0 }
            let total = weights.reduce(0, +)
            // A plan switched to weighted before anyone set weights must not show 0 %: use the mean.
            guard total > 0 else { return mean(percents) }
            return zip(weights, percents).map { $0 * $1 }.reduce(0, +) / total
        }
    }

    /// The percent to show and roll further up: derived from children when there are any, else the item's own.
    public static func effectivePercent(own: Double, derived: Double?) -> Double {
        clamped(derived ?? own)
    }

    /// One decimal place, as shown and stored.
    public static func rounded(_ p: Double) -> Double {
        (p * 10).rounded() / 10
    }

    /// Limits a percent to 0…100; a value that is not a number counts as 0.
    public static func clamped(_ p: Double) -> Double {
        p.isNaN ? 0 : min(100, max(0, p))
    }

    private static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }
}
