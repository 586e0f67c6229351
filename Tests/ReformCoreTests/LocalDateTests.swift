import Foundation
import ReformCore
import Testing

struct LocalDateTests {
    @Test func dayNumberRoundTripsEveryDayFrom1900To2100() throws {
        // given
        let first = try #require(LocalDate(iso: "1900-01-01"))
        let last = try #require(LocalDate(iso: "2100-12-31"))
        var expected = first
        for number in first.dayNumber...last.dayNumber {
            // when
            let date = LocalDate(dayNumber: number)
            // then
            #expect(date == expected)
            #expect(date.dayNumber == number)
            #expect(LocalDate(iso: date.iso) == date)
            expected = Self.nextDay(after: expected)
        }
    }

    /// Counts forward by the calendar rather than by day number, so the test does not check the code with itself.
    private static func nextDay(after date: LocalDate) -> LocalDate {
        if let next = LocalDate(year: date.year, month: date.month, day: date.day + 1) { return next }
        if let next = LocalDate(year: date.year, month: date.month + 1, day: 1) { return next }
        return LocalDate(year: date.year + 1, month: 1, day: 1)!
    }

    @Test func epochIsDayZero() {
        // when
        let epoch = LocalDate(dayNumber: 0)
        // then
        #expect(epoch.iso == "1970-01-01")
    }

    @Test(arguments: [(2000, true), (2024, true), (1900, false), (2100, false), (2023, false)])
    func leapYears(year: Int, leap: Bool) {
        // when
        let february29 = LocalDate(year: year, month: 2, day: 29)
        // then
        #expect(LocalDate.isLeap(year) == leap)
        #expect((february29 != nil) == leap)
    }

    @Test(arguments: [
        "2022-02-30", "2022-2-3", "2022-02-3", "22-02-03", "2022-13-01", "2022-00-10", "2022-04-31",
        "2023-02-29", "2022/02/03", "2022-02-03T00:00", "", "2022-+1-03", "+022-01-03", "２０２２-02-03"
    ])
    func rejectsInvalidISO(text: String) {
        // when
        let date = LocalDate(iso: text)
        // then
        #expect(date == nil)
    }

    @Test func acceptsLeapDayAndFormatsChinese() throws {
        // when
        let date = try #require(LocalDate(iso: "2024-02-29"))
        // then
        #expect(date.chinese == "2024年2月29日")
        #expect(date.quarter == 1)
    }

    @Test func addingAndCountingDaysCrossYearEnd() throws {
        // given
        let date = try #require(LocalDate(iso: "2023-12-30"))
        // when
        let later = date.adding(days: 3)
        // then
        #expect(later.iso == "2024-01-02")
        #expect(date.days(until: later) == 3)
        #expect(later.days(until: date) == -3)
    }

    @Test func todayIsInChinaStandardTime() {
        // given 2024-06-09 16:30 UTC is 2024-06-10 00:30 in Beijing
        let instant = Date(timeIntervalSince1970: 1_717_950_600)
        // when
        let today = LocalDate.today(now: instant)
        // then
        #expect(today.iso == "2024-06-10")
    }

    @Test func decodingRejectsNonISOText() {
        // given
        let json = Data(#"["2024-6-1"]"#.utf8)
        // when
        let result = Result { try JSONDecoder().decode([LocalDate].self, from: json) }
        // then
        #expect(throws: DecodingError.self) { try result.get() }
    }
}
