import HummingbirdTesting
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// The demo's matters: on 龙华区's tasks, in different states, one extended; each one's state is what its recorded chain
/// replays to, and the ledger shows them.
struct MatterDemoTests {
    @Test func theDemoMattersFollowTheirChains() async throws {
        try await TestApp.run(demo: true) { services, client in
            // given
            let sql = services.database.sql
            // when
            let matters = try await sql.all(MatterRecord.self, "SELECT \(MatterQueries.columns) FROM matters ORDER BY id")
            let ledger = try await client.get("/matters")
            // then
            #expect(Set(matters.map(\.state)) == ["handling", "registered", "notified", "fed_back", "closed"])
            #expect(matters.allSatisfy { $0.isDemo })
            #expect(matters.filter { $0.delayCount == 1 }.count == 1)
            for m in matters {
                let steps = try await MatterQueries.steps(of: m.id, on: sql).compactMap(\.step)
                #expect(try MatterChain.replay(steps) == m.matterState, "matter \(m.id)")
            }
            #expect(ledger.status == .ok && ledger.text.contains("demo-banner") && ledger.text.contains("共 \(matters.count) 件"))
            #expect(matters.contains { $0.light(today: services.clock.today) == .red })
        }
    }

    /// The demo's judgements: six of 龙华区's tasks judged over two months; the ledger's column and filter and the
    /// dashboard read the current one (one red, one amber-red, two amber-green, two green).
    @Test func theDemoJudgementsAreInTheLedgerAndOnTheDashboard() async throws {
        struct Row: Decodable { var judgement: String? }
        struct Ledger: Decodable { var items: [Row] }
        struct Count: Decodable {
            var key: String
            var count: Int
        }
        struct Dashboard: Decodable { var byJudgement: [Count] }
        try await TestApp.run(demo: true) { services, client in
            // given
            let longhua = try #require(try await JurisdictionQueries.all(within: nil, on: services.database.sql).first { $0.name == "龙华区" })
            let office = try await client.session(as: .office, jurisdiction: longhua.id)
            // when
            let judged = try await office.get("/api/v1/ledger?judgement=green,amber_green,amber_red,red&per_page=100").decode(Ledger.self)
            let dashboard = try await office.get("/api/v1/jurisdictions/\(longhua.id)/dashboard").decode(Dashboard.self)
            // then
            #expect(judged.items.compactMap(\.judgement).sorted() == ["amber_green", "amber_green", "amber_red", "green", "green", "red"])
            #expect(dashboard.byJudgement.map(\.count) == [2, 2, 1, 1])
        }
    }
}
