import Foundation
import ReformCore

/// Timestamps are stored as ISO 8601 text in UTC with milliseconds: sortable, identical on both databases.
enum Timestamp {
    /// The stored text of `date`; the moment comes from `AppClock`.
    static func of(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = millis / 1000
        let day = LocalDate(dayNumber: Int(seconds.quotientAndFloor(86400).q)).iso
        let rem = Int(seconds - seconds.quotientAndFloor(86400).q * 86400)
        let h = rem / 3600, m = rem % 3600 / 60, s = rem % 60, ms = Int(millis - seconds * 1000)
        return day + "T" + pad(h, 2) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + pad(ms, 3) + "Z"
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

private extension Int64 {
    func quotientAndFloor(_ d: Int64) -> (q: Int64, r: Int64) {
        let q = self >= 0 ? self / d : (self - d + 1) / d
        return (q, self - q * d)
    }
}
