import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

private func day(_ n: Int) -> String { TestClock.today.adding(days: n).iso }

/// Requests up the tree for a later deadline (申请延期): the cap before and after acceptance (that copy's only), a
/// refusal that leaves it, who may ask and decide at each level, 409 on stale versions, errors naming the field in
/// both languages, and the receipt page, the origin's section and both inboxes.
struct CascadeExtensionTests {
    struct Extension: Decodable {
        var id: Int
        var state: String
        var requestedDeadline: String
        var version: Int
    }
    struct Receipt: Decodable {
        var id: Int
        var grantedDeadline: String?
        var version: Int
    }
    struct Audited: Decodable {
        var action: String
    }

    @Test func anAcceptedRequestRaisesThatCopysLimitAndNoOtherOne() async throws {
        try await TestDatabase.withServices { services in
            // given: the measure (due in 100 days) sent to both cities by day 90, each placed by day 80
            let w = try await CascadeFixture.make(services)
            let receipts = try await w.send(w.measure, to: [w.shenzhen, w.guangzhou], days: 90, by: w.province)
            let szReceipt = receipts.first { $0.targetJurisdictionId == w.shenzhen.id }!
            let sz = try await w.place(szReceipt, lead: w.szUnit, days: 80)
            let gz = try await w.place(receipts.first { $0.targetJurisdictionId == w.guangzhou.id }!, lead: w.gzUnit, days: 80)
            let before = await CascadeFixture.issues { _ = try await w.f.update(sz.id, reason: "延期") { $0.deadline = day(120) } }
            // when: 深圳 asks for day 120; asks for too little, and asks twice, on the way; the province accepts
            let current = try await w.receipt(szReceipt)
            let tooLittle = await CascadeFixture.issues {
                _ = try await w.cascades.requestExtension(
                    current.id, deadline: day(90), reason: "工作量大", baseVersion: current.version, by: w.office(w.shenzhen))
            }
            let asked = try await w.cascades.requestExtension(
                current.id, deadline: day(120), reason: "需配套立法，时间不足", baseVersion: current.version, by: w.office(w.shenzhen))
            let twice = await CascadeFixture.issues {
                _ = try await w.cascades.requestExtension(
                    current.id, deadline: day(130), reason: "再延", baseVersion: current.version, by: w.office(w.shenzhen))
            }
            let accepted = try await w.cascades.decideExtension(
                asked.id, .accept, comment: "同意", baseVersion: asked.version, by: w.office(w.province))
            let after = try await w.f.update(sz.id, reason: "经批准延期") { $0.deadline = day(120) }
            let beyond = await CascadeFixture.issues { _ = try await w.f.update(sz.id, reason: "延期") { $0.deadline = day(121) } }
            let otherCopy = await CascadeFixture.issues { _ = try await w.f.update(gz.id, reason: "延期") { $0.deadline = day(95) } }
            let audited = try await services.database.sql.all(
                Audited.self, "SELECT action FROM audit_log WHERE entity_type = 'cascade_extension' ORDER BY id")
            // then
            #expect(before == [ValidationIssue(field: "deadline", code: .afterLimit, value: day(90))])
            #expect(tooLittle == [ValidationIssue(field: "deadline", code: .notAfterLimit, value: day(90))])
            #expect(asked.state == "pending" && asked.limitBefore == day(90))
            #expect(twice == [ValidationIssue(field: "deadline", code: .duplicate)])
            #expect(accepted.state == "accepted" && accepted.comment == "同意")
            #expect(try await w.receipt(szReceipt).grantedDeadline == day(120))
            #expect(after.currentDeadline == day(120))
            #expect(beyond == [ValidationIssue(field: "deadline", code: .afterLimit, value: day(120))])
            #expect(otherCopy == [ValidationIssue(field: "deadline", code: .afterLimit, value: day(90))])
            #expect(audited.map(\.action) == ["create", "accept"])
        }
    }

