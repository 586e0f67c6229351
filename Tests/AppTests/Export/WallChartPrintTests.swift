import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The wall chart's A3 print page: paper size, title block, no navigation, long charts over several sheets.
struct WallChartPrintTests {
    @Test func thePrintPageIsA3LandscapeWithATitleBlockAndNoNavigation() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            // when
            let page = try await client.get("/plans/\(ledger.plan.id)/wallchart/print?group=unit&zoom=month")
            // then
            #expect(page.status == .ok && page.headers[.contentType] == "text/html; charset=utf-8")
            let html = page.text
            #expect(html.contains("<meta charset=\"utf-8\">") && html.contains("<html lang=\"zh-CN\">"))
            #expect(html.contains("<link rel=\"stylesheet\" href=\"/static/wallchart-print.css\">"))
            #expect(try await client.get("/static/wallchart-print.css").text.contains("@page { size: A3 landscape; margin: 10mm; }"))
            #expect(html.contains("<h1>龙华区2020年全面深化改革工作要点 · 挂图作战</h1>"))
            #expect(html.contains("文号：深龙华改发〔2020〕1号") && html.contains("分组：按牵头单位") && html.contains("时间刻度：月"))
            #expect(html.contains("截至 " + TestClock.today.chinese))
            #expect(html.components(separatedBy: "<section class=\"sheet\">").count - 1 == 1)
            #expect(html.contains("<svg") && !html.contains("class=\"topbar\"") && !html.contains("autoprint.js"))
        }
    }

    @Test func aLongChartPrintsOnSeveralSheetsAndCanOpenThePrintDialog() async throws {
        try await TestApp.run { services, client in
            // given: 100 measures under one task
            let f = Fixtures(services: services)
            let ledger = try await ExportLedger.make(f)
            let task = try #require(try await ItemQueries.tree(planId: ledger.plan.id, on: f.sql).first { $0.title == "深化政府采购制度改革" })
            try await LedgerExportTests.insertMeasures(100, under: task, lead: ledger.justice.id, on: f.sql)
            // when
            let page = try await client.get("/plans/\(ledger.plan.id)/wallchart/print?print=1&lang=en")
            // then
            let html = page.text
            let sheets = html.components(separatedBy: "<section class=\"sheet\">").count - 1
            #expect(sheets == 4)
            #expect(html.contains("<span>4 / 4</span>") && html.contains("class=\"running\""))
            #expect(html.contains("<script src=\"/static/autoprint.js\"></script>") && html.contains("<html lang=\"en\">") && html.contains("As of"))
        }
    }

    @Test func theWallChartPageLinksToThePrintPageAndBadOptionsAre400() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            // when
            let chart = try await client.get("/plans/\(ledger.plan.id)/wallchart?group=unit&zoom=month")
            let bad = try await client.get("/plans/\(ledger.plan.id)/wallchart/print?print=yes")
            let missing = try await client.get("/plans/999/wallchart/print")
            // then
            #expect(chart.text.contains("href=\"/plans/\(ledger.plan.id)/wallchart/print?group=unit&amp;zoom=month\""))
            #expect(chart.text.contains(">A3 打印版</a>"))
            #expect(bad.status == .badRequest && bad.text.contains("print"))
            #expect(missing.status == .notFound)
        }
    }
}
