import ReformCore
import Testing

/// Working days on the State Council's calendar: 调休 Saturdays and Sundays count, holidays do not, across festivals and
/// year ends; and the shipped years hold together.
struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar.official
    func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

    @Test func thirtyWorkingDaysFromJustBeforeTheSpringFestivalSkipItsNineDaysAndCountBothMakeUpSaturdays() {
        // given 2026: 春节 15–23 February off, Saturdays 14 and 28 February worked
        let start = d("2026-02-12")
        // when
        let due = calendar.adding(workingDays: 30, to: start)
        // then: on a plain Monday-to-Friday count it would be 26 March
        #expect(due == d("2026-04-01"))
        #expect(calendar.workingDays(from: start, to: due) == 30)
        #expect(WorkingDayCalendar(days: []).adding(workingDays: 30, to: start) == d("2026-03-26"))
    }

    @Test func thirtyWorkingDaysFromJustBeforeNationalDayCountTheMakeUpSundayAndSaturday() {
        // given 2025: 国庆中秋 1–8 October off, Sunday 28 September and Saturday 11 October worked
        let start = d("2025-09-26")
        // when
        let due = calendar.adding(workingDays: 30, to: start)
        // then
        #expect(due == d("2025-11-13"))
        #expect(calendar.isWorkingDay(d("2025-09-28")) && calendar.isWorkingDay(d("2025-10-11")))
        #expect(!calendar.isWorkingDay(d("2025-10-08")))
    }

    @Test func aCountAcrossTheYearEndSkipsNewYearsDayAndCountsTheSundayWorked() {
        // given 2026: 元旦 1–3 January off, Sunday 4 January worked
        let start = d("2025-12-29")
        // when
        let due = calendar.adding(workingDays: 5, to: start)
        // then
        #expect(due == d("2026-01-06"))
        #expect(calendar.workingDays(from: start, to: d("2026-01-06")) == 5)
        #expect(calendar.adding(workingDays: -3, to: d("2026-01-05")) == d("2025-12-30"))
        #expect(calendar.workingDays(from: d("2026-01-06"), to: start) == -5)
        // 2023's New Year holiday began on Saturday 31 December 2022.
        #expect(!calendar.isWorkingDay(d("2023-01-02")))
        #expect(calendar.adding(workingDays: 1, to: d("2022-12-30")) == d("2023-01-03"))
    }

    @Test func zeroWorkingDaysIsTheDayItselfAndAWeekendMakeUpDayIsAWorkingDay() {
        #expect(calendar.adding(workingDays: 0, to: d("2026-02-15")) == d("2026-02-15"))
        #expect(calendar.isWorkingDay(d("2024-02-18")))  // a Sunday worked after the 2024 Spring Festival
        #expect(!calendar.isWorkingDay(d("2026-11-21")))  // an ordinary Saturday
        #expect(WorkingDayCalendar.weekday(d("2026-11-20")) == 5)
        #expect(WorkingDayCalendar.weekday(d("1970-01-01")) == 4)
    }

    @Test func countingForwardThenBackMeetsAgainOnEveryDayOfTheShippedYears() {
        // given every start day from 2020 to 2026
        var day = d("2020-01-01")
        while day <= d("2026-12-31") {
            // when
            let due = calendar.adding(workingDays: 30, to: day)
            // then
            #expect(calendar.workingDays(from: day, to: due) == 30)
            #expect(calendar.isWorkingDay(due))
            day = day.adding(days: 11)
        }
    }

    @Test func theShippedYearsHoldTogether() {
        // Every make-up working day is a Saturday or a Sunday, every festival has a weekday off, and no day is both.
        let days = OfficialHolidays.days
        for w in days where w.kind == .workday { #expect(WorkingDayCalendar.isWeekend(w.date), "\(w.date) is not a weekend day") }
        for f in Festival.allCases where f != .midAutumnNationalDay && f != .midAutumn && f != .nationalDay {
            for year in OfficialHolidays.years {
                let off = days.filter { $0.kind == .holiday && $0.festival == f.rawValue && $0.date.year == year }
                #expect(off.contains { !WorkingDayCalendar.isWeekend($0.date) }, "\(f) \(year) has no weekday off")
            }
        }
        #expect(Set(days.map(\.date)).count == days.count)
        #expect(Set(days.map(\.date.year)).isSuperset(of: Set(OfficialHolidays.years)))
        // 2026 has the 9-day Spring Festival (15–23 February).
        #expect(days.filter { $0.festival == Festival.springFestival.rawValue && $0.kind == .holiday && $0.date.year == 2026 }.count == 9)
    }
}
