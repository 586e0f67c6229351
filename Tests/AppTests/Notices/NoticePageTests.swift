import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Notices as their users meet them: the print page's red header, the receipt flow and the unsigned list, a unit that
/// reads only what is addressed to it, the new-notice form from a source, and validation naming its fields.
struct NoticePageTests {
    @Test func thePrintPageHasTheRedHeaderAndTheNumberInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await NoticeFixture.make(services)
            let n = try await w.issued()
            let draft = try await w.draft()
            let office = try await client.as(.office, jurisdiction: w.m.shenzhen.id)
            // when
            let zh = try await office.get("/notices/\(n.id)/print")
            let en = try await office.get("/notices/\(n.id)/print?lang=en")
            let unnumbered = try await office.get("/notices/\(draft.id)/print")
            // then
            #expect(zh.status == .ok)
            #expect(zh.headers[.contentType] == "text/html; charset=utf-8")
            #expect(zh.text.contains("<meta charset=\"utf-8\">") && zh.text.contains("href=\"/static/notice-print.css\""))
            #expect(zh.text.contains("<div class=\"redhead\">中共深圳市龙华区委全面深化改革委员会办公室</div>"))
            #expect(zh.text.contains("<p class=\"docnumber\">龙华改办督〔\(TestClock.today.year)〕1号</p>"))
            #expect(zh.text.contains("<hr class=\"redrule\">"))
            let css = try await office.get("/static/notice-print.css").text
            #expect(
                css.contains("size: A4") && css.contains(".redhead { text-align: center; color: #d00;") && css.contains("border-top: 2px solid #d00"))
            #expect(zh.text.contains("2026年11月20日") && zh.text.contains("lang=\"zh"))
            #expect(en.text.contains("lang=\"en\"") && en.text.contains("2026-11-20") && en.text.contains("龙华改办督〔2026〕1号"))
            #expect(unnumbered.text.contains("草 稿") && !unnumbered.text.contains("龙华改办督〔"))
        }
    }

    @Test func recipientsSignForANoticeAndTheOfficeSeesWhoHasNot() async throws {
        try await TestApp.run { services, client in
            // given: a 催办单 to 发改局 and 司法局
            let w = try await NoticeFixture.make(services)
            let n = try await w.issued()
            let office = try await client.as(.office, jurisdiction: w.m.shenzhen.id)
            let bureau = try await client.session(as: .liaison, unit: w.m.bureau.id)
            let justice = try await client.as(.unitHead, unit: w.m.justice.id)
            let inboxBefore = try await bureau.get("/inbox")
            // when: 发改局 signs on the page, then tries again; 司法局 has not signed
            let signed = try await bureau.postForm("/notices/\(n.id)/receipt", [])
            let twice = try await bureau.postForm("/notices/\(n.id)/receipt", [])
            let unsignedForOffice = try await office.get("/notices/unsigned")
            let unsignedForBureau = try await bureau.get("/notices/unsigned")
            let unsignedForJustice = try await justice.get("/api/v1/notices?unsigned=true")
            let page = try await office.get("/notices/\(n.id)")
            let inboxAfter = try await bureau.get("/inbox")
            // then
            #expect(inboxBefore.text.contains("待签收的督办文书") && inboxBefore.text.contains("/notices/\(n.id)"))
            #expect(signed.status == .seeOther)
            #expect(twice.status == .conflict)
            #expect(unsignedForOffice.text.contains("/notices/\(n.id)") && unsignedForOffice.text.contains("已签收 1/2"))
            #expect(!unsignedForBureau.text.contains("/notices/\(n.id)"))
            #expect(try unsignedForJustice.decode(ListIds.self).items.map(\.id) == [n.id])
            #expect(page.text.contains("已签收 1/2") && page.text.contains("未签收"))
            #expect(!inboxAfter.text.contains("/notices/\(n.id)"))
            let recipients = try await NoticeQueries.recipients(of: n.id, on: services.database.sql)
            #expect(recipients.first { $0.unitId == w.m.bureau.id }?.signedAt != nil)
            #expect(recipients.first { $0.unitId == w.m.justice.id }?.signedAt == nil)
            let audit = try await services.database.sql.scalar(
                Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'notice' AND entity_id = \(bind: n.id)")
            #expect(audit == 3, "create, issue, receipt")
        }
    }

    struct ListIds: Decodable {
        struct Item: Decodable { var id: Int }
        var items: [Item]
    }

    @Test func aUnitReadsOnlyTheIssuedNoticesAddressedToIt() async throws {
        try await TestApp.run { services, client in
            // given: one issued to 发改局 only, one draft to both
            let w = try await NoticeFixture.make(services)
            let toBureau = try await w.issued(recipients: [w.m.bureau.id])
            let draft = try await w.draft()
            let bureau = try await client.as(.liaison, unit: w.m.bureau.id)
            let justice = try await client.as(.liaison, unit: w.m.justice.id)
            let gz = try await client.as(.office, jurisdiction: w.m.guangzhou.id)
            // when
            let mine = try await bureau.get("/notices/\(toBureau.id)")
            let notMine = try await justice.get("/notices/\(toBureau.id)")
            let notMineAPI = try await justice.get("/api/v1/notices/\(toBureau.id)")
            let notMinePrint = try await justice.get("/notices/\(toBureau.id)/print")
            let notMineSign = try await justice.postForm("/notices/\(toBureau.id)/receipt", [])
            let draftForUnit = try await bureau.get("/notices/\(draft.id)")
            let otherCity = try await gz.get("/notices/\(toBureau.id)")
            let justiceList = try await justice.get("/api/v1/notices")
            // then
            #expect(mine.status == .ok && mine.text.contains("签收"))
            #expect(notMine.status == .notFound && notMineAPI.status == .notFound && notMinePrint.status == .notFound)
            #expect(notMineSign.status == .notFound)
            #expect(draftForUnit.status == .notFound)
            #expect(otherCity.status == .notFound)
            #expect(try justiceList.decode(ListIds.self).items.isEmpty)
        }
    }

    @Test func aNewNoticeStartsFromItsSourceAndRefusesBadInputByField() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await NoticeFixture.make(services)
            let matter = try await w.m.raise()
            let office = try await client.session(as: .office, jurisdiction: w.m.shenzhen.id)
            // when
            let form = try await office.get("/notices/new?source=matter:\(matter.id)&kind=reminder")
            let english = try await office.get("/notices/new?source=matter:\(matter.id)&kind=reminder&lang=en")
            let bad = try await office.postForm(
                "/notices", [("kind", "reminder"), ("source", "matter:\(matter.id)"), ("title", " "), ("body", "正文"), ("issuer", "改革办")])
            let api = try await client.as(.office, jurisdiction: w.m.shenzhen.id).sendJSON(
                "/api/v1/notices", method: .post,
                #"{"kind":"notice","source":"matter:999999","title":"t","body":"b","issuer":"i","signature":"s","recipientIds":[]}"#)
            let unknownSource = try await office.get("/notices/new?source=matter:999999")
            let badSource = try await office.get("/notices/new?source=item:1")
            // then: the template filled with the matter's facts
            #expect(form.status == .ok)
            #expect(form.text.contains("关于“推进企业开办一网通办督办”的催办单"))
            #expect(form.text.contains("深圳市龙华区发展和改革局") && form.text.contains("2026年12月20日"))
            #expect(form.text.contains("十二月底前全面上线并反馈"))
            #expect(english.text.contains("Reminder: 推进企业开办一网通办督办") && english.text.contains("2026-12-20"))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("标题：不能为空") && bad.text.contains("落款：不能为空") && bad.text.contains("主送单位：不能为空"))
            #expect(!bad.text.contains("正文：不能为空"))
            #expect(api.status == .unprocessableContent)
            #expect(Set(api.apiError?.fields?.map(\.field) ?? []) == ["kind", "source", "recipientIds"])
            #expect(unknownSource.status == .notFound && badSource.status == .badRequest)
        }
    }

    @Test func issuingACommendationRecordsItForTheUnitInOneStep() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await NoticeFixture.make(services)
            let d = try await w.draft(.commendation, recipients: [w.m.housing.id])
            let office = try await client.session(as: .office, jurisdiction: w.m.shenzhen.id)
            // when
            let issued = try await office.postForm("/notices/\(d.id)/issue", [("version", String(d.version)), ("recordCommendations", "1")])
            let records = try await office.get("/units/\(w.m.housing.id)/records")
            let unit = try await client.as(.liaison, unit: w.m.housing.id)
            let sign = try await unit.postForm("/notices/\(d.id)/receipt", [])
            // then
            #expect(issued.status == .seeOther)
            let stored = try await UnitRecordQueries.records(ofUnit: w.m.housing.id, on: services.database.sql)
            #expect(stored.map(\.kind) == ["commendation"] && stored.first?.sourceType == "notice" && stored.first?.sourceId == d.id)
            #expect(stored.first?.grounds.hasPrefix("龙华改办通报〔2026〕第1期") == true)
            #expect(records.text.contains("通报表扬 1") && records.text.contains("/notices/\(d.id)"))
            #expect(!records.text.contains("has-error"), "a fresh form shows no error")
            #expect(sign.status == .unprocessableContent, "a commendation is read, not signed for")
        }
    }

    @Test func theSequencesPageConfiguresNumbering() async throws {
        try await TestApp.run { services, client in
            // given: no sequence yet
            let w = try await NoticeFixture.make(services, sequences: false)
            let office = try await client.session(as: .office, jurisdiction: w.m.shenzhen.id)
            // when
            let saved = try await office.postForm(
                "/settings/notice-sequences",
                [("jurisdictionId", String(w.m.longhua.id)), ("name", "督办文书"), ("prefix", "龙华改办督"), ("suffix", "number"), ("kinds", "reminder")])
            let bad = try await office.postForm(
                "/settings/notice-sequences",
                [("jurisdictionId", String(w.m.longhua.id)), ("name", "x"), ("prefix", "龙华3"), ("suffix", "number"), ("kinds", "reminder")])
            let page = try await office.get("/settings/notice-sequences?lang=en")
            let unit = try await client.as(.liaison, unit: w.m.bureau.id)
            let denied = try await unit.get("/settings/notice-sequences")
            // then
            #expect(saved.status == .seeOther)
            #expect(bad.status == .unprocessableContent && bad.text.contains("发文机关代字：不是可选的值") && bad.text.contains("适用文书类型：存在重复"))
            #expect(page.text.contains("龙华改办督〔2026〕1号") && page.text.contains("Reminder"))
            #expect(denied.status == .forbidden)
        }
    }
}
