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
