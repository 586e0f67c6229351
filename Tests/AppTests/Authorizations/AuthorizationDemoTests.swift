import Foundation
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// Shenzhen's first batch in the demo: 40 items in the six areas, 22 formally landed and 18 progressing by October 2021,
/// none landed when the batch was issued, and the register and the dashboard say so.
struct AuthorizationDemoTests {
    @Test func theDemoHasShenzhensFirstBatchWith22Of40Landed() async throws {
        try await TestDatabase.withServices { services in
            // given
            try await TestDemo.load(services)
            let sql = services.database.sql
            var f = AuthorizationFilter()
            // when
            let october2021 = try await AuthorizationCounts.load(
                f, scope: nil, jurisdictionPath: nil, asOf: LocalDate(iso: "2021-10-31")!, today: TestClock.today, on: sql)
            let issued = try await AuthorizationCounts.load(
                f, scope: nil, jurisdictionPath: nil, asOf: LocalDate(iso: "2020-10-11")!, today: TestClock.today, on: sql)
            f.status = .landed
            let landedRows = try await AuthorizationQueries.count(f, scope: nil, jurisdictionPath: nil, on: sql)
            let demo = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM authorization_items WHERE is_demo = \(bind: true)")
            // then
            #expect(october2021.all.total == 40 && october2021.all.landed == 22 && october2021.all.progressing == 18)
            #expect(october2021.byArea.map(\.label) == AuthorizationAreas.standard)
            #expect(october2021.byArea.map(\.count.total) == [10, 8, 7, 6, 5, 4])
            #expect(october2021.byBatch.count == 1 && october2021.byBatch[0].label.contains("首批"))
            #expect(issued.all.total == 40 && issued.all.notLanded == 40)
            #expect(landedRows == 22 && demo == 40)
            #expect(october2021.series.last?.landed == 22 && october2021.series.first?.landed == 0)
        }
    }
}
