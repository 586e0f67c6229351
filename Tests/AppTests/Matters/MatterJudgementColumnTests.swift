import Foundation
import ReformCore
import Testing

@testable import App

/// The matters ledger shows, beside the light, the worst current judgement (研判) among each matter's tasks: on the
/// page, in the API and in the export; a matter whose tasks are not judged shows none.
@Suite(.serialized) struct MatterJudgementColumnTests {
    struct List: Decodable {
        struct Row: Decodable {
            var id: Int
            var itemsJudgement: String?
        }
        var items: [Row]
    }

    @Test func theLedgerShowsTheWorstJudgementOfTheMattersTasks() async throws {
        try await TestApp.run { services, client in
            // given: a matter on two tasks, one judged green and one amber-red, and a matter on a task not judged
            let w = try await MatterFixture.make(services)
            let f = Fixtures(services: services)
            let second = try await f.item("推进工程建设项目审批改革", plan: w.plan.id, lead: w.bureau.id)
            let third = try await f.item("推进不动产登记改革", plan: w.plan.id, lead: w.bureau.id)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            for (item, rating) in [(w.lateTask.id, "green"), (second.id, "amber_red")] {
                let judged = try await office.postForm("/items/\(item)/judgements", [("period", "2026-11"), ("rating", rating), ("reason", "研判")])
                #expect(judged.status == .seeOther)
            }
            let both = try await w.raise(w.draft(subject: "两项任务督办", items: [w.lateTask.id, second.id]))
            let none = try await w.raise(w.draft(subject: "未研判任务督办", items: [third.id]))
            // when
            let list = try await office.get("/api/v1/matters?per_page=100").decode(List.self)
            let detail = try await office.get("/api/v1/matters/\(both.id)")
            let page = try await office.get("/matters")
            let english = try await office.get("/matters?lang=en")
            let csv = try await office.get("/matters/export.csv")
            // then
            #expect(list.items.first { $0.id == both.id }?.itemsJudgement == "amber_red")
            #expect(list.items.first { $0.id == none.id }?.itemsJudgement == nil)
            #expect(detail.text.contains(#""itemsJudgement":"amber_red""#))
            #expect(page.text.contains("<th title=\"所涉任务中最差的研判\">任务研判</th>"))
            #expect(page.text.contains(#"<span class="badge judgement-amber_red">黄红</span>"#))
            #expect(!page.text.contains("judgement-green"), "the better judgement of the same matter is not shown")
            #expect(english.text.contains(">Task judgement</th>") && english.text.contains(">Amber-red</span>"))
            let lines = csv.text.split(whereSeparator: \.isNewline).map(String.init)
            #expect(lines.first?.contains("任务研判") == true)
            #expect(lines.first { $0.contains("两项任务督办") }?.contains("黄红") == true)
            #expect(lines.first { $0.contains("未研判任务督办") }?.contains("黄红") == false)
        }
    }
}
