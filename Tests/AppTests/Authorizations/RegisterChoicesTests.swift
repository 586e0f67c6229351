import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// A register's filters in a large tree: up to 300 jurisdictions are all offered; beyond that the provinces, the reader's
/// own jurisdiction and those right below it, and the chosen one — the page does not draw thousands of options.
struct RegisterChoicesTests {
    @Test func aLargeTreeOffersTheProvincesTheReadersOwnAndTheChosenOne() async throws {
        try await TestDatabase.withServices { services in
            // given: 广东省 › 深圳市 › 龙华区 (the fixture) and 广州市, then 320 districts of 广州市
            let x = try await AuthorizationFixture.make(services)
            let sql = services.database.sql
            let before = try await JurisdictionQueries.choices(within: nil, reader: x.office, chosen: [], on: sql)
            let first = (try await sql.scalar(Int.self, column: "n", "SELECT MAX(id) AS n FROM jurisdictions") ?? 0) + 1
            for n in 0..<320 {
                let id = first + n
                try await sql.raw(
                    """
                    INSERT INTO jurisdictions (id, name, level, division_code, parent_id, path, depth, version, created_at, updated_at)
                    VALUES (\(bind: id), \(bind: "测试\(n)区"), 'district', \(bind: String(900_000 + n)), \(bind: x.guangzhou.id),
                      \(bind: x.guangzhou.path + "\(id)/"), 2, 1, '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z')
                    """
                ).run()
            }
            // when
            let trimmed = try await JurisdictionQueries.choices(within: nil, reader: x.office, chosen: [first + 7], on: sql)
            let withinShenzhen = try await JurisdictionQueries.choices(within: x.shenzhen.path, reader: x.office, chosen: [], on: sql)
            // then
            #expect(before.map(\.name) == ["广东省", "广州市", "深圳市", "龙华区"])
            // (the fixture's tree starts at the province, so depth ≤ 1 is the province and its cities)
            #expect(Set(trimmed.map(\.name)) == ["广东省", "广州市", "深圳市", "龙华区", "测试7区"])
            #expect(withinShenzhen.map(\.name) == ["深圳市", "龙华区"])
        }
    }
}
