/// One reporting period of a plan's schedule: a month ("2026年11月") or a quarter ("2026年第四季度").
/// Stored by its key ("2026-11", "2026-Q4"), which sorts in time order within one kind.
public struct ReportingPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case month, quarter }

    public let kind: Kind
    public let year: Int
    /// 1…12 for a month, 1…4 for a quarter.
    public let index: Int

    public init?(kind: Kind, year: Int, index: Int) {
        guard (1900...9999).contains(year), (1...(kind == .month ? 12 : 4)).contains(index) else { return nil }
        self.kind = kind
        self.year = year
        self.index = index
    }

    /// Reads "2026-11" or "2026-Q4".
    public init?(key: String) {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        if parts[1].hasPrefix("Q"), parts[1].count == 2, let q = Int(parts[1].dropFirst()) {
            self.init(kind: .quarter, year: year, index: q)
        } else if parts[1].count == 2, parts[1].allSatisfy(\.isASCII), let m = Int(parts[1]) {
            self.init(kind: .month, year: year, index: m)
        } else {
            return nil
        }
    }

    public var key: String {
        kind == .month ? "\(year)-" + (index < 10 ? "0\(index)" : "\(index)") : "\(year)-Q\(index)"
    }

    public var description: String { key }

    /// 2026年11月 / 2026年第四季度
    public var chineseLabel: String {
        kind == .month ? "\(year)年\(index)月" : "\(year)年第\(ChineseNumeral.format(index))季度"
    }

    /// Nov 2026 / Q4 2026
    public var englishLabel: String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return kind == .month ? "\(months[index - 1]) \(year)" : "Q\(index) \(year)"
    }

    public var next: ReportingPeriod {
        let last = kind == .month ? 12 : 4
        return index == last ? ReportingPeriod(kind: kind, year: year + 1, index: 1)! : ReportingPeriod(kind: kind, year: year, index: index + 1)!
    }

    /// The period of this kind that contains a date.
    public static func containing(_ date: LocalDate, kind: Kind) -> ReportingPeriod {
        ReportingPeriod(kind: kind, year: date.year, index: kind == .month ? date.month : date.quarter)!
    }

    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.year, lhs.index) < (rhs.year, rhs.index)
    }
}
