import ReformCore
import Testing

struct ReportingScheduleTests {
    private func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func monthlyPeriodBeforeTheDueDayIsThisMonth() {
        // given
        let schedule = ReportingSchedule.monthly(day: 25)
        // when
        let p = schedule.period(inForceOn: d("2026-11-25"))
        // then
        #expect(p.key == "2026-11")
        #expect(p.chineseLabel == "2026年11月")
        #expect(schedule.dueDate(of: p) == d("2026-11-25"))
    }

    @Test func monthlyPeriodAfterTheDueDayIsNextMonthAcrossTheYear() {
        // given
        let schedule = ReportingSchedule.monthly(day: 25)
        // when
        let p = schedule.period(inForceOn: d("2026-12-26"))
        // then
        #expect(p.key == "2027-01")
        #expect(schedule.dueDate(of: p) == d("2027-01-25"))
    }

    @Test func monthlyDayPastTheMonthEndIsItsLastDay() {
        // given
        let schedule = ReportingSchedule.monthly(day: 31)
        // when
        let feb = schedule.dueDate(of: ReportingPeriod(key: "2028-02")!)
        let nov = schedule.dueDate(of: ReportingPeriod(key: "2026-11")!)
        // then
        #expect(feb == d("2028-02-29"))
        #expect(nov == d("2026-11-30"))
    }

    @Test func quarterlyBySetDates() {
        // given
        let schedule = ReportingSchedule.standardQuarterly
        // when
        let inForce = schedule.period(inForceOn: d("2026-09-26"))
        // then
        #expect(inForce.key == "2026-Q4")
        #expect(inForce.chineseLabel == "2026年第四季度")
        #expect(schedule.dueDate(of: inForce) == d("2026-12-20"))
        #expect(schedule.period(inForceOn: d("2026-12-21")).key == "2027-Q1")
    }

    @Test func periodsDueBetweenTwoDatesIncludeBothEnds() {
        // given
        let schedule = ReportingSchedule.monthly(day: 25)
        // when
        let due = schedule.periodsDue(from: d("2026-08-25"), to: d("2026-11-25"))
        // then
        #expect(due.map(\.key) == ["2026-08", "2026-09", "2026-10", "2026-11"])
        #expect(schedule.periodsDue(from: d("2026-08-26"), to: d("2026-09-24")).isEmpty)
    }

    @Test func quarterlyPeriodsDueOverAYear() {
        // given
        let schedule = ReportingSchedule.standardQuarterly
        // when
        let due = schedule.periodsDue(from: d("2026-01-01"), to: d("2026-12-31"))
        // then
        #expect(due.map(\.key) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
    }

    @Test func storageTextRoundTrips() {
        // given
        let schedules: [ReportingSchedule] = [.monthly(day: 28), .standardQuarterly]
        // when
        let read = schedules.map { ReportingSchedule(storageText: $0.storageText) }
        // then
        #expect(read == schedules)
        #expect(ReportingSchedule.standardQuarterly.storageText == "quarterly:03-25,06-25,09-25,12-20")
    }

    @Test func quarterlyDatesMustBeOnePerQuarterInOrder() {
        // when / then
        #expect(throws: ValidationIssue(field: "reportDates", code: .invalidChoice)) {
            try ReportingSchedule.quarterly(datesText: "3-25,2-25,9-25,12-20")
        }
        #expect(throws: ValidationIssue(field: "reportDates", code: .invalidDate)) {
            try ReportingSchedule.quarterly(datesText: "3-25,6-31,9-25,12-20")
        }
        #expect((try? ReportingSchedule.quarterly(datesText: "3-25，6-25、9-25,12-20")) == .standardQuarterly)
    }

    @Test func monthlyDayOutOfRangeNamesTheField() {
        // when / then
        #expect(throws: ValidationIssue(field: "reportDay", code: .outOfRange, limit: 31)) { try ReportingSchedule.monthly(dayText: "32") }
        #expect(throws: ValidationIssue(field: "reportDay", code: .invalidNumber)) { try ReportingSchedule.monthly(dayText: "x") }
    }

    @Test func periodKeysParseStrictly() {
        // when / then
        #expect(ReportingPeriod(key: "2026-Q4")?.index == 4)
        #expect(ReportingPeriod(key: "2026-13") == nil)
        #expect(ReportingPeriod(key: "2026-Q5") == nil)
        #expect(ReportingPeriod(key: "26-11") == nil)
        #expect(ReportingPeriod(key: "2026-11")!.englishLabel == "Nov 2026")
    }
}
