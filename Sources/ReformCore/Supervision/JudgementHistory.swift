/// Reading an item's judgements: the one in force, the one for a period, and which way it moved.
public enum JudgementHistory {
    public enum Trend: String, Sendable, Equatable { case better, same, worse }

    /// The judgement of the latest period judged; within a period, the latest made.
    public static func current(_ history: [Judgement]) -> Judgement? {
        history.max { ($0.period, $0.at) < ($1.period, $1.at) }
    }

    /// The judgement in force for `period` (the latest made for it), nil when that period was not judged.
    public static func judgement(for period: ReportingPeriod, in history: [Judgement]) -> Judgement? {
        current(history.filter { $0.period == period })
    }

    /// The current period's judgement against the period judged before it; nil with fewer than two periods.
    public static func trend(_ history: [Judgement]) -> Trend? {
        guard let now = current(history), let before = current(history.filter { $0.period < now.period }) else { return nil }
        if now.rating == before.rating { return .same }
        return now.rating < before.rating ? .better : .worse
    }
}
