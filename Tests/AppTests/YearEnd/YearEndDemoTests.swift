import Foundation
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// Longhua's 2020 year-end check in the demo, half done: rows in every state, one carried over and one cancelled among the
/// confirmed ones, and work waiting in the demo liaison's inbox.
struct YearEndDemoTests {
    @Test func theDemoHasLonghuas2020CheckHalfDone() async throws {
        try await TestDatabase.withServices { services in
            // given
            try await TestDemo.load(services)
            let sql = services.database.sql
            // when
            let checks = try await sql.all(
                CheckRow.self, "SELECT c.id, c.year, c.state, p.title FROM yearend_checks c JOIN plans p ON p.id = c.plan_id")
            let check = try #require(checks.first)
            let rows = try await YearEndQueries.rows(ofCheck: check.id, on: sql)
            let liaison = try #require(try await UserQueries.byUsername("liaison", on: sql)?.principal)
            let waiting = try await YearEndQueries.awaitingUnit(try #require(liaison.unitId), on: sql)
            // then
            #expect(checks.count == 1 && check.year == 2020 && check.state == "open" && check.title.contains("龙华区") && check.title.contains("2020"))
            let states = Set(rows.map(\.rowState))
            #expect(states == Set(YearEndRowState.allCases))
            let confirmed = rows.filter { $0.rowState == .confirmed }
            #expect(confirmed.contains { $0.rowOutcome == .carried } && confirmed.contains { $0.rowOutcome == .cancelled })
            #expect(rows.filter { $0.rowState == .pending }.count > confirmed.count)
            #expect(waiting.contains { $0.state == "returned" } && waiting.contains { $0.state == "pending" })
        }
    }

    struct CheckRow: Decodable {
        var id: Int
        var year: Int
        var state: String
        var title: String
    }
}
