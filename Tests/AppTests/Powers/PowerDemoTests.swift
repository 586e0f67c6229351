import Foundation
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// The 2017-style decision in the demo: 124 powers moved to Guangzhou and Shenzhen — 85 许可, 6 处罚, 1 征收, 4 检查, 1 确认,
/// 27 其他; 44 下放 and 80 委托 — all marked as demo, spread over the two cities.
struct PowerDemoTests {
    @Test func theDemoHasThe2017DecisionWithItsRealCounts() async throws {
        try await TestDatabase.withServices { services in
            // given
            try await TestDemo.load(services)
            let sql = services.database.sql
            let f = PowerFilter()
            // when
            let now = try await PowerCounts.load(f, scope: nil, jurisdictionPath: nil, asOf: TestClock.today, on: sql)
            let decided = try await PowerCounts.load(f, scope: nil, jurisdictionPath: nil, asOf: LocalDate(iso: "2017-03-01")!, on: sql)
            let before = try await PowerCounts.load(f, scope: nil, jurisdictionPath: nil, asOf: LocalDate(iso: "2017-02-28")!, on: sql)
            let demo = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM delegated_powers WHERE is_demo = \(bind: true)")
            struct City: Decodable {
                var name: String
                var n: Int
            }
            let cities = try await sql.all(
                City.self,
                "SELECT j.name, COUNT(*) AS n FROM delegated_powers p JOIN jurisdictions j ON j.id = p.jurisdiction_id GROUP BY j.name ORDER BY j.name"
            )
            var overdue = f
            overdue.status = .overdue
            let late = try await PowerQueries.count(overdue, scope: nil, jurisdictionPath: nil, today: TestClock.today, on: sql)
            // then
            #expect(now.all.total == 124 && demo == 124)
            #expect(now.byType.map(\.key) == ["licensing", "penalty", "levy", "inspection", "confirmation", "other"])
            #expect(now.byType.map(\.count.total) == [85, 6, 1, 4, 1, 27])
            #expect(now.byMethod.map(\.key) == ["devolve", "entrust"] && now.byMethod.map(\.count.total) == [44, 80])
            #expect(Set(cities.map(\.name)) == ["广州市", "深圳市"] && cities.map(\.n).reduce(0, +) == 124)
            #expect(decided.all.total == 124 && decided.all.handedOver == 0 && before.all.total == 0)
            #expect(now.all.handedOver == 121 && late == 3 && now.all.withdrawn == 2)
            #expect(now.all.inForce > 100)
        }
    }
}
