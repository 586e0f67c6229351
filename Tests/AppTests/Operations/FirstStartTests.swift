import Foundation
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// Issue 10, finding 8: instances started together on an empty database load the demo once, under the start-up lock
/// and in one transaction, and a load that fails leaves nothing behind.
struct FirstStartTests {
    private struct Halfway: Error {}

    @Test func aLoadThatFailsHalfWayLeavesTheDatabaseEmpty() async throws {
        try await TestDatabase.withServices { services in
            // given: a loader that writes a jurisdiction, then fails
            let loader: EmptyDatabaseLoader = { services, _ in
                _ = try await services.jurisdictions.create(
                    JurisdictionDraft(name: "广东省", level: "province", divisionCode: "440000"), actor: "test")
                throw Halfway()
            }
            // when
            await #expect(throws: Halfway.self) {
                _ = try await fillIfEmpty(services, logger: TestDatabase.logger, migrate: false, with: loader)
            }
            // then: nothing of it is committed, so the next start loads again
            let jurisdictions = try await JurisdictionQueries.count(on: services.database.sql)
            let audit = try await services.database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log")
            #expect(jurisdictions == 0 && audit == 0)
        }
    }

    @Test(.enabled(if: TestDatabase.isPostgres, "the start-up lock is PostgreSQL's"))
    func ofTwoInstancesStartedTogetherOneLoadsAndTheOtherWaitsForIt() async throws {
        try await TestDatabase.withTwoInstances { first, second in
            // given: a load that takes a while before its first write, so the other instance looks meanwhile
            let loads = Counter()
            let loader: EmptyDatabaseLoader = { services, _ in
                _ = loads.next()
                try await Task.sleep(for: .milliseconds(300))
                _ = try await services.jurisdictions.create(
                    JurisdictionDraft(name: "广东省", level: "province", divisionCode: "440000"), actor: "test")
            }
            // when: both start at once
            async let a = fillIfEmpty(first, logger: TestDatabase.logger, with: loader)
            async let b = fillIfEmpty(second, logger: TestDatabase.logger, with: loader)
            let loaded = try await [a, b]
            // then: the second found the first's load, whole
            #expect(loaded.filter { $0 }.count == 1)
            #expect(loads.next() == 2, "the loader ran once")
            #expect(try await JurisdictionQueries.count(on: first.database.sql) == 1)
        }
    }

    @Test(.enabled(if: TestDatabase.isPostgres, "the start-up lock is PostgreSQL's"))
    func twoInstancesStartedTogetherLoadTheDemoOnce() async throws {
        try await TestDatabase.withTwoInstances { first, second in
            // when: both start at once on the empty database
            async let a = loadDemoIfEmpty(first, logger: TestDatabase.logger)
            async let b = loadDemoIfEmpty(second, logger: TestDatabase.logger)
            let loaded = try await [a, b]
            // then: one loaded, the other found it done; the demo is there once
            #expect(loaded.filter { $0 }.count == 1)
            // As many jurisdictions as the demo has (DemoTests counts them), not twice as many.
            #expect(try await JurisdictionQueries.count(on: first.database.sql) == 17)
            #expect(try await first.database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM users WHERE username = 'office'") == 1)
        }
    }
}
