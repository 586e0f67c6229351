import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// The ledger counts up to `LedgerFilter.countCap`. On PostgreSQL the page and its count come from one pass when the
/// matches are within the cap, and from the page query past it: either way the same rows and count as listing all.
struct LedgerCountCapTests {
    private struct IDRow: Decodable { var id: Int }

    @Test func pagesAndCountsAgreeWithinAndPastTheCap() async throws {
        try await TestDatabase.withServices { services in
            // given: a plan with more items than the cap
            let f = Fixtures(services: services)
            let ledger = try await ExportLedger.make(f)
            let task = try #require(try await ItemQueries.tree(planId: ledger.plan.id, on: f.sql).first { $0.title == "深化政府采购制度改革" })
            try await LedgerExportTests.insertMeasures(LedgerFilter.countCap + 30, under: task, lead: ledger.justice.id, on: f.sql)
            let all = try await f.sql.all(
                IDRow.self,
                """
                SELECT id FROM plan_items WHERE plan_id = \(bind: ledger.plan.id) AND (depth >= 1 OR child_count = 0) ORDER BY plan_id, sort_key
                """
            ).map(\.id)
            let today = LocalDate.iso("2020-06-01")
            var past = LedgerFilter()
            past.planId = ledger.plan.id
            past.sort = .outline
            past.page = 3
            var within = LedgerFilter()
            within.planId = ledger.plan.id
            within.unitId = ledger.development.id
            within.unitRole = .lead
            var beyond = within
            beyond.page = 9
            var phrase = LedgerFilter()
            phrase.query = "批量举措1000"
            phrase.sort = .deadline
            // when
            let pastPage = try await LedgerQuery.run(past, today: today, on: f.sql)
            let withinPage = try await LedgerQuery.run(within, today: today, on: f.sql)
            let beyondPage = try await LedgerQuery.run(beyond, today: today, on: f.sql)
            let phrasePage = try await LedgerQuery.run(phrase, today: today, on: f.sql)
            // then
            #expect(all.count > LedgerFilter.countCap)
            #expect(pastPage.rows.map(\.id) == Array(all[100..<150]))
            #expect(pastPage.total == LedgerFilter.countCap && pastPage.totalCapped)
            #expect(withinPage.rows.map(\.title) == ["打造营商环境改革创新实验区", "深化商事登记确认制改革", "深化政府采购制度改革", "建立采购意向公开制度"])
            #expect(withinPage.total == 4 && !withinPage.totalCapped)
            #expect(beyondPage.rows.isEmpty && beyondPage.total == 4)
            // 批量举措1000 and 批量举措10000…10009
            #expect(phrasePage.total == 11 && !phrasePage.totalCapped)
            #expect(Set(phrasePage.rows.map(\.title)) == Set(["批量举措1000"] + (10_000...10_009).map { "批量举措\($0)" }))
        }
    }
}
