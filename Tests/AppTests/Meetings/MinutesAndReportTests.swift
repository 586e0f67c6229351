import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReformCore
import Testing

@testable import App
@testable import ReformSpreadsheet

/// The minutes on A4 and the report for the commission: its counts, the period it covers, and the .docx read back.
struct MinutesAndReportTests {
    @Test func theMinutesPrintOnA4UnderTheBodysRedHeadInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MeetingFixture.make(services)
            let m = try await w.sixthMeeting()
            let viewer = try await client.as(.viewer, jurisdiction: w.zhejiang.id)
            // when
            let zh = try await viewer.get("/meetings/\(m.id)/minutes")
            let en = try await viewer.get("/meetings/\(m.id)/minutes?lang=en")
            let css = try await viewer.get("/static/meeting-print.css").text
            let page = try await viewer.get("/meetings/\(m.id)")
            // then
            #expect(zh.status == .ok && zh.text.contains(#"href="/static/meeting-print.css""#) && zh.text.contains("data-print"))
            #expect(zh.text.contains(#"<div class="redhead">中共浙江省委全面深化改革委员会</div>"#))
            #expect(zh.text.contains("中共浙江省委全面深化改革委员会第六次会议纪要"))
            #expect(zh.text.contains("一、听取汇报") && zh.text.contains("二、审议事项") && zh.text.contains("三、会议决定"))
            #expect(zh.text.contains("1．浙江省2019年全面深化改革工作要点（原则通过）") && zh.text.contains("2019年11月4日"))
            #expect(zh.text.contains("会议要求，年底前逐项检查。"))
            #expect(en.text.contains("6th meeting: minutes") && en.text.contains("1. Reports heard") && en.text.contains("(Approved in principle)"))
            #expect(en.text.contains("2019-11-04") && !en.text.contains("听取汇报"))
            #expect(css.contains("@page { size: A4;") && css.contains("@media print { .toolbar { display: none; } }"))
            #expect(page.text.contains("href=\"/meetings/\(m.id)/minutes\""))
        }
    }

    @Test func theReportCountsTheMeasuresOfThePeriodAndOpensAsADocx() async throws {
        try await TestApp.run { services, client in
            // given: beside the measure due in 100 days, one done today, one 5 days late, one suspended
            let w = try await MeetingFixture.make(services)
            _ = try await w.f.item(
                "已完成举措", plan: w.plan.id, parent: w.field.id, lead: w.jxt.id, deadline: TestClock.today.adding(days: 10), status: .done)
            let late = try await w.f.item("逾期举措", plan: w.plan.id, parent: w.field.id, lead: w.dsj.id, deadline: TestClock.today.adding(days: -5))
            _ = try await w.f.item("中止举措", plan: w.plan.id, parent: w.field.id, lead: w.jxt.id, status: .suspended)
            let m = try await w.sixthMeeting()
            _ = try await services.meetings.decisionToMatter(
                meetingId: m.id, agendaId: try await w.decisions(of: m)[0].id,
                .init(subject: "", level: "", leadUnitId: w.dsj.id, deadline: TestClock.today.adding(days: 30).iso, requiredResult: ""), by: w.office)
            let office = try await client.as(.office, jurisdiction: w.zhejiang.id)
            // when
            let q4 = try await CommissionReport.build(jurisdiction: w.zhejiang, year: 2026, quarter: 4, services: services)
            let q3 = try await CommissionReport.build(jurisdiction: w.zhejiang, year: 2026, quarter: 3, services: services)
            let page = try await office.get("/meetings/report?jurisdiction=\(w.zhejiang.id)&year=2026&quarter=4")
            let en = try await office.get("/meetings/report?jurisdiction=\(w.zhejiang.id)&year=2026&lang=en")
            let docx = try await office.get("/meetings/report.docx?jurisdiction=\(w.zhejiang.id)&year=2026&quarter=4")
            let badQuarter = try await office.get("/api/v1/commission-report?jurisdiction=\(w.zhejiang.id)&quarter=5")
            let emptyYear = try await office.get("/api/v1/commission-report?jurisdiction=\(w.zhejiang.id)&year=")
            let pageEmptyYear = try await office.get("/meetings/report?jurisdiction=\(w.zhejiang.id)&year=")
            let beside = try await office.get("/api/v1/commission-report?jurisdiction=\(w.guangdong.id)")
            // then
            let s = try #require(q4.plans.first)
            #expect(q4.start.iso == "2026-10-01" && q4.end.iso == "2026-12-31" && q4.asOf == TestClock.today)
            #expect(s.measures == 4 && s.byStatus == [.inProgress: 2, .done: 1, .suspended: 1])
            #expect(s.byLight == [.green: 2, .red: 1, .none: 1] && s.doneInPeriod == 1)
            #expect(s.approvedAt.map(\.meetingId) == [m.id])
            #expect(q4.overdue.map(\.unit) == ["浙江省大数据发展管理局"] && q4.overdue[0].items.map(\.id) == [late.id])
            #expect(q4.matters.count == 1)
            // Q3 ended before anything was done or late.
            #expect(q3.asOf.iso == "2026-09-30" && q3.plans[0].doneInPeriod == 0 && q3.plans[0].byLight[.red] == nil && q3.overdue.isEmpty)
            #expect(page.status == .ok && page.text.contains("浙江省2026年第四季度全面深化改革工作情况") && page.text.contains(#"data-print="a4""#))
            #expect(en.text.contains("浙江省: reform work, 2026") && en.text.contains("Overdue measures by lead unit"))
            #expect(docx.status == .ok && docx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            let text = try DocxText.extract(Data(buffer: docx.body)).text
            #expect(text.contains("浙江省2026年第四季度全面深化改革工作情况"))
            #expect(text.contains("浙江省2019年全面深化改革工作要点\t4\t0\t2\t0\t1\t1\t2\t0\t1\t1\t1"))
            #expect(text.contains("浙江省大数据发展管理局\t1\t"))
            #expect(badQuarter.status == .badRequest && badQuarter.apiError?.parameter == "quarter")
            // The API takes a parameter left out, never empty; a page's form sends empty for "not chosen".
            #expect(emptyYear.status == .badRequest && emptyYear.apiError?.parameter == "year")
            #expect(pageEmptyYear.status == .ok)
            #expect(beside.status == .notFound)
        }
    }

    @Test func theDocxWriterEscapesTextAndDeclaresSimSun() throws {
        // given
        let blocks: [DocxWriter.Block] = [.heading("A & B <c>", level: 1), .paragraph("一行\n二行"), .table([["甲", "乙"], ["1", "2"]])]
        // when
        let data = try DocxWriter.data(blocks, title: "测试")
        let text = try DocxText.extract(data).text
        // then
        #expect(text.components(separatedBy: "\n").filter { !$0.isEmpty } == ["A & B <c>", "一行", "二行", "甲\t乙", "1\t2"])
        #expect(DocxWriter.styles.contains(#"w:eastAsia="宋体""#) && DocxWriter.styles.contains(#"w:ascii="SimSun""#))
        #expect(DocxWriter.document(blocks).contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
    }
}
