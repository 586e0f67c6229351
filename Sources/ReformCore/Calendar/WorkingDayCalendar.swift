/// What a day of the official calendar is, where it differs from the week: a public holiday (放假) on a weekday or a
/// weekend, or a weekend day made a working day to make up for a bridge holiday (调休上班, 补班).
public enum CalendarDayKind: String, Codable, Sendable, CaseIterable {
    /// 放假: no work, whatever the weekday.
    case holiday
    /// 调休上班: a Saturday or Sunday worked.
    case workday
}

/// One day of the calendar that is not what its weekday says: the date, its kind and the festival it belongs to.
public struct CalendarDay: Sendable, Equatable, Hashable {
    public var date: LocalDate
    public var kind: CalendarDayKind
    /// `Festival` raw value for the State Council's days, "" for a day an administrator added for another reason.
    public var festival: String

    public init(date: LocalDate, kind: CalendarDayKind, festival: String) {
        self.date = date
        self.kind = kind
        self.festival = festival
    }
}

/// Working days (工作日) as Chinese offices count them: Monday to Friday, less the public holidays, plus the weekend days
/// worked in their place (调休). "Within 30 working days of the decision" is `adding(workingDays: 30, to: decision)`:
/// the day of the decision does not count, the 30th working day after it is the last day.
public struct WorkingDayCalendar: Sendable, Equatable {
    private let holidays: Set<Int>
    private let workdays: Set<Int>

    public init(days: [CalendarDay]) {
        holidays = Set(days.filter { $0.kind == .holiday }.map(\.date.dayNumber))
        workdays = Set(days.filter { $0.kind == .workday }.map(\.date.dayNumber))
    }

    /// The State Council's published years, as shipped (`OfficialHolidays`).
    public static let official = WorkingDayCalendar(days: OfficialHolidays.days)

    /// 1 = Monday … 7 = Sunday.
    public static func weekday(_ date: LocalDate) -> Int {
        // 1970-01-01 was a Thursday.
        let r = (date.dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    public static func isWeekend(_ date: LocalDate) -> Bool { weekday(date) >= 6 }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        let n = date.dayNumber
        if workdays.contains(n) { return true }
        if holidays.contains(n) { return false }
        return !Self.isWeekend(date)
    }

    /// The `n`th working day after `start` (before it when `n` is negative); `start` itself when `n` is 0.
    public func adding(workingDays n: Int, to start: LocalDate) -> LocalDate {
        var day = start
        var left = abs(n)
        let step = n < 0 ? -1 : 1
        while left > 0 {
            day = day.adding(days: step)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The working days after `from` up to and including `to` (negative when `to` is before `from`), so that
    /// `workingDays(from: d, to: adding(workingDays: n, to: d)) == n`.
    public func workingDays(from: LocalDate, to: LocalDate) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
        var count = 0
        var day = from
        while day < to {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }
}
