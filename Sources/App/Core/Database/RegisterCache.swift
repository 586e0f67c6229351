import NIOConcurrencyHelpers
import SQLKit

/// What a register's pages compute over all of its rows — the counts as of a day, the chart's monthly histogram — kept in
/// memory under the register's stamp (`register_stamps`, moved by triggers on every write to the register's tables, migration
/// 0035). A kept value is served only while the stamp it was made under is the database's, so it is never stale, on one
/// instance or several sharing the database: a write anywhere gives every key a new stamp and the old entries are simply
/// not asked for again. Bounded: when full it starts again empty.
///
/// Only for reads outside a transaction: a value made inside one could show writes that are then rolled back under a stamp
/// that a later write reuses.
package final class RegisterCache: Sendable {
    private let entries = NIOLockedValueBox<[String: any Sendable]>([:])
    let capacity: Int

    package init(capacity: Int = 512) { self.capacity = capacity }

    private struct StampRow: Decodable { var stamp: Int }

    /// The register's stamp; nil when the database has none (then nothing is kept).
    static func stamp(_ register: String, on sql: any SQLDatabase) async throws -> Int? {
        try await sql.first(StampRow.self, "SELECT stamp FROM register_stamps WHERE register = \(bind: register)")?.stamp
    }

    /// The value kept for `key` under the register's current stamp, else `make`'s (kept for the next reader).
    func value<T: Sendable>(
        _ register: String, key: String, on sql: any SQLDatabase, make: () async throws -> T
    ) async throws -> T {
        guard let stamp = try await Self.stamp(register, on: sql) else { return try await make() }
        let full = register + "|" + String(stamp) + "|" + key
        if let kept = entries.withLockedValue({ $0[full] }) as? T { return kept }
        let made = try await make()
        entries.withLockedValue { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[full] = made
        }
        return made
    }

    var count: Int { entries.withLockedValue { $0.count } }
}

extension Optional where Wrapped == RegisterCache {
    /// Through the cache when there is one; else made each time.
    func value<T: Sendable>(_ register: String, key: String, on sql: any SQLDatabase, make: () async throws -> T) async throws -> T {
        switch self {
        case .some(let cache): try await cache.value(register, key: key, on: sql, make: make)
        case .none: try await make()
        }
    }
}
