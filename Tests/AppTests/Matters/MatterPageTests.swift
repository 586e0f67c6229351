import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The matters' pages as their users meet them: the ledger's filters, paging and exports inside the reader's view, the
/// matter page in both languages, a bad 立项 form, the step and extension forms, and the item page's "督办" button.
struct MatterPageTests {
    @Test func theLedgerFiltersPagesAndKeepsToTheReadersView() async throws {
        try await TestApp.run { services, client in
            // given: three matters of 龙华区 (one special, one closed), and one of 广州市
            let w = try await MatterFixture.make(services)
            _ = try await w.raise(w.draft(subject: "企业开办督办"))
            _ = try await w.raise(w.draft(subject: "批示件办理", level: .special, source: .leaderInstruction, deadline: TestClock.today.adding(days: 2)))
            let closed = try await w.walk(
                try await w.raise(w.draft(subject: "已办结事项", level: .general)), [.approve, .issueNotice, .sign, .handle, .feedBack, .verify, .close])
            _ = try await services.matters.create(
                w.draft(subject: "广州督办", source: .meetingDecision, lead: w.gzUnit.id, co: []), by: w.gzOffice)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let coUnit = try await client.as(.liaison, unit: w.justice.id)
            let gz = try await client.as(.liaison, unit: w.gzUnit.id)
            // when
            let special = try await office.get("/matters?level=special")
            let yellow = try await office.get("/matters?light=yellow")
            let closedOnes = try await office.get("/matters?state=closed")
            let search = try await office.get("/matters?q=\(q("企业开办"))")
            let paged = try await office.get("/matters?per_page=2&page=2")
            let mine = try await coUnit.get("/matters")
            let theirs = try await gz.get("/matters")
            let bad = try await office.get("/matters?state=finished")
            // then
            #expect(special.text.contains("批示件办理") && !special.text.contains("企业开办督办"))
            #expect(yellow.text.contains("批示件办理") && !yellow.text.contains("企业开办督办"), "due in two days: within the warn days")
            #expect(closedOnes.text.contains("已办结事项") && closedOnes.text.contains("/matters/\(closed.id)"))
            #expect(search.text.contains("企业开办督办") && !search.text.contains("批示件办理"))
            #expect(paged.text.contains("第 2 页，共 2 页") && paged.text.contains("共 3 件"))
            #expect(mine.text.contains("共 3 件") && !mine.text.contains("广州督办"))
            #expect(theirs.text.contains("广州督办") && !theirs.text.contains("企业开办督办"))
            #expect(bad.status == .badRequest)
        }
    }

