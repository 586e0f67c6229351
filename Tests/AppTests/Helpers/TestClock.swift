import Foundation
import NIOConcurrencyHelpers
import ReformCore

@testable import App

/// The suites' clock: it starts at 2026-11-20 10:00 in Beijing and moves on one millisecond each time it is read,
/// so every test sees the same calendar whatever the real date, and successive writes still get distinct,
/// increasing timestamps (no sleeping to separate them).
enum TestClock {
    static let start = Date(timeIntervalSince1970: 1_795_140_000)  // 2026-11-20T02:00:00Z

    /// A new clock for one test's services.
    static func make() -> AppClock {
        let ticks = NIOLockedValueBox<Int64>(0)
        return AppClock {
            start.addingTimeInterval(
                Double(
                    ticks.withLockedValue { t in
                        t += 1
                        return t
                    }) / 1000)
        }
    }

    /// The day every test's clock reads (the clock never gets past it within a test).
    static let today = LocalDate(iso: "2026-11-20")!
}
