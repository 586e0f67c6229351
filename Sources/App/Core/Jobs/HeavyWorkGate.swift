import Foundation
import Hummingbird

#if canImport(Glibc)
    import Glibc
#endif

/// Work that holds hundreds of megabytes for seconds (reading a large upload into a draft, committing one, writing a
/// large export) passes this gate: at most `slots` run at once in one server, at most `maxWaiting` wait behind them,
/// and further ones are refused at once (503 with Retry-After) rather than piling up. With the upload limits this
/// bounds what one server holds: see "Memory" in the README's design section.
///
/// After each piece of work the allocator is asked to give its free pages back to the system (`malloc_trim`):
/// glibc otherwise keeps the arenas a large import grew, and an idle server kept gigabytes.
package actor HeavyWorkGate {
    package let slots: Int
    package let maxWaiting: Int
    private var running = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    package init(slots: Int, maxWaiting: Int) {
        self.slots = max(1, slots)
        self.maxWaiting = max(0, maxWaiting)
    }

    /// Seconds a refused client is told to wait before trying again.
    package static let retryAfterSeconds = 30

    /// Runs `work` when a slot is free, or throws 503 when too many are already waiting.
    package func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if running >= slots {
            guard waiters.count < maxWaiting else {
                throw HTTPError(
                    .serviceUnavailable, headers: [.retryAfter: String(Self.retryAfterSeconds)],
                    message: "the server is busy with other large imports or exports; try again in \(Self.retryAfterSeconds) seconds")
            }
            await withCheckedContinuation { waiters.append($0) }
        } else {
            running += 1
        }
        defer { release() }
        return try await work()
    }

    /// Work running or waiting now (for tests and /metrics).
    package var load: (running: Int, waiting: Int) { (running, waiters.count) }

    private func release() {
        Self.giveMemoryBack()
        if waiters.isEmpty {
            running -= 1
        } else {
            // The slot passes straight to the next in line.
            waiters.removeFirst().resume()
        }
    }

    package static func giveMemoryBack() {
        #if canImport(Glibc)
            _ = mallocTrim?(0)
        #endif
    }

    #if canImport(Glibc)
        /// glibc's `malloc_trim`, which Swift's Glibc module does not declare (it lives in malloc.h).
        private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        }()
    #endif
}