    @Test func aRefusalLeavesTheLimitAndADecisionIsTakenOnce() async throws {
        try await TestDatabase.withServices { services in
            // given: 深圳's copy placed by day 80 under a limit of day 90, a request for day 110 pending
            let w = try await CascadeFixture.make(services)
            let r = try await w.send(w.measure, to: [w.shenzhen], days: 90, by: w.province)[0]
            let copy = try await w.place(r, lead: w.szUnit, days: 80)
            let current = try await w.receipt(r)
            let asked = try await w.cascades.requestExtension(
                r.id, deadline: day(110), reason: "需要更多时间", baseVersion: current.version, by: w.office(w.shenzhen))
            // when
            let blank = await CascadeFixture.issues {
                _ = try await w.cascades.decideExtension(asked.id, .refuse, comment: " ", baseVersion: asked.version, by: w.office(w.province))
            }
            var receiverDecides = false
            do {
                _ = try await w.cascades.decideExtension(asked.id, .accept, comment: "", baseVersion: asked.version, by: w.office(w.shenzhen))
            } catch AppError.forbidden { receiverDecides = true }
            let refused = try await w.cascades.decideExtension(
                asked.id, .refuse, comment: "省里时限不能调整", baseVersion: asked.version, by: w.office(w.province))
            var staleDecision = false
            do {
                _ = try await w.cascades.decideExtension(asked.id, .accept, comment: "", baseVersion: asked.version, by: w.office(w.province))
            } catch AppError.conflict { staleDecision = true }
            var againDecided = false
            do {
                _ = try await w.cascades.decideExtension(asked.id, .accept, comment: "", baseVersion: refused.version, by: w.office(w.province))
            } catch AppError.conflict { againDecided = true }
            let still = await CascadeFixture.issues { _ = try await w.f.update(copy.id, reason: "延期") { $0.deadline = day(100) } }
            // then
            #expect(blank == [ValidationIssue(field: "comment", code: .required)])
            #expect(receiverDecides)
            #expect(refused.state == "refused" && refused.comment == "省里时限不能调整")
            #expect(staleDecision && againDecided)
            #expect(try await w.receipt(r).grantedDeadline == nil)
            #expect(still == [ValidationIssue(field: "deadline", code: .afterLimit, value: day(90))])
        }
    }

