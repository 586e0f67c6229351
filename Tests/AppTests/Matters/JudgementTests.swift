import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// 研判 on the item page and the API: the office judges, the history is kept, the current one is the latest period's, a
/// red one offers to raise a matter; a unit cannot judge; a reason must be one line.
struct JudgementTests {
    struct List: Decodable {
        struct Row: Decodable {
            var period: String
            var rating: String
        }
        var items: [Row]
        var current: Row?
    }

    @Test func theOfficeJudgesAndARedJudgementOffersAMatter() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MatterFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let liaison = try await client.session(as: .liaison, unit: w.bureau.id)
            let item = w.lateTask.id
            // when
            let first = try await office.postForm("/items/\(item)/judgements", [("period", "2026-10"), ("rating", "amber_red"), ("reason", "进度滞后")])
            let second = try await office.postForm("/items/\(item)/judgements", [("period", "2026-11"), ("rating", "red"), ("reason", "难以按期完成")])
            let bad = try await office.postForm("/items/\(item)/judgements", [("period", "2026-11"), ("rating", "purple"), ("reason", "第一行\n第二行")])
            let refused = try await liaison.postForm("/items/\(item)/judgements", [("period", "2026-11"), ("rating", "green"), ("reason", "正常")])
            let page = try await office.get("/items/\(item)")
            let english = try await office.get("/items/\(item)?lang=en")
            let unitsPage = try await liaison.get("/items/\(item)")
            let api = try await office.get("/api/v1/items/\(item)/judgements")
            // then
            #expect(first.status == .seeOther && second.status == .seeOther)
            #expect(bad.status == .unprocessableContent && bad.text.contains("研判结果：不是可选的值") && bad.text.contains("研判理由（一句话）：不是可选的值"))
            #expect(refused.status == .forbidden)
            #expect(page.text.contains("难以按期完成") && page.text.contains("较上期变差"))
            #expect(page.text.contains("source=red_judgement"))
            #expect(english.text.contains("Worse than the period before") && english.text.contains("Judged red: raise a matter"))
            #expect(unitsPage.text.contains("难以按期完成") && !unitsPage.text.contains("source=red_judgement") && !unitsPage.text.contains("j-rating"))
            let list = try api.decode(List.self)
            #expect(list.items.map(\.period) == ["2026-11", "2026-10"])
            #expect(list.current?.rating == "red")
        }
    }
}

/// The current judgement is kept on the item for the ledger (a column and a filter) and the dashboard (counts); a
/// judgement of an earlier period recorded later does not replace the later period's.
struct JudgementInLedgerTests {
    struct Ledger: Decodable {
        struct Row: Decodable {
            var id: Int
            var judgement: String?
        }
        var items: [Row]
        var total: Int
    }
    struct Dashboard: Decodable {
        struct Count: Decodable {
            var key: String
            var count: Int
        }
        var byJudgement: [Count]
    }

    @Test func theLedgerShowsAndFiltersTheCurrentJudgementAndTheDashboardCountsIt() async throws {
        try await TestApp.run { services, client in
            // given: the late task judged red for November, then amber-green for October (recorded later)
            let w = try await MatterFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let item = w.lateTask.id
            let november = try await office.postForm("/items/\(item)/judgements", [("period", "2026-11"), ("rating", "red"), ("reason", "难以按期完成")])
            let october = try await office.postForm(
                "/items/\(item)/judgements", [("period", "2026-10"), ("rating", "amber_green"), ("reason", "基本可控")])
            #expect(november.status == .seeOther && october.status == .seeOther)
            // when
            let red = try await office.get("/api/v1/ledger?jurisdiction=\(w.shenzhen.id)&judgement=red").decode(Ledger.self)
            let amberGreen = try await office.get("/api/v1/ledger?jurisdiction=\(w.shenzhen.id)&judgement=amber_green").decode(Ledger.self)
            let unjudged = try await office.get("/api/v1/ledger?jurisdiction=\(w.shenzhen.id)&judgement=none").decode(Ledger.self)
            let all = try await office.get("/api/v1/ledger?jurisdiction=\(w.shenzhen.id)").decode(Ledger.self)
            let bad = try await office.get("/api/v1/ledger?judgement=purple")
            let page = try await office.get("/ledger?jurisdiction=\(w.shenzhen.id)&judgement=red")
            let english = try await office.get("/ledger?jurisdiction=\(w.shenzhen.id)&lang=en")
            let dashboard = try await office.get("/api/v1/jurisdictions/\(w.longhua.id)/dashboard").decode(Dashboard.self)
            let dashboardPage = try await office.get("/dashboard/\(w.longhua.id)")
            // then: November is the latest period judged, so the item is red
            #expect(red.items.map(\.id) == [item] && red.items.first?.judgement == "red")
            #expect(amberGreen.total == 0)
            #expect(!unjudged.items.map(\.id).contains(item) && unjudged.total == all.total - 1)
            #expect(all.items.first { $0.id != item }?.judgement == nil)
            #expect(bad.status == .badRequest && bad.text.contains("judgement"))
            #expect(page.text.contains("<span class=\"badge judgement-red\">红</span>"))
            #expect(page.text.contains("name=\"judgement\" value=\"red\" checked"))
            #expect(english.text.contains("<th>Judgement</th>") && english.text.contains("Not judged"))
            #expect(dashboard.byJudgement.map(\.key) == ["green", "amber_green", "amber_red", "red"])
            #expect(dashboard.byJudgement.map(\.count) == [0, 0, 0, 1])
            #expect(dashboardPage.text.contains("/ledger?jurisdiction=\(w.longhua.id)&amp;judgement=red"))
        }
    }
}
