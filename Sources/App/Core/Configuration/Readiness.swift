import NIOConcurrencyHelpers

/// Whether this instance has finished starting (migrated, and the first data loaded when it had to be): /health
/// answers 503 until then, and the job worker does not claim jobs.
package final class Readiness: Sendable {
    private let box = NIOLockedValueBox(false)

    package init(ready: Bool = false) { box.withLockedValue { $0 = ready } }

    package var isReady: Bool { box.withLockedValue { $0 } }

    package func markReady() { box.withLockedValue { $0 = true } }

    /// Waits (polling, as start-up is rare) until the instance is ready or the task is cancelled.
    package func wait(every interval: Duration = .milliseconds(200)) async throws {
        while !isReady { try await Task.sleep(for: interval) }
    }
}