    @Test func theExportsHoldTheViewsRows() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MatterFixture.make(services)
            _ = try await w.raise(w.draft(subject: "企业开办督办"))
            _ = try await w.raise(w.draft(subject: "批示件办理", level: .special, source: .leaderInstruction))
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let gz = try await client.as(.office, jurisdiction: w.guangzhou.id)
            // when
            let csv = try await office.get("/matters/export.csv?level=special")
            let english = try await office.get("/matters/export.csv?lang=en")
            let xlsx = try await office.get("/matters/export.xlsx")
            let none = try await gz.get("/matters/export.csv")
            // then
            let lines = csv.text.split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(lines.count == 2)
            #expect(lines[0].hasSuffix("序号,督办事项,督办级别,督办来源,牵头单位,协办单位,责任领导,立项日期,原定时限,办理时限,延期次数,办理状态,督办灯,任务研判,办理要求,办结日期"))
            #expect(lines[1].hasPrefix("1,批示件办理,专项督办,领导批示,深圳市龙华区发展和改革局,深圳市龙华区司法局,王副区长,\(TestClock.today.iso),"))
            #expect(english.text.contains("No.,Matter,Level,Source,Lead unit") && english.text.contains("Priority"))
            #expect(xlsx.status == .ok && xlsx.body.readableBytes > 1000)
            #expect(xlsx.headers[.contentType] == LedgerExportFormat.xlsx.contentType)
            #expect(none.text.split(separator: "\r\n").count == 1, "another city's office exports only the header")
        }
    }

    @Test func theMatterPageReadsInBothLanguagesAndOffersTheReadersSteps() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MatterFixture.make(services)
            let m = try await w.walk(try await w.raise(), [.approve, .issueNotice])
            let lead = try await client.as(.liaison, unit: w.bureau.id)
            let co = try await client.as(.liaison, unit: w.justice.id)
            let gz = try await client.as(.liaison, unit: w.gzUnit.id)
            // when
            let zh = try await lead.get("/matters/\(m.id)")
            let en = try await lead.get("/matters/\(m.id)?lang=en")
            let coPage = try await co.get("/matters/\(m.id)")
            let hidden = try await gz.get("/matters/\(m.id)")
            // then
            #expect(zh.status == .ok)
            #expect(zh.text.contains("领导审核") && zh.text.contains("区长审核同意") && zh.text.contains(#"value="sign""#))
            #expect(zh.text.contains("申请延期"))
            #expect(en.text.contains("Issue notice") && en.text.contains("Sign for") && en.text.contains("Ask for more time"))
            #expect(!en.text.contains("matterAction."), "every label is named")
            #expect(coPage.status == .ok && !coPage.text.contains(#"value="sign""#))
            #expect(hidden.status == .notFound)
        }
    }

    @Test func stepsAndExtensionsThroughTheForms() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MatterFixture.make(services)
            let m = try await w.walk(try await w.raise(), [.approve, .issueNotice])
            let lead = try await client.session(as: .liaison, unit: w.bureau.id)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            // when
            let signed = try await lead.postForm("/matters/\(m.id)/steps", [("action", "sign"), ("version", String(m.version))])
            let stale = try await lead.postForm("/matters/\(m.id)/steps", [("action", "handle"), ("version", String(m.version))])
            let asked = try await lead.postForm(
                "/matters/\(m.id)/extensions",
                [("requestedDeadline", "2026-13-01"), ("reason", ""), ("version", String(m.version + 1))])
            let askedWell = try await lead.postForm(
                "/matters/\(m.id)/extensions",
                [("requestedDeadline", TestClock.today.adding(days: 50).iso), ("reason", "需市级审批"), ("version", String(m.version + 1))])
            let cancelled = try await office.postForm("/matters/\(m.id)/steps", [("action", "cancel"), ("version", String(m.version + 2))])
            let decided = try await office.postForm(
                "/matters/\(m.id)/extensions/decision", [("decision", "approve"), ("decisionComment", "同意"), ("version", String(m.version + 2))])
            // then
            #expect(signed.status == .seeOther)
            #expect(stale.status == .conflict)
            #expect(asked.status == .unprocessableContent)
            #expect(asked.text.contains("申请延期至：日期格式应为 YYYY-MM-DD"))
            #expect(askedWell.status == .seeOther)
            #expect(cancelled.status == .unprocessableContent && cancelled.text.contains("意见或理由：不能为空"))
            #expect(decided.status == .seeOther)
            let now = try await MatterQueries.require(m.id, on: services.database.sql)
            #expect(now.deadline == TestClock.today.adding(days: 50).iso && now.matterState == .signed)
        }
    }

    @Test func raisingFromALateItemAndABadForm() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MatterFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.longhua.id)
            // when
            let item = try await office.get("/items/\(w.lateTask.id)")
            let viewersItem = try await viewer.get("/items/\(w.lateTask.id)")
            let form = try await office.get("/matters/new?item=\(w.lateTask.id)&source=item_late")
            let bad = try await office.postForm(
                "/matters", [("subject", ""), ("level", "key"), ("source", "leader_instruction"), ("deadline", "2020-01-01"), ("requiredResult", "")])
            let badEnglish = try await office.postForm(
                "/matters?lang=en", [("subject", "x"), ("level", "key"), ("source", "meeting_decision"), ("deadline", "2027-01-01")])
            let good = try await office.postForm(
                "/matters",
                [
                    ("subject", "企业开办督办"), ("level", "key"), ("source", "item_late"), ("leadUnitId", String(w.bureau.id)),
                    ("coUnitIds", String(w.justice.id)), ("deadline", TestClock.today.adding(days: 20).iso), ("requiredResult", "月底前反馈"),
                    ("itemIds", String(w.lateTask.id))
                ])
            let after = try await office.get("/items/\(w.lateTask.id)")
            // then
            #expect(
                item.text.contains("/matters/new?item=\(w.lateTask.id)&amp;source=item_late")
                    || item.text.contains("/matters/new?item=\(w.lateTask.id)&source=item_late"))
            #expect(!viewersItem.text.contains("/matters/new"))
            #expect(form.status == .ok && form.text.contains("推进企业开办一网通办") && form.text.contains("督办级别"))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("批示内容") && bad.text.contains("牵头单位") && bad.text.contains("督办事项"))
            #expect(badEnglish.status == .unprocessableContent && badEnglish.text.contains("Meeting and its decision: required"))
            #expect(good.status == .seeOther)
            #expect(after.text.contains("企业开办督办"))
        }
    }
}
