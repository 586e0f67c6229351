import HummingbirdBcrypt
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// bcrypt with the configured cost. Verification reads the cost from the hash, so hashes of any cost verify.
///
/// A bcrypt at cost 12 takes a quarter of a second of CPU. Run on Swift's cooperative pool (two threads on a 2-core
/// server) sixteen of them stalled every other request for seconds, so requests hash on a pool of their own
/// (`offloaded`): at most half the cores, and at most `maxWaiting` requests queued behind it; beyond that a sign-in is
/// refused at once as busy instead of queueing without end.
package struct PasswordHasher: Sendable {
    let cost: UInt8

    static let minimumLength = 10
    static let maximumLength = 72  // bcrypt reads at most 72 bytes
    /// Hashes queued or running before further ones are refused (`Busy`).
    static let maxWaiting = 32

    package func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// A hash of nothing anyone knows, verified when the username is unknown so that the answer takes as long
    /// as for a real user and does not tell which usernames exist.
    func dummyHash() -> String { hash("no user has this password") }

    /// Thrown when `maxWaiting` hashes are already waiting.
    package struct Busy: Error {}

    /// `verify` on the hashing pool.
    func verifyOffloaded(_ password: String, hash: String) async throws -> Bool {
        try await Self.offload { Bcrypt.verify(password, hash: hash) }
    }

    /// `hash` on the hashing pool.
    func hashOffloaded(_ password: String) async throws -> String {
        let cost = cost
        return try await Self.offload { Bcrypt.hash(password, cost: cost) }
    }

    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(1, System.coreCount / 2))
        pool.start()
        return pool
    }()

    private static let waiting = NIOLockedValueBox(0)

    /// How many hashes are queued or running now (for tests and /metrics).
    static var inFlight: Int { waiting.withLockedValue { $0 } }

    private static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        let admitted = waiting.withLockedValue { n in
            guard n < maxWaiting else { return false }
            n += 1
            return true
        }
        guard admitted else { throw Busy() }
        defer { waiting.withLockedValue { $0 -= 1 } }
        return try await pool.runIfActive(work)
    }
}
