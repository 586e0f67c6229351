import ReformCore
import Testing

struct ScheduleTests {
    private let today = LocalDate(iso: "2024-06-10")!

    private func light(_ status: LifecycleStatus = .inProgress, deadlineIn days: Int?, warnDays: Int = 3) -> ScheduleLight {
        Schedule.light(status: status, originalDeadline: days.map { today.adding(days: $0) }, today: today, warnDays: warnDays)
    }

    @Test func deadlineTodayIsYellow() {
        // when
        let result = light(deadlineIn: 0)
        // then
        #expect(result == .yellow)
    }

    @Test func deadlineYesterdayIsRed() {
        // when
        let result = light(deadlineIn: -1)
        // then
        #expect(result == .red)
    }

    @Test func exactlyWarnDaysAheadIsYellow() {
        // when
        let result = light(deadlineIn: 3, warnDays: 3)
        // then
        #expect(result == .yellow)
    }

    @Test func oneDayMoreThanWarnDaysAheadIsGreen() {
        // when
        let result = light(deadlineIn: 4, warnDays: 3)
        // then
        #expect(result == .green)
    }

    @Test func doneButOverdueIsGreen() {
        // when
        let result = light(.done, deadlineIn: -30)
        // then
        #expect(result == .green)
    }

    @Test func suspendedHasNoLight() {
        // when
        let result = light(.suspended, deadlineIn: -30)
        // then
        #expect(result == ScheduleLight.none)
    }

    @Test(arguments: LifecycleStatus.allCases)
    func noDeadlineHasNoLight(status: LifecycleStatus) {
        // when
        let result = light(status, deadlineIn: nil)
        // then
        #expect(result == ScheduleLight.none)
    }

    @Test func negativeWarnDaysCountAsZero() {
        // when
        let tomorrow = light(deadlineIn: 1, warnDays: -5)
        let dueToday = light(deadlineIn: 0, warnDays: -5)
        // then
        #expect(tomorrow == .green)
        #expect(dueToday == .yellow)
    }

    @Test func zeroWarnDaysOnlyDeadlineDayIsYellow() {
        // when
        let tomorrow = light(deadlineIn: 1, warnDays: 0)
        // then
        #expect(tomorrow == .green)
    }

    @Test func warnFromIsDeadlineMinusWarnDays() {
        // given
        let deadline = LocalDate(iso: "2024-03-01")!
        // when
        let warnFrom = Schedule.warnFrom(deadline: deadline, warnDays: 3)
        let negative = Schedule.warnFrom(deadline: deadline, warnDays: -2)
        // then
        #expect(warnFrom == LocalDate(iso: "2024-02-27"))
        #expect(negative == deadline)
    }

    @Test func daysOverdueCountsPastDeadlineOnly() {
        // when
        let overdue = Schedule.daysOverdue(deadline: today.adding(days: -4), today: today)
        let dueToday = Schedule.daysOverdue(deadline: today, today: today)
        let ahead = Schedule.daysOverdue(deadline: today.adding(days: 9), today: today)
        let none = Schedule.daysOverdue(deadline: nil, today: today)
        // then
        #expect(overdue == 4)
        #expect(dueToday == 0)
        #expect(ahead == 0)
        #expect(none == 0)
    }

    /// The SQL filters, written as the database evaluates them: ISO text compared as text.
    private func sqlLight(status: LifecycleStatus, deadline: LocalDate?, today: LocalDate, warnDays: Int) -> ScheduleLight {
        let open = status != .done && status != .suspended
        guard let deadline else { return .none }
        let deadlineText = deadline.iso, todayText = today.iso
        let warnFromText = Schedule.warnFrom(deadline: deadline, warnDays: warnDays).iso
        if open && deadlineText < todayText { return .red }
        if open && warnFromText <= todayText && todayText <= deadlineText { return .yellow }
        if status == .done || (open && todayText < warnFromText) { return .green }
        return .none
    }

    @Test(arguments: LifecycleStatus.allCases, [-1, 0, 3, 10])
    func lightAgreesWithSQLRules(status: LifecycleStatus, warnDays: Int) {
        // given
        let start = LocalDate(iso: "2023-12-20")!
        let deadlines: [LocalDate?] = [nil] + (0..<30).map { start.adding(days: $0 * 3) }
        for deadline in deadlines {
            for offset in -20...20 {
                let day = (deadline ?? today).adding(days: offset)
                // when
                let fromSwift = Schedule.light(status: status, originalDeadline: deadline, today: day, warnDays: warnDays)
                let fromSQL = sqlLight(status: status, deadline: deadline, today: day, warnDays: warnDays)
                // then
                #expect(fromSwift == fromSQL, "\(status) deadline \(deadline?.iso ?? "nil") today \(day.iso) warn \(warnDays)")
            }
        }
    }
}
