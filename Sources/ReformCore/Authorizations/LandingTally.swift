/// One dated change of an item's landing status, as the history keeps it.
public struct LandingChange: Sendable, Equatable {
    public var itemId: Int
    public var status: LandingStatus
    public var effectiveOn: LocalDate
    /// The change's id: of two changes on one day, the later recorded wins.
    public var sequence: Int

    public init(itemId: Int, status: LandingStatus, effectiveOn: LocalDate, sequence: Int) {
        self.itemId = itemId
        self.status = status
        self.effectiveOn = effectiveOn
        self.sequence = sequence
    }
}

/// "X of N formally landed, Y progressing" and the number at each status.
public struct LandingCount: Sendable, Equatable {
    public var total = 0
    public var byStatus: [LandingStatus: Int] = [:]

    public init() {}

    public var landed: Int { byStatus[.landed] ?? 0 }
    public var progressing: Int { byStatus.filter { $0.key.isProgressing }.reduce(0) { $0 + $1.value } }
    public var notLanded: Int { byStatus[.notLanded] ?? 0 }

    public mutating func add(_ status: LandingStatus) {
        total += 1
        byStatus[status, default: 0] += 1
    }
}

/// The register's counts as of a day, from the status history alone: an item counts from its first change (its entry in
/// the register) on, at the status of its last change on or before that day.
public enum LandingTally {
    /// Each item's status at the end of `day`; items not yet entered by then are absent.
    public static func statuses(_ changes: [LandingChange], asOf day: LocalDate) -> [Int: LandingStatus] {
        var latest: [Int: LandingChange] = [:]
        for c in changes where c.effectiveOn <= day {
            if let known = latest[c.itemId], (known.effectiveOn, known.sequence) > (c.effectiveOn, c.sequence) { continue }
            latest[c.itemId] = c
        }
        return latest.mapValues(\.status)
    }

    /// The counts as of `day`, over every item and grouped by `key` (an item's batch or area).
    public static func count<Key: Hashable>(
        _ changes: [LandingChange], asOf day: LocalDate, key: (Int) -> Key?
    ) -> (all: LandingCount, groups: [Key: LandingCount]) {
        var all = LandingCount()
        var groups: [Key: LandingCount] = [:]
        for (item, status) in statuses(changes, asOf: day) {
            all.add(status)
            if let k = key(item) { groups[k, default: LandingCount()].add(status) }
        }
        return (all, groups)
    }

    /// The counts at the end of each day given (a chart's points).
    public static func series(_ changes: [LandingChange], at days: [LocalDate]) -> [LandingCount] {
        days.map { day in count(changes, asOf: day, key: { _ -> Int? in nil }).all }
    }

    /// The last day of each month from `from`'s month to `to`'s, with `to` itself as the last point.
    public static func monthEnds(from: LocalDate, to: LocalDate) -> [LocalDate] {
        guard from <= to else { return [to] }
        var days: [LocalDate] = []
        var year = from.year, month = from.month
        while true {
            let end = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
            if end >= to { break }
            days.append(end)
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        days.append(to)
        return days
    }
}
