import Foundation
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// Seed 002's inspection in the demo: Longhua's tasks inspected, a rectification in each state, good practice listed.
struct InspectionDemoTests {
    @Test func theDemoHasAnInspectionWithARectificationInEachState() async throws {
        try await TestDatabase.withServices { services in
            // given
            try await TestDemo.load(services)
            let sql = services.database.sql
            // when
            let states = try await sql.all(
                StateCount.self, "SELECT state, COUNT(*) AS n FROM rectifications WHERE is_demo = \(bind: true) GROUP BY state ORDER BY state")
            let admin = try await TestAccounts(services: services).user(.admin)
            let principal = try #require(try await TestAccounts(services: services).principal(of: admin.user.id))
            let good = try await InspectionQueries.goodPractice(for: principal, on: sql)
            let liaison = try #require(try await UserQueries.byUsername("liaison", on: sql)?.principal)
            let mine = try await RectificationLedgerQuery.run(
                RectificationFilter(), jurisdictionPath: nil, today: services.clock.today, reader: liaison, on: sql)
            // then
            #expect(
                Dictionary(uniqueKeysWithValues: states.map { ($0.state, $0.n) }) == [
                    "assigned": 1, "rectifying": 3, "awaiting_verification": 1, "closed": 1
                ])
            #expect(good.count == 1)
            #expect(try await sql.scalar(Int.self, column: "n", "SELECT MAX(return_count) AS n FROM rectifications") == 1)
            #expect(mine.rows.map(\.rectificationState) == [.assigned])
        }
    }

    struct StateCount: Decodable {
        var state: String
        var n: Int
    }
}
