import Foundation
import SQLKit

/// Slows down password guessing without letting anyone lock a user out.
///
/// Failures are counted under two keys: the client address alone, and the account together with the address.
/// - An address that fails `addressLimit` times within `window` is refused for `addressBlock` (429 with Retry-After),
///   whatever names it tries, known or not.
/// - An account tried from one address gets a back-off after `pairFreeFailures` failures: 30 s, then doubling up to
///   15 minutes. Only that address waits: the user signs in from their own office as usual, so a stranger's wrong
///   guesses cannot lock the director out (the old rule, five failures lock the account for everyone, could).
/// A success clears the account + address key.
/// - Wrong two-factor codes count under both keys too, and under the account alone (`secondFactorKey`), with the
///   pair's back-off: only someone who has the password gets that far, so this key cannot be used to lock out a user,
///   and guessing codes from many addresses is slowed as much as from one.
package struct LoginThrottle: Sendable {
    let database: DatabaseService
    let clock: AppClock
    var sql: any SQLDatabase { database.sql }

    /// An address's failures count within this window…
    static let window: TimeInterval = 15 * 60
    /// …an account + address's within a day, so the back-off does not start again after each wait.
    static let pairWindow: TimeInterval = 24 * 3600
    static let addressLimit = 30
    static let addressBlock: TimeInterval = 15 * 60
    static let pairFreeFailures = 5
    static let pairFirstDelay: TimeInterval = 30
    static let pairMaxDelay: TimeInterval = 15 * 60

    static func addressKey(_ address: String) -> String { "a:" + address.prefix(64) }
    static func pairKey(_ username: String, _ address: String) -> String {
        "u:" + username.trimmingCharacters(in: .whitespaces).lowercased().prefix(60) + "|" + address.prefix(64)
    }

    static func secondFactorKey(_ username: String) -> String {
        "2:" + username.trimmingCharacters(in: .whitespaces).lowercased().prefix(60)
    }

    /// The back-off after the `failures`-th failure of an account from one address (nil: none yet).
    static func pairDelay(afterFailures failures: Int) -> TimeInterval? {
        guard failures >= pairFreeFailures else { return nil }
        return min(pairMaxDelay, pairFirstDelay * pow(2, Double(failures - pairFreeFailures)))
    }

    /// Seconds the client must wait before trying this account again, nil when it may try now. `secondFactor`: the
    /// client is at the code step, where the account's own code back-off applies as well.
    package func wait(username: String, address: String, secondFactor: Bool = false, now given: Date? = nil) async throws -> Int? {
        let now = given ?? clock.now
        struct Row: Decodable { var blockedUntil: String? }
        let keys = [Self.addressKey(address), Self.pairKey(username, address)] + (secondFactor ? [Self.secondFactorKey(username)] : [])
        let rows = try await sql.all(
            Row.self, "SELECT blocked_until FROM login_throttle WHERE key IN (\(binds: keys))")
        let until = rows.compactMap { $0.blockedUntil.flatMap(Timestamp.date) }.max()
        guard let until, until > now else { return nil }
        return max(1, Int(until.timeIntervalSince(now).rounded(.up)))
    }

    /// Counts a failure under both keys and sets their blocks.
    package func recordFailure(username: String, address: String, now given: Date? = nil) async throws {
        let now = given ?? clock.now
        let addressKey = Self.addressKey(address), pairKey = Self.pairKey(username, address)
        try await database.transaction { tx in
            let failures = try await Self.count(addressKey, now: now, window: Self.window, on: tx)
            if failures >= Self.addressLimit { try await Self.block(addressKey, from: now, for: Self.addressBlock, on: tx) }
            let pair = try await Self.count(pairKey, now: now, window: Self.pairWindow, on: tx)
            if let delay = Self.pairDelay(afterFailures: pair) { try await Self.block(pairKey, from: now, for: delay, on: tx) }
        }
    }

    /// Adds one failure to `key` (starting again from one when the last was longer than `window` ago).
    /// A wrong two-factor code: a failure under both keys, and under the account's code key.
    package func recordSecondFactorFailure(username: String, address: String, now given: Date? = nil) async throws {
        let now = given ?? clock.now
        try await recordFailure(username: username, address: address, now: now)
        let key = Self.secondFactorKey(username)
        try await database.transaction { tx in
            let failures = try await Self.count(key, now: now, window: Self.pairWindow, on: tx)
            if let delay = Self.pairDelay(afterFailures: failures) { try await Self.block(key, from: now, for: delay, on: tx) }
        }
    }

    private static func count(_ key: String, now: Date, window: TimeInterval, on sql: any SQLDatabase) async throws -> Int {
        let stamp = Timestamp.of(now)
        let stale = Timestamp.of(now.addingTimeInterval(-window))
        return try await sql.scalar(
            Int.self, column: "failures",
            """
            INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (\(bind: key), 1, \(bind: stamp))
            ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN login_throttle.last_failure_at < \(bind: stale) THEN 1 ELSE login_throttle.failures + 1 END,
                last_failure_at = \(bind: stamp)
            RETURNING failures
            """) ?? 1
    }

    private static func block(_ key: String, from now: Date, for seconds: TimeInterval, on sql: any SQLDatabase) async throws {
        try await sql.execute(
            "UPDATE login_throttle SET blocked_until = \(bind: Timestamp.of(now.addingTimeInterval(seconds))) WHERE key = \(bind: key)")
    }

    /// A completed sign-in: the account's back-off from this address, and its code back-off, end.
    package func recordSuccess(username: String, address: String) async throws {
        try await sql.execute(
            "DELETE FROM login_throttle WHERE key IN (\(bind: Self.pairKey(username, address)), \(bind: Self.secondFactorKey(username)))")
    }

    /// An administrator's unlock: the account's back-offs from every address end.
    package func clear(username: String) async throws {
        let prefix = "u:" + username.trimmingCharacters(in: .whitespaces).lowercased().prefix(60) + "|"
        try await sql.execute(
            """
            DELETE FROM login_throttle
            WHERE substr(key, 1, CAST(\(bind: prefix.count) AS INTEGER)) = \(bind: prefix) OR key = \(bind: Self.secondFactorKey(username))
            """)
    }

    /// Drops rows nobody has failed under for a day.
    package func prune(now given: Date? = nil) async throws {
        let cutoff = Timestamp.of((given ?? clock.now).addingTimeInterval(-86_400))
        try await sql.execute("DELETE FROM login_throttle WHERE last_failure_at < \(bind: cutoff)")
    }
}
