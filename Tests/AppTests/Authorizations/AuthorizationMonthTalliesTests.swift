import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// The landing counters by month (`AddAuthorizationMonthTallies`) against the status history they are kept from: after
/// every kind of write (the service's changes, an edit moving an item's area and jurisdiction, several changes in one
/// statement, a change's day moved, deletes of a change and of an item), and after PostgreSQL's deltas are folded in.
struct AuthorizationMonthTalliesTests {
    struct Entry: Decodable, Hashable, CustomStringConvertible {
        var jurisdictionPath: String
        var area: String
        var status: String
        var month: String
        var n: Int
        var description: String { "\(jurisdictionPath) \(area) \(status) \(month) \(n)" }
    }

    /// What the counters hold (through the view that adds PostgreSQL's unfolded deltas), without the keys at zero.
    static func kept(_ sql: any SQLDatabase) async throws -> Set<Entry> {
        Set(
            try await sql.all(
                Entry.self,
                """
                SELECT jurisdiction_path, area, status, month, CAST(SUM(n) AS BIGINT) AS n FROM authorization_month_counts
                GROUP BY jurisdiction_path, area, status, month HAVING SUM(n) <> 0
                """))
    }

    struct Change: Decodable {
        var jurisdictionPath: String
        var area: String
        var status: String
        var effectiveOn: String
        var supersededOn: String?
    }

    /// The same counted here from the history itself: each change +1 in its effective month and -1 in its superseded month,
    /// under its path, `*`, and the roll-ups of its path's first two levels.
    static func counted(_ sql: any SQLDatabase) async throws -> Set<Entry> {
        let changes = try await sql.all(
            Change.self, "SELECT jurisdiction_path, area, status, effective_on, superseded_on FROM authorization_status_changes")
        var n: [String: Int] = [:]
        for c in changes {
            let levels = c.jurisdictionPath.split(separator: "/")
            var keys = [c.jurisdictionPath, "*", "~/" + levels[0] + "/"]
            if levels.count >= 2 { keys.append("~/" + levels[0] + "/" + levels[1] + "/") }
            for k in keys {
                n[[k, c.area, c.status, String(c.effectiveOn.prefix(7))].joined(separator: "|"), default: 0] += 1
                if let s = c.supersededOn { n[[k, c.area, c.status, String(s.prefix(7))].joined(separator: "|"), default: 0] -= 1 }
            }
        }
        return Set(
            n.filter { $0.value != 0 }.map { key, v in
                let f = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                return Entry(jurisdictionPath: f[0], area: f[1], status: f[2], month: f[3], n: v)
            })
    }

    @Test func theCountersFollowEveryWriteToTheHistory() async throws {
        try await TestDatabase.withServices { services in
            let x = try await AuthorizationFixture.make(services)
            let sql = services.database.sql
            var steps: [(String, Set<Entry>, Set<Entry>)] = []
            func check(_ step: String) async throws { steps.append((step, try await Self.kept(sql), try await Self.counted(sql))) }
            // given: items in three months, moved on through the service (one twice in a month: its first change never counts
            // at a month's end)
            var items = [x.cityItem, x.districtItem]
            for n in 3...6 {
                items.append(
                    try await services.authorizations.createItem(
                        batchId: x.batch.id,
                        AuthorizationFixture.input(
                            n, area: AuthorizationAreas.standard[n % 3], jurisdiction: n % 2 == 0 ? x.longhua.id : x.shenzhen.id,
                            on: "2021-0\(n - 2)-15"),
                        by: x.office))
            }
            try await check("created")
            for (k, day) in ["2021-06-03", "2021-06-20", "2021-09-01"].enumerated() {
                let item = try await AuthorizationQueries.item(items[2].id, on: sql)!
                _ = try await services.authorizations.recordStatus(
                    item.id, status: ["progressing", "substantial_progress", "landed"][k], effectiveOn: day, note: "", baseVersion: item.version,
                    by: x.office)
            }
            try await check("status changes")
            // when: an edit moves an item to another area and jurisdiction (its changes' copies follow, migration 0037)
            var input = AuthorizationFixture.input(4, area: AuthorizationAreas.standard[5], jurisdiction: x.shenzhen.id)
            input.content = "授权事项4（调整）"
            let moved = try await AuthorizationQueries.item(items[3].id, on: sql)!
            _ = try await services.authorizations.updateItem(moved.id, input, baseVersion: moved.version, by: x.office)
            try await check("moved")
            // several changes in one statement, as an import writes them
            try await sql.raw(
                """
                INSERT INTO authorization_status_changes (item_id, status, effective_on, note, actor, recorded_at) VALUES
                  (\(bind: items[4].id), 'progressing', '2022-01-05', '', 'test', '2022-01-05T00:00:00Z'),
                  (\(bind: items[5].id), 'landed', '2022-02-28', '', 'test', '2022-02-28T00:00:00Z')
                """
            ).run()
            try await check("several in one statement")
            // a change's day moved to another month, and a change deleted
            let landed = items[5].id
            try await sql.raw(
                "UPDATE authorization_status_changes SET effective_on = '2022-03-01' WHERE item_id = \(bind: landed) AND status = 'landed'"
            )
            .run()
            try await check("a day moved")
            try await sql.raw("DELETE FROM authorization_status_changes WHERE item_id = \(bind: items[4].id) AND status = 'progressing'").run()
            try await check("a change deleted")
            // an item deleted (its changes go with it)
            let gone = try await AuthorizationQueries.item(items[2].id, on: sql)!
            try await services.authorizations.deleteItem(gone.id, baseVersion: gone.version, by: x.office)
            try await check("an item deleted")
            // PostgreSQL: the deltas folded into the counters leave the same counts and no deltas
            try await AuthorizationMonthTallies.fold(on: sql)
            try await check("folded")
            let deltas = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM authorization_month_deltas")
            // then
            for (step, kept, counted) in steps {
                let extra = kept.subtracting(counted).map(\.description).sorted()
                let missing = counted.subtracting(kept).map(\.description).sorted()
                #expect(kept == counted, "\(step): kept but not counted \(extra), counted but not kept \(missing)")
            }
            #expect(deltas == 0)
            // and the counters saw the writes: the national key of a month, and the moved item under its new place
            let last = steps.last!.1
            #expect(last.contains { $0.jurisdictionPath == "*" && $0.month == "2021-03" })
            #expect(last.contains { $0.jurisdictionPath == x.shenzhen.path && $0.area == AuthorizationAreas.standard[5] })
            #expect(last.contains { $0.jurisdictionPath == "~" + x.shenzhen.path } && last.contains { $0.jurisdictionPath == "~" + x.guangdong.path })
            #expect(!last.contains { $0.jurisdictionPath == x.longhua.path && $0.month == "2021-02" })
        }
    }
}
