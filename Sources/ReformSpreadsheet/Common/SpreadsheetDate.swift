import Foundation

/// A calendar date and time of day with no time zone, which is what a spreadsheet date is: Excel stores
/// "2025-06-30" as the serial number 45838 wherever it is opened. Keeping it naive avoids the classic bug of
/// a Beijing midnight turning into the previous day in UTC; callers choose a zone only when they need a `Date`.
public struct SpreadsheetDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock date and time of `date` in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        let offset = Double(timeZone.secondsFromGMT(for: date))
        let seconds = Int((date.timeIntervalSince1970 + offset).rounded(.down))
        let days = Self.floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let civil = Self.civil(fromDays: days)
        self.init(
            year: civil.year, month: civil.month, day: civil.day,
            hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60)
    }

    /// Converts an Excel serial number. Returns nil outside Excel's range (before 1900 or after 9999).
    /// In the 1900 system Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug), so serials
    /// below 61 are one day off the plain count; 60 itself is read as 28 February.
    public init?(excelSerial serial: Double, uses1904DateSystem: Bool = false) {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var totalSeconds = Int((serial * 86_400).rounded())
        var wholeDays = totalSeconds / 86_400
        totalSeconds -= wholeDays * 86_400
        if uses1904DateSystem {
            wholeDays += Self.days(fromYear: 1904, month: 1, day: 1)
        } else if wholeDays >= 61 {
            wholeDays += Self.days(fromYear: 1899, month: 12, day: 30)
        } else if wholeDays == 60 {
            wholeDays = Self.days(fromYear: 1900, month: 2, day: 28)
        } else {
            wholeDays += Self.days(fromYear: 1899, month: 12, day: 31)
        }
        let civil = Self.civil(fromDays: wholeDays)
        self.init(
            year: civil.year, month: civil.month, day: civil.day,
            hour: totalSeconds / 3600, minute: totalSeconds % 3600 / 60, second: totalSeconds % 60)
    }

    /// The Excel serial number of this date and time.
    public func excelSerial(uses1904DateSystem: Bool = false) -> Double {
        var days = Self.days(fromYear: year, month: month, day: day)
        if uses1904DateSystem {
            days -= Self.days(fromYear: 1904, month: 1, day: 1)
        } else {
            let plain = days - Self.days(fromYear: 1899, month: 12, day: 31)
            days = plain < 60 ? plain : plain + 1
        }
        let seconds = hour * 3600 + minute * 60 + second
        return Double(days) + Double(seconds) / 86_400
    }

    /// The instant this wall-clock time names in `timeZone`.
    public func date(in timeZone: TimeZone) -> Date {
        let naive = Double(Self.days(fromYear: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second)
        let guess = Date(timeIntervalSince1970: naive)
        let offset = Double(timeZone.secondsFromGMT(for: guess.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: guess)))))
        return Date(timeIntervalSince1970: naive - offset)
    }

    public var hasTime: Bool { hour != 0 || minute != 0 || second != 0 }

    /// "2025-06-30", or "2025-06-30 14:05:00" when there is a time of day.
    public var description: String {
        let date = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        return hasTime ? "\(date) \(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))" : date
    }

    public static func < (lhs: SpreadsheetDate, rhs: SpreadsheetDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    // MARK: - Civil calendar arithmetic (Howard Hinnant's algorithms), fast and free of Calendar's locale state.

    static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
