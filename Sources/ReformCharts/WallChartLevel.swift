/// Which levels of a large plan the wall chart draws.
///
/// At 22 px a row, 2,000 rows are a chart 44,000 px tall (63 A3 sheets): about as much as a person reads on a wall,
/// and the largest plan `reform bench` draws in full. A plan of 100,000 items drawn in full was a 103 MB SVG that took
/// 2.5 s and left the server 313 MiB larger; nobody reads it, they search the ledger. Above the limit the chart
/// shows the levels that fit (fields and tasks, say) as roll-up bars, and a bar opens the part of the plan below it.
public enum WallChartLevel {
    /// The most items a chart draws in full.
    public static let readableItems = 2_000

    /// The deepest depth to draw, given the number of items at each depth of the plan (or of the part shown): nil when
    /// every item fits within `limit`; otherwise the deepest depth whose items, with every level above, stay within it,
    /// and at least `minimum` (the top level, or the level under an expanded item, even when it alone does not fit).
    public static func depth(itemsByDepth: [Int: Int], limit: Int = readableItems, minimum: Int = 0) -> Int? {
        guard itemsByDepth.values.reduce(0, +) > limit, let top = itemsByDepth.keys.min() else { return nil }
        var shown = 0
        var chosen = max(top, minimum)
        for depth in itemsByDepth.keys.sorted() {
            shown += itemsByDepth[depth] ?? 0
            guard shown <= limit else { break }
            chosen = max(chosen, depth)
        }
        return chosen
    }
}
