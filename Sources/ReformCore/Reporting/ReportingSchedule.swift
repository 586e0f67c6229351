/// When a plan's units report (报送时间): monthly by a day of the month, or quarterly by a set date in each
/// quarter (e.g. 3-25, 6-25, 9-25, 12-20). A period's report is due on that day *of the period itself*
/// ("每月25日前报送当月进展"), so the period in force on a date is the first one whose due date has not passed.
public enum ReportingSchedule: Equatable, Sendable {
    /// Due on `day` of each month; a day past the month's end means its last day (31 → 30 November).
    case monthly(day: Int)
    /// One due date per quarter, in quarter order; each must fall in its own quarter.
    case quarterly([MonthDay])

    public struct MonthDay: Equatable, Sendable {
        public let month: Int
        public let day: Int
        public init(month: Int, day: Int) {
            self.month = month
            self.day = day
        }
    }

    public static let standardQuarterly = ReportingSchedule.quarterly([
        MonthDay(month: 3, day: 25), MonthDay(month: 6, day: 25), MonthDay(month: 9, day: 25), MonthDay(month: 12, day: 20)
    ])

    public var periodKind: ReportingPeriod.Kind {
        if case .monthly = self { return .month }
        return .quarter
    }

    /// The day a period's report is due.
    public func dueDate(of period: ReportingPeriod) -> LocalDate {
        switch self {
        case .monthly(let day):
            return LocalDate(year: period.year, month: period.index, day: min(day, LocalDate.daysIn(month: period.index, year: period.year)))!
        case .quarterly(let dates):
            let md = dates[period.index - 1]
            return LocalDate(year: period.year, month: md.month, day: min(md.day, LocalDate.daysIn(month: md.month, year: period.year)))!
        }
    }

    /// The period being reported on a date: the earliest whose due date is that day or later.
    public func period(inForceOn date: LocalDate) -> ReportingPeriod {
        let containing = ReportingPeriod.containing(date, kind: periodKind)
        return dueDate(of: containing) >= date ? containing : containing.next
    }

    /// The periods whose due dates fall in `from…to` (both included), oldest first.
    public func periodsDue(from: LocalDate, to: LocalDate) -> [ReportingPeriod] {
        guard from <= to else { return [] }
        var result: [ReportingPeriod] = []
        var p = period(inForceOn: from)
        while dueDate(of: p) <= to {
            result.append(p)
            p = p.next
        }
        return result
    }

    /// Stored form: "monthly:25" or "quarterly:03-25,06-25,09-25,12-20".
    public var storageText: String {
        switch self {
        case .monthly(let day): return "monthly:\(day)"
        case .quarterly(let dates):
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
            return "quarterly:" + dates.map { two($0.month) + "-" + two($0.day) }.joined(separator: ",")
        }
    }

    public init?(storageText: String) {
        let parts = storageText.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "monthly":
            guard let schedule = try? Self.monthly(dayText: parts[1]) else { return nil }
            self = schedule
        case "quarterly":
            guard let schedule = try? Self.quarterly(datesText: parts[1]) else { return nil }
            self = schedule
        default:
            return nil
        }
    }

    /// A monthly schedule from a form's day ("25"); the issue names the field `reportDay`.
    public static func monthly(dayText: String) throws(ValidationIssue) -> ReportingSchedule {
        guard let day = Int(dayText.trimmingCharacters(in: .whitespaces)) else { throw ValidationIssue(field: "reportDay", code: .invalidNumber) }
        guard (1...31).contains(day) else { throw ValidationIssue(field: "reportDay", code: .outOfRange, limit: 31) }
        return .monthly(day: day)
    }

    /// A quarterly schedule from "3-25,6-25,9-25,12-20" (full-width commas and 、 accepted); one date in each quarter.
    public static func quarterly(datesText: String) throws(ValidationIssue) -> ReportingSchedule {
        let pieces = datesText.split(whereSeparator: { ",，、 ".contains($0) })
        var dates: [MonthDay] = []
        for piece in pieces {
            let md = piece.split(separator: "-")
            guard md.count == 2, let m = Int(md[0]), let d = Int(md[1]), (1...12).contains(m),
                (1...LocalDate.daysIn(month: m, year: 2000)).contains(d)
            else {
                throw ValidationIssue(field: "reportDates", code: .invalidDate)
            }
            dates.append(MonthDay(month: m, day: d))
        }
        // One per quarter, in order: the i-th date must lie in quarter i.
        guard dates.count == 4, dates.enumerated().allSatisfy({ (i, md) in (md.month - 1) / 3 == i }) else {
            throw ValidationIssue(field: "reportDates", code: .invalidChoice)
        }
        return .quarterly(dates)
    }
}
