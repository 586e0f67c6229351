import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// /api/v1 and the pages of the year-end check: who sees which rows, answers naming their row, the office's review and
/// lock through the API, and the plan page link, the check page (office and liaison), the print page, the export, the
/// inbox and the item pages in both languages.
struct YearEndAPITests {
    struct Check: Decodable {
        struct Row: Decodable {
            var id: Int
            var itemId: Int?
            var unitId: Int?
            var state: String
            var outcome: String
            var version: Int
            var carriedItemId: Int?
        }
        var id: Int
        var state: String
        var version: Int
        var targetPlanId: Int?
        var rows: [Row]?
    }
    struct Rows: Decodable {
        var rows: [Check.Row]
    }

    @Test func eachReaderSeesItsRowsAndTheOfficeLocksThroughTheAPI() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await YearEndFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.district.id)
            let bureau = try await client.as(.liaison, unit: w.bureau.id)
            let industryHead = try await client.as(.unitHead, unit: w.industry.id)
            let outsider = try await client.as(.liaison, unit: try await w.f.unit("深圳市龙华区教育局", in: w.district.id).id)
            let viewer = try await client.as(.viewer, jurisdiction: w.district.id)
            // when
            let byLiaison = try await bureau.sendJSON("/api/v1/plans/\(w.plan.id)/yearend", method: .post, #"{"year":2020}"#)
            let opened = try await office.sendJSON("/api/v1/plans/\(w.plan.id)/yearend", method: .post, #"{"year":2020}"#)
            let check = try opened.decode(Check.self)
            let seenByBureau = try await bureau.get("/api/v1/yearend/\(check.id)").decode(Check.self)
            let seenByOutsider = try await outsider.get("/api/v1/yearend/\(check.id)")
            let seenByViewer = try await viewer.get("/api/v1/yearend/\(check.id)").decode(Check.self)
            let rows = try #require(check.rows)
            let r1 = rows[0], r2 = rows[1], r4 = rows[3]
            let missingReason = try await bureau.sendJSON(
                "/api/v1/yearend/\(check.id)/answers", method: .post,
                #"{"answers":[{"rowId":\#(r2.id),"version":1,"outcome":"done"},{"rowId":\#(r1.id),"version":1,"outcome":"carried","newDeadline":"2021-06-30"}]}"#
            )
            let bureauAnswers = try await bureau.sendJSON(
                "/api/v1/yearend/\(check.id)/answers", method: .post,
                #"{"answers":[{"rowId":\#(r1.id),"version":1,"outcome":"carried","newDeadline":"2021-06-30","reason":"疫情影响"},{"rowId":\#(r2.id),"version":1,"outcome":"done"}]}"#
            )
            let industryAnswers = try await industryHead.sendJSON(
                "/api/v1/yearend/\(check.id)/answers", method: .post, #"{"answers":[{"rowId":\#(r4.id),"version":1,"outcome":"done"}]}"#)
            let unitReviews = try await bureau.sendJSON(
                "/api/v1/yearend/\(check.id)/reviews", method: .post, #"{"rows":[{"rowId":\#(r1.id),"version":2}],"action":"confirm"}"#)
            let confirmed = try await office.sendJSON(
                "/api/v1/yearend/\(check.id)/reviews", method: .post,
                #"{"rows":[{"rowId":\#(r1.id),"version":2},{"rowId":\#(r2.id),"version":2},{"rowId":\#(r4.id),"version":2}],"action":"confirm"}"#)
            let earlyLock = try await office.sendJSON("/api/v1/yearend/\(check.id)/lock", method: .post, #"{"version":1}"#)
            let r3 = rows[2]
            let officeAnswers = try await office.sendJSON(
                "/api/v1/yearend/\(check.id)/answers", method: .post,
                #"{"answers":[{"rowId":\#(r3.id),"version":1,"outcome":"cancelled","reason":"并入市级部署"}]}"#)
            _ = try await office.sendJSON(
                "/api/v1/yearend/\(check.id)/reviews", method: .post, #"{"rows":[{"rowId":\#(r3.id),"version":2}],"action":"confirm"}"#)
            let locked = try await office.sendJSON(
                "/api/v1/yearend/\(check.id)/lock", method: .post, #"{"version":1,"newPlanTitle":"龙华区2021年改革工作要点"}"#)
            let afterLock = try await bureau.sendJSON(
                "/api/v1/yearend/\(check.id)/answers", method: .post, #"{"answers":[{"rowId":\#(r2.id),"version":3,"outcome":"done"}]}"#)
            let list = try await viewer.get("/api/v1/plans/\(w.plan.id)/yearend")
            let bureauRows = try bureauAnswers.decode(Rows.self).rows
            let confirmedRows = try confirmed.decode(Rows.self).rows
            let done = try locked.decode(Check.self)
            let nextPlan = try await w.f.reloadPlan(try #require(done.targetPlanId))
            // then
            #expect(byLiaison.status == .forbidden)
            #expect(opened.status == .created && check.state == "open" && rows.count == 4)
            #expect(seenByBureau.rows?.map(\.itemId) == [w.m1.id, w.m2.id])
            #expect(seenByOutsider.status == .notFound)
            #expect(seenByViewer.rows?.count == 4)
            #expect(missingReason.status == .unprocessableContent && missingReason.apiError?.fields?.map(\.field) == ["answers[1].reason"])
            #expect(missingReason.apiError?.message.contains("完善分级分类企业服务机制") == true)
            #expect(bureauAnswers.status == .ok && bureauRows.map(\.state) == ["answered", "answered"])
            #expect(industryAnswers.status == .ok)
            #expect(unitReviews.status == .forbidden)
            #expect(confirmed.status == .ok && confirmedRows.allSatisfy { $0.state == "confirmed" })
            #expect(earlyLock.status == .unprocessableContent && earlyLock.apiError?.code == "yearend_unconfirmed")
            #expect(officeAnswers.status == .ok)
            #expect(locked.status == .ok && done.state == "locked" && done.rows?.first?.carriedItemId != nil)
            #expect(nextPlan.title == "龙华区2021年改革工作要点")
            #expect(afterLock.status == .conflict)
            #expect(list.status == .ok && list.text.contains("\"year\":2020"))
        }
    }

    @Test func thePagesShowTheCheckToTheOfficeAndTheLiaisonInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given: 发改局 answered m1 (carried), the office returned nothing yet; 工信局 has not answered
            let w = try await YearEndFixture.make(services)
            let check = try await w.yearEnd.open(planId: w.plan.id, year: 2020, by: w.office)
            try await w.answer(check, w.m1, .carried, deadline: "2021-06-30", reason: "疫情影响顺延")
            let office = try await client.session(as: .office, jurisdiction: w.district.id)
            let liaison = try await client.session(as: .liaison, unit: w.industry.id)
            let r4 = try await w.row(check, item: w.m4)
            // when
            let planPage = try await office.get("/plans/\(w.plan.id)")
            let listPage = try await office.get("/plans/\(w.plan.id)/yearend")
            let officePage = try await office.get("/yearend/\(check.id)")
            let officePageEn = try await office.get("/yearend/\(check.id)?lang=en")
            let liaisonPage = try await liaison.get("/yearend/\(check.id)")
            let officeInbox = try await office.get("/inbox")
            let liaisonInbox = try await liaison.get("/inbox")
            let bad = try await liaison.postForm(
                "/yearend/\(check.id)/answers", [("row", String(r4.id)), ("v\(r4.id)", "1"), ("outcome", "cancelled"), ("reason", " ")])
            let good = try await liaison.postForm(
                "/yearend/\(check.id)/answers", [("row", String(r4.id)), ("v\(r4.id)", "1"), ("outcome", "done")])
            let stale = try await liaison.postForm(
                "/yearend/\(check.id)/answers", [("row", String(r4.id)), ("v\(r4.id)", "1"), ("outcome", "done")])
            let print = try await office.get("/yearend/\(check.id)/print")
            let printEn = try await office.get("/yearend/\(check.id)/print?lang=en")
            let xlsx = try await office.get("/yearend/\(check.id)?format=xlsx")
            let itemPage = try await office.get("/items/\(w.m1.id)")
            // then
            #expect(planPage.text.contains("/plans/\(w.plan.id)/yearend"))
            #expect(listPage.status == .ok && listPage.text.contains("2020年年底对账"))
            #expect(officePage.status == .ok && officePage.text.contains("完善分级分类企业服务机制") && officePage.text.contains("上线企业诉求闭环管理系统"))
            #expect(officePage.text.contains("formaction=\"/yearend/\(check.id)/reviews\"") && officePage.text.contains("待改革办审核"))
            #expect(officePageEn.text.contains("Year-end check 2020") && officePageEn.text.contains("Carried over"))
            #expect(liaisonPage.status == .ok && liaisonPage.text.contains("上线企业诉求闭环管理系统"))
            #expect(!liaisonPage.text.contains("完善分级分类企业服务机制") && !liaisonPage.text.contains("/yearend/\(check.id)/reviews"))
            #expect(officeInbox.text.contains("/yearend/\(check.id)#row-") && officeInbox.text.contains("完善分级分类企业服务机制"))
            #expect(liaisonInbox.text.contains("上线企业诉求闭环管理系统") && !liaisonInbox.text.contains("完善分级分类企业服务机制"))
            #expect(bad.status == .unprocessableContent && bad.text.contains("上线企业诉求闭环管理系统：理由：不能为空"))
            #expect(good.status == .seeOther)
            #expect(stale.status == .conflict && stale.text.contains("上线企业诉求闭环管理系统：已被他人修改"))
            #expect(print.status == .ok && print.text.contains("填报单位（盖章）") && print.text.contains("按牵头单位统计"))
            #expect(printEn.text.contains("Reporting unit (seal)"))
            #expect(xlsx.status == .ok && xlsx.headers[.contentType]?.hasPrefix("application/vnd.openxmlformats") == true)
            #expect(itemPage.text.contains("id=\"yearend\"") && itemPage.text.contains("/yearend/\(check.id)"))
        }
    }

    @Test func bothItemPagesLinkTheCarriedMeasureAndItsContinuation() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await YearEndFixture.make(services)
            let check = try await w.confirmedCheck()
            let locked = try await w.yearEnd.lock(checkId: check.id, .init(), baseVersion: check.version, by: w.office)
            let carried = try #require(try await w.row(locked, item: w.m1).carriedItemId)
            let office = try await client.as(.office, jurisdiction: w.district.id)
            // when
            let original = try await office.get("/items/\(w.m1.id)")
            let continuation = try await office.get("/items/\(carried)?lang=en")
            let page = try await office.get("/yearend/\(check.id)")
            // then
            #expect(original.text.contains("/items/\(carried)") && original.text.contains("2021年工作要点"))
            #expect(continuation.text.contains("Carried over from") && continuation.text.contains("/items/\(w.m1.id)"))
            #expect(page.text.contains("已锁定") && !page.text.contains("name=\"row\"") && !page.text.contains("/yearend/\(check.id)/lock"))
        }
    }
}
