import Foundation
import ReformCore

extension Timestamp {
    /// Reads back what `now()` writes ("2026-11-21T06:12:00.123Z"); nil for anything else.
    static func date(_ iso: String) -> Date? {
        let chars = Array(iso)
        guard chars.count >= 19, let day = LocalDate(iso: String(chars[0..<10])),
            let h = Int(String(chars[11..<13])), let m = Int(String(chars[14..<16])), let s = Int(String(chars[17..<19]))
        else { return nil }
        var millis = 0.0
        if chars.count >= 23, chars[19] == ".", let ms = Int(String(chars[20..<23])) { millis = Double(ms) / 1000 }
        return Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + Double(h * 3600 + m * 60 + s) + millis)
    }
}

extension Timestamp {
    /// The day a stored timestamp falls on in `timeZone`.
    static func localDate(_ timestamp: String, in timeZone: TimeZone) -> LocalDate? {
        date(timestamp).map { LocalDate.today(now: $0, secondsFromGMT: timeZone.secondsFromGMT(for: $0)) }
    }

    /// The stored timestamp of 00:00 on `day` in `timeZone`, for ranges over stored timestamps: "from this day on"
    /// means from the offices' midnight, not from midnight UTC.
    static func startOf(_ day: LocalDate, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start =
            calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
            ?? Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400)
        return of(start)
    }
}