    @Test func throughTheAPIOnlyTheReceiverAsksOnlyTheSenderDecidesAndStaleVersionsAre409() async throws {
        try await TestApp.run { services, client in
            // given: the measure sent to 深圳, signed there, not yet placed
            let w = try await CascadeFixture.make(services)
            let sent = try await w.send(w.measure, to: [w.shenzhen], days: 90, by: w.province)[0]
            let r = try await w.cascades.sign(sent.id, baseVersion: sent.version, by: w.office(w.shenzhen))
            let province = try await client.as(.office, jurisdiction: w.province.id)
            let shenzhen = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let guangzhou = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let longhua = try await client.as(.office, jurisdiction: w.longhua.id)
            let body = #"{"version":\#(r.version),"deadline":"\#(day(120))","reason":"需配套立法"}"#
            // when
            let byOtherCity = try await guangzhou.sendJSON("/api/v1/cascade/receipts/\(r.id)/extensions", method: .post, body)
            let byDistrict = try await longhua.sendJSON("/api/v1/cascade/receipts/\(r.id)/extensions", method: .post, body)
            let bySender = try await province.sendJSON("/api/v1/cascade/receipts/\(r.id)/extensions", method: .post, body)
            let staleAsk = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/extensions", method: .post,
                #"{"version":\#(r.version - 1),"deadline":"\#(day(120))","reason":"需配套立法"}"#)
            let tooLittle = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/extensions", method: .post, #"{"version":\#(r.version),"deadline":"\#(day(80))","reason":"x"}"#)
            let tooLittleEn = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/extensions?lang=en", method: .post,
                #"{"version":\#(r.version),"deadline":"\#(day(80))","reason":"x"}"#)
            let asked = try await shenzhen.sendJSON("/api/v1/cascade/receipts/\(r.id)/extensions", method: .post, body)
            let e = try asked.decode(Extension.self)
            let decide = #"{"version":\#(e.version),"decision":"accept","comment":"同意"}"#
            let decidedByOtherCity = try await guangzhou.sendJSON("/api/v1/cascade/extensions/\(e.id)/decide", method: .post, decide)
            let decidedByReceiver = try await shenzhen.sendJSON("/api/v1/cascade/extensions/\(e.id)/decide", method: .post, decide)
            let staleDecide = try await province.sendJSON(
                "/api/v1/cascade/extensions/\(e.id)/decide", method: .post, #"{"version":\#(e.version + 1),"decision":"accept"}"#)
            let accepted = try await province.sendJSON("/api/v1/cascade/extensions/\(e.id)/decide", method: .post, decide)
            let listed = try await province.get("/api/v1/cascade/receipts/\(r.id)/extensions")
            let listedByOtherCity = try await guangzhou.get("/api/v1/cascade/receipts/\(r.id)/extensions")
            let receipt = try await shenzhen.get("/api/v1/cascade/receipts/\(r.id)").decode(Receipt.self)
            // the copy may now be placed up to the date granted, not beyond it
            let placeBeyond = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/place", method: .post,
                #"{"version":\#(receipt.version),"leadUnitId":\#(w.szUnit.id),"deadline":"\#(day(121))"}"#)
            let placed = try await shenzhen.sendJSON(
                "/api/v1/cascade/receipts/\(r.id)/place", method: .post,
                #"{"version":\#(receipt.version),"leadUnitId":\#(w.szUnit.id),"deadline":"\#(day(120))"}"#)
            // then
            #expect(byOtherCity.status == .notFound && byDistrict.status == .notFound)
            #expect(bySender.status == .forbidden)
            #expect(staleAsk.status == .conflict)
            #expect(tooLittle.status == .unprocessableContent && tooLittle.apiError?.fields?.map(\.field) == ["deadline"])
            #expect(tooLittle.apiError?.fields?.first?.message == "完成时限：应晚于现行时限 \(day(90))")
            #expect(tooLittleEn.apiError?.fields?.first?.message == "Deadline: must be later than the limit in force, \(day(90))")
            #expect(asked.status == .created && e.state == "pending" && e.requestedDeadline == day(120))
            #expect(decidedByOtherCity.status == .notFound && decidedByReceiver.status == .forbidden)
            #expect(staleDecide.status == .conflict)
            #expect(accepted.status == .ok)
            #expect(try accepted.decode(Extension.self).state == "accepted")
            #expect(listed.status == .ok && listed.text.contains("\"accepted\"") && listedByOtherCity.status == .notFound)
            #expect(receipt.grantedDeadline == day(120))
            #expect(placeBeyond.status == .unprocessableContent && placeBeyond.apiError?.fields?.first?.code == "afterLimit")
            #expect(placed.status == .ok)
        }
    }

    @Test func thePagesAskDecideAndShowThePendingRequestInBothInboxes() async throws {
        try await TestApp.run { services, client in
            // given: 深圳's placed copy of the province's measure
            let w = try await CascadeFixture.make(services)
            let r = try await w.send(w.measure, to: [w.shenzhen], days: 90, by: w.province)[0]
            let copy = try await w.place(r, lead: w.szUnit, days: 80)
            let current = try await w.receipt(r)
            let shenzhen = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let province = try await client.session(as: .office, jurisdiction: w.province.id)
            // when: 深圳 asks on the receipt page (first without a reason), the province sees it and accepts
            let receiverPage = try await shenzhen.get("/cascade/receipts/\(r.id)")
            let noReason = try await shenzhen.postForm(
                "/cascade/receipts/\(r.id)/extensions", [("version", String(current.version)), ("deadline", day(120)), ("reason", "")])
            let asked = try await shenzhen.postForm(
                "/cascade/receipts/\(r.id)/extensions", [("version", String(current.version)), ("deadline", day(120)), ("reason", "需配套立法")])
            let pending = try await CascadeQueries.pendingExtension(receiptId: r.id, on: services.database.sql)!
            let receiverInbox = try await shenzhen.get("/inbox")
            let senderInbox = try await province.get("/inbox")
            let origin = try await province.get("/items/\(w.measure.id)")
            let senderPage = try await province.get("/cascade/receipts/\(r.id)?lang=en")
            let accepted = try await province.postForm(
                "/cascade/extensions/\(pending.id)/decide", [("version", String(pending.version)), ("decision", "accept"), ("comment", "同意")])
            let copyPage = try await shenzhen.get("/items/\(copy.id)")
            let after = try await province.get("/cascade/receipts/\(r.id)")
            let inboxAfter = try await province.get("/inbox")
            // then
            #expect(receiverPage.text.contains("action=\"/cascade/receipts/\(r.id)/extensions\""))
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("申请理由：不能为空"))
            #expect(asked.status == .seeOther && asked.headers[.location] == "/cascade/receipts/\(r.id)#extensions")
            #expect(receiverInbox.text.contains("已申请延期，待上级审批") && senderInbox.text.contains("申请延期，待本级审批"))
            #expect(origin.text.contains("申请延期至") && origin.text.contains("/cascade/receipts/\(r.id)#extensions"))
            #expect(senderPage.text.contains("action=\"/cascade/extensions/\(pending.id)/decide\"") && senderPage.text.contains("Pending"))
            #expect(accepted.status == .seeOther)
            #expect(copyPage.text.contains("经批准延期") && copyPage.text.contains(L10n.date(day(120), .zh)))
            #expect(after.text.contains("已同意") && !after.text.contains("action=\"/cascade/extensions/"))
            #expect(!inboxAfter.text.contains("申请延期，待本级审批"))
        }
    }
}
