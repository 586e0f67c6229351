import Foundation
import SQLKit

@testable import App

extension TestDatabase {
    /// Two instances (each its own connection pool and old files folder) on one migrated database nobody else sees:
    /// the test's PostgreSQL schema, or a temporary SQLite file.
    static func withTwoInstances<T: Sendable>(_ body: (AppServices, AppServices) async throws -> T) async throws -> T {
        if isPostgres {
            return try await withServices { first in
                let schema = try await first.database.sql.scalar(String.self, column: "s", "SELECT current_schema() AS s") ?? "public"
                var config = first.config
                config.filesDirectory += "-second"
                let second = try await buildServices(config, logger: logger, searchPath: [schema, "public"], clock: TestClock.make())
                second.readiness.markReady()
                return try await finish(body, first, second, cleanUp: [config.filesDirectory])
            }
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reform-two-" + UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: root) }
        func instance(_ name: String) async throws -> AppServices {
            let services = try await buildServices(
                AppConfig(database: .sqliteFile(root + "/reform.sqlite"), loadDemoIfEmpty: false, bcryptCost: 4, filesDirectory: root + "/" + name),
                logger: logger, clock: TestClock.make())
            services.readiness.markReady()
            return services
        }
        let first = try await instance("files-first")
        do {
            try await first.database.migrate()
            let result = try await finish(body, first, try await instance("files-second"), cleanUp: [])
            await first.database.shutdown()
            return result
        } catch {
            await first.database.shutdown()
            throw error
        }
    }

    private static func finish<T: Sendable>(
        _ body: (AppServices, AppServices) async throws -> T, _ first: AppServices, _ second: AppServices, cleanUp: [String]
    ) async throws -> T {
        defer { for path in cleanUp { try? FileManager.default.removeItem(atPath: path) } }
        do {
            let result = try await body(first, second)
            await second.database.shutdown()
            return result
        } catch {
            await second.database.shutdown()
            throw error
        }
    }
}
