import Foundation

/// A value to write into a cell. Each case gets its own cell style, so numbers stay numbers, dates are real
/// Excel dates that sort and filter, and percentages show as 35%.
public enum CellValue: Sendable, Hashable {
    case empty
    /// Text; it wraps when its column is declared with `wrapsText`.
    case text(String)
    /// Text that always wraps, whatever its column says.
    case wrappedText(String)
    case number(Double)
    case integer(Int)
    /// A date shown as 2025-06-30 (any time of day is kept in the value but not shown).
    case date(SpreadsheetDate)
    /// A date and time shown as 2025-06-30 14:05:00.
    case dateTime(SpreadsheetDate)
    /// A fraction shown as a percentage: 0.35 shows 35.00%.
    case percent(Double)
    case boolean(Bool)

    /// A date from an instant, taking the wall-clock day in `timeZone` (for a Chinese office,
    /// `TimeZone(identifier: "Asia/Shanghai")`), so a deadline does not slip a day.
    public static func date(_ date: Date, in timeZone: TimeZone) -> CellValue {
        .date(SpreadsheetDate(date, in: timeZone))
    }

    /// A date and time from an instant, as the wall-clock time in `timeZone`.
    public static func dateTime(_ date: Date, in timeZone: TimeZone) -> CellValue {
        .dateTime(SpreadsheetDate(date, in: timeZone))
    }
}
