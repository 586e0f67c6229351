import Foundation
import Testing

@testable import ReformSpreadsheet

@Suite("Excel serial dates")
struct SpreadsheetDateTests {
    @Test("serial numbers convert both ways in the 1900 system, around the phantom 29 February 1900")
    func serials1900() throws {
        // given: serials as Excel shows them
        let samples: [(Double, String)] = [
            (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"),
            (45838, "2025-06-30"), (45900.5, "2025-08-31 12:00:00"), (2_958_465, "9999-12-31")
        ]
        for (serial, text) in samples {
            // when
            let date = try #require(SpreadsheetDate(excelSerial: serial))
            // then
            #expect(date.description == text)
            #expect(date.excelSerial() == serial)
        }
        #expect(SpreadsheetDate(excelSerial: -1) == nil)
        #expect(SpreadsheetDate(excelSerial: .nan) == nil)
        #expect(SpreadsheetDate(excelSerial: 3_000_000) == nil)
    }

    @Test("the 1904 system counts from 1 January 1904")
    func serials1904() throws {
        let date = try #require(SpreadsheetDate(excelSerial: 0, uses1904DateSystem: true))
        #expect(date.description == "1904-01-01")
        let serial = SpreadsheetDate(year: 2025, month: 6, day: 30).excelSerial(uses1904DateSystem: true)
        let expected: Double = 44_376
        #expect(serial == expected)
    }

    @Test("a fraction of a second off a whole minute is rounded, not truncated")
    func rounding() throws {
        // given: 14:05 written by a tool with floating point noise
        let secondsIntoDay: Double = 14 * 3600 + 5 * 60
        let serial: Double = 45_838 + secondsIntoDay / 86_400 - 1e-9
        // when
        let date = try #require(SpreadsheetDate(excelSerial: serial))
        // then
        #expect(date.description == "2025-06-30 14:05:00")
    }

    @Test("a Beijing midnight stays on its day")
    func timeZones() throws {
        // given
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let day = SpreadsheetDate(year: 2025, month: 6, day: 30)
        // when
        let instant = day.date(in: shanghai)
        let back = SpreadsheetDate(instant, in: shanghai)
        let inUTC = SpreadsheetDate(instant, in: TimeZone(secondsFromGMT: 0)!)
        // then
        #expect(back == day)
        #expect(inUTC.description == "2025-06-29 16:00:00")
    }
}
