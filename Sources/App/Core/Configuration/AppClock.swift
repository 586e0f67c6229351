import Foundation
import ReformCore

/// The server's clock and time zone. Every "now" and "today" in the app comes from here, never from `Date()`,
/// so tests fix the moment and a suite gives the same answer on any day of the year.
public struct AppClock: Sendable {
    private let read: @Sendable () -> Date
    /// Where the offices are: dates and times are shown, and "today" is reckoned, in this zone.
    public let timeZone: TimeZone

    public init(timeZone: TimeZone = AppClock.defaultTimeZone, now: @escaping @Sendable () -> Date) {
        self.read = now
        self.timeZone = timeZone
    }

    /// The real clock.
    public static func system(timeZone: TimeZone = AppClock.defaultTimeZone) -> AppClock {
        AppClock(timeZone: timeZone) { Date() }
    }

    /// A clock stopped at `instant` (tests, reproducible demo builds).
    public static func fixed(_ instant: Date, timeZone: TimeZone = AppClock.defaultTimeZone) -> AppClock {
        AppClock(timeZone: timeZone) { instant }
    }

    /// China Standard Time: every office works in it; a deployment may choose another zone.
    public static let defaultTimeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    public var now: Date { read() }

    /// Today's date in the clock's time zone.
    public var today: LocalDate { LocalDate.today(now: now, secondsFromGMT: timeZone.secondsFromGMT(for: now)) }

    /// Now as the stored timestamp text (UTC, milliseconds).
    public var timestamp: String { Timestamp.of(now) }

    /// The day a stored timestamp falls on in the clock's time zone.
    func localDate(ofTimestamp timestamp: String) -> LocalDate? { Timestamp.localDate(timestamp, in: timeZone) }

    /// The stored timestamp of 00:00 on `day` in the clock's time zone.
    func timestamp(startOf day: LocalDate) -> String { Timestamp.startOf(day, in: timeZone) }

    /// A moment `seconds` from now as stored timestamp text.
    package func timestamp(in seconds: TimeInterval) -> String { Timestamp.of(now.addingTimeInterval(seconds)) }
}
