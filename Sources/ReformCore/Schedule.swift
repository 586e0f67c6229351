/// The schedule light (进度灯) of an item, always against its ORIGINAL deadline, so a granted delay
/// does not turn an overdue item green.
///
/// The database stores `warnFrom(deadline:warnDays:)` so SQL can filter by light with the same rules:
/// red ⇔ status ∉ {done, suspended} ∧ deadline < today;
/// yellow ⇔ status ∉ {done, suspended} ∧ warnFrom ≤ today ≤ deadline;
/// green ⇔ (status = done ∧ deadline ≠ nil) ∨ (status ∉ {done, suspended} ∧ today < warnFrom);
/// none otherwise.
public enum Schedule {
    /// Days before the deadline that an item turns yellow (临期), unless the plan sets its own.
    public static let defaultWarnDays = 3

    public static func light(status: LifecycleStatus, originalDeadline: LocalDate?, today: LocalDate, warnDays: Int) -> ScheduleLight {
        guard status != .suspended, let deadline = originalDeadline else { return .none }
        if status == .done { return .green }
        if today > deadline { return .red }
        return today >= warnFrom(deadline: deadline, warnDays: warnDays) ? .yellow : .green
    }

    /// The first yellow day; a negative `warnDays` counts as 0, so only the deadline itself is yellow.
    public static func warnFrom(deadline: LocalDate, warnDays: Int) -> LocalDate {
        deadline.adding(days: -max(0, warnDays))
    }

    /// Whole days past the deadline; 0 on or before it, or without one.
    public static func daysOverdue(deadline: LocalDate?, today: LocalDate) -> Int {
        guard let deadline else { return 0 }
        return max(0, deadline.days(until: today))
    }
}
