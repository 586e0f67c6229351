import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// /api/v1 and the pages of the cascade: who sees and may do what at each level (province, city, district, a sibling
/// city, a unit), 409 on a stale version, and the item page, inbox, receipt and matrix pages in both languages.
struct CascadeAPITests {
    struct Receipts: Decodable {
        struct Receipt: Decodable {
            var id: Int
            var state: String
            var targetJurisdictionId: Int
            var version: Int
        }
        var items: [Receipt]
    }
    struct Copies: Decodable {
        struct Copy: Decodable {
            var targetJurisdictionId: Int
            var state: String
            var itemId: Int?
            var light: String
        }
        var copies: [Copy]
    }

    @Test func eachLevelSeesAndActsOnlyOnWhatIsItsOwn() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await CascadeFixture.make(services)
            let province = try await client.as(.office, jurisdiction: w.province.id)
            let shenzhen = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let guangzhou = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let longhua = try await client.as(.office, jurisdiction: w.longhua.id)
            let liaison = try await client.as(.liaison, unit: w.szUnit.id)
            let deadline = TestClock.today.adding(days: 90).iso
            // when
            let citySendsProvinceItem = try await shenzhen.sendJSON(
                "/api/v1/items/\(w.measure.id)/cascade", method: .post, #"{"instruction":"落实","deadline":"\#(deadline)"}"#)
            let tooLate = try await province.sendJSON(
                "/api/v1/items/\(w.measure.id)/cascade", method: .post,
                #"{"instruction":"落实","deadline":"\#(TestClock.today.adding(days: 101).iso)"}"#)
            let sent = try await province.sendJSON(
                "/api/v1/items/\(w.measure.id)/cascade", method: .post,
                #"{"targetJurisdictionIds":[\#(w.shenzhen.id)],"instruction":"结合实际落实","deadline":"\#(deadline)","leadUnitType":"发改委"}"#)
            let r = try sent.decode(Receipts.self).items[0]
            let seenBySibling = try await guangzhou.get("/api/v1/cascade/receipts/\(r.id)")
            let seenBelow = try await longhua.get("/api/v1/cascade/receipts/\(r.id)")
            let seenByUnit = try await liaison.get("/api/v1/cascade/receipts/\(r.id)")
            let seenBySender = try await province.get("/api/v1/cascade/receipts/\(r.id)")
            let senderSigns = try await province.sendJSON("/api/v1/cascade/receipts/\(r.id)/sign", method: .post, #"{"version":\#(r.version)}"#)
            let received = try await shenzhen.get("/api/v1/cascade/receipts").decode(Receipts.self)
            let signed = try await shenzhen.sendJSON("/api/v1/cascade/receipts/\(r.id)/sign", method: .post, #"{"version":\#(r.version)}"#)
            let stale = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/place", method: .post,
                #"{"version":\#(r.version),"leadUnitId":\#(w.szUnit.id),"deadline":"\#(deadline)"}"#)
            let foreignUnit = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/place", method: .post,
                #"{"version":\#(r.version + 1),"leadUnitId":\#(w.gzUnit.id),"deadline":"\#(deadline)"}"#)
            let placed = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/place", method: .post,
                #"{"version":\#(r.version + 1),"leadUnitId":\#(w.szUnit.id),"deadline":"\#(deadline)"}"#)
            let cityWithdraws = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/cancel", method: .post, #"{"version":\#(r.version + 2),"reason":"不需要"}"#)
            let copies = try await province.get("/api/v1/items/\(w.measure.id)/copies").decode(Copies.self)
            let matrixOfProvince = try await province.get("/api/v1/cascade/matrix")
            let matrixForCity = try await shenzhen.get("/api/v1/cascade/matrix?jurisdiction=\(w.province.id)")
            // then
            #expect(citySendsProvinceItem.status == .notFound)
            #expect(tooLate.status == .unprocessableContent && tooLate.apiError?.fields?.map(\.code) == ["afterLimit"])
            #expect(sent.status == .created)
            #expect(seenBySibling.status == .notFound && seenBelow.status == .notFound && seenByUnit.status == .notFound)
            #expect(seenBySender.status == .ok)
            #expect(senderSigns.status == .forbidden)
            #expect(received.items.map(\.id) == [r.id])
            #expect(signed.status == .ok)
            #expect(stale.status == .conflict)
            #expect(foreignUnit.status == .unprocessableContent && foreignUnit.apiError?.fields?.map(\.field) == ["leadUnitId"])
            #expect(placed.status == .ok)
            #expect(cityWithdraws.status == .forbidden)
            #expect(
                copies.copies.map(\.targetJurisdictionId) == [w.shenzhen.id] && copies.copies[0].state == "placed" && copies.copies[0].itemId != nil)
            #expect(matrixOfProvince.status == .ok && matrixOfProvince.text.contains("\"columns\""))
            #expect(matrixForCity.status == .notFound)
        }
    }

    @Test func thePagesShowTheLinkTheCopiesAndTheMatrixInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given: the measure sent to both cities, placed in 深圳
            let w = try await CascadeFixture.make(services)
            let receipts = try await w.send(w.measure, to: [w.shenzhen, w.guangzhou], days: 90, by: w.province)
            let copy = try await w.place(receipts.first { $0.targetJurisdictionId == w.shenzhen.id }!, lead: w.szUnit, days: 80)
            let pending = receipts.first { $0.targetJurisdictionId == w.guangzhou.id }!
            let province = try await client.as(.office, jurisdiction: w.province.id)
            let shenzhen = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let guangzhou = try await client.as(.office, jurisdiction: w.guangzhou.id)
            // when
            let origin = try await province.get("/items/\(w.measure.id)")
            let copyPage = try await shenzhen.get("/items/\(copy.id)")
            let copyPageEn = try await shenzhen.get("/items/\(copy.id)?lang=en")
            let inbox = try await guangzhou.get("/inbox")
            let receiptPage = try await guangzhou.get("/cascade/receipts/\(pending.id)")
            let matrix = try await province.get("/cascade/matrix")
            let matrixEn = try await province.get("/cascade/matrix?lang=en")
            let xlsx = try await province.get("/cascade/matrix?format=xlsx")
            let list = try await province.get("/cascade")
            // then
            #expect(origin.status == .ok && origin.text.contains("id=\"cascade\"") && origin.text.contains("深圳市") && origin.text.contains("待签收"))
            #expect(copyPage.status == .ok && copyPage.text.contains("/items/\(w.measure.id)") && copyPage.text.contains("广东省"))
            #expect(copyPageEn.text.contains("Deadline no later than"))
            #expect(inbox.text.contains("/cascade/receipts/\(pending.id)"))
            #expect(receiptPage.status == .ok && receiptPage.text.contains("action=\"/cascade/receipts/\(pending.id)/place\""))
            #expect(matrix.status == .ok && matrix.text.contains("广州市") && matrix.text.contains("/items/\(copy.id)"))
            #expect(matrixEn.text.contains("Cascade matrix") && matrixEn.text.contains("Awaiting signature"))
            #expect(xlsx.status == .ok && xlsx.headers[.contentType]?.hasPrefix("application/vnd.openxmlformats") == true)
            #expect(list.status == .ok && list.text.contains("推进企业开办全程网办"))
        }
    }

    @Test func theItemPageSendsDownAndReportsAFormErrorInPlace() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await CascadeFixture.make(services)
            let province = try await client.session(as: .office, jurisdiction: w.province.id)
            // when
            let bad = try await province.postForm(
                "/items/\(w.measure.id)/cascade",
                [("targetJurisdictionIds", String(w.shenzhen.id)), ("instruction", " "), ("deadline", TestClock.today.adding(days: 120).iso)])
            let good = try await province.postForm(
                "/items/\(w.measure.id)/cascade",
                [("targetJurisdictionIds", String(w.shenzhen.id)), ("instruction", "抓好落实"), ("deadline", TestClock.today.adding(days: 60).iso)])
            let receipts = try await CascadeQueries.received(by: w.shenzhen.id, open: true, on: services.database.sql)
            // then
            #expect(bad.status == .unprocessableContent && bad.text.contains("不能晚于") && bad.text.contains("下达要求"))
            #expect(good.status == .seeOther && good.headers[.location] == "/items/\(w.measure.id)#cascade")
            #expect(receipts.count == 1 && receipts[0].instruction == "抓好落实")
        }
    }
}
