/// The "outdated" rule (逾期未报): every responsible unit owes one report per period of the plan's schedule,
/// starting with the period in force when the task was assigned to it. The date the next one is due is
/// kept; a report filed for that period (or a later one) moves it on. Once that date has passed, the item
/// is outdated until the report is filed.
public enum ReportingDue {
    /// When the first report is due for a task assigned on `assignedOn`.
    public static func firstDue(schedule: ReportingSchedule, assignedOn: LocalDate) -> LocalDate {
        schedule.dueDate(of: schedule.period(inForceOn: assignedOn))
    }

    /// The next due date after a report for `filed` is filed, given the one owed before (`owed`): filing an
    /// older period than the one owed changes nothing; filing the owed one or a later one moves on past it.
    public static func afterFiling(_ filed: ReportingPeriod, owed: LocalDate?, schedule: ReportingSchedule) -> LocalDate {
        guard let owed, schedule.dueDate(of: filed) < owed else { return schedule.dueDate(of: filed.next) }
        return owed
    }

    /// Outdated on `today`: the report owed was due before today (the due date itself is still on time).
    public static func isOutdated(nextDue: LocalDate?, today: LocalDate) -> Bool {
        guard let nextDue else { return false }
        return nextDue < today
    }

    /// The periods owed and not filed on `today`: due from `owed` up to today.
    public static func periodsOwed(owed: LocalDate?, today: LocalDate, schedule: ReportingSchedule) -> [ReportingPeriod] {
        guard let owed else { return [] }
        let due = schedule.periodsDue(from: owed, to: today)
        // The period in force (not yet due) is owed too, so the inbox shows it before the day.
        let current = schedule.period(inForceOn: max(owed, today))
        return due.contains(current) ? due : due + [current]
    }

    /// Assigned (交办) and not signed for (签收) within `days` days.
    public static func isSigningLate(assignedOn: LocalDate, signed: Bool, today: LocalDate, days: Int) -> Bool {
        !signed && assignedOn.days(until: today) > days
    }
}
