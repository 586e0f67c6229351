import FluentKit
import SQLKit

extension DatabaseService {
    /// Runs `body` in one transaction with SQLKit's view of the connection.
    package func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await db.transaction { tx in try await body(tx as! any SQLDatabase) }
    }
}
