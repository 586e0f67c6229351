import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Meetings end to end: recording one with its agenda, the page in both languages with its links both ways, 409 on a stale
/// edit, who may read and write, and each decision becoming an item, a matter and a cascade — each in one transaction.
struct MeetingTests {
    struct Meeting: Decodable {
        struct Link: Decodable, Equatable {
            var kind: String
            var id: Int
        }
        struct Agenda: Decodable {
            var id: Int
            var kind: String
            var outcome: String?
            var planId: Int?
            var links: [Link]
            var results: [Link]
            var cascadeSendIds: [Int]
        }
        var id: Int
        var ordinal: Int
        var agenda: [Agenda]
        var version: Int
    }

    @Test func aMeetingIsRecordedAndReadInBothLanguagesWithItsLinks() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MeetingFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.zhejiang.id)
            // when
            let created = try await office.sendJSON(
                "/api/v1/meetings", method: .post,
                #"""
                {"bodyId":\#(w.commission.id),"ordinal":6,"heldOn":"2019-11-04","chair":"车俊","agenda":[
                 {"kind":"report","title":"关于宁波“17+1”经贸合作示范区建设情况的汇报","links":[{"kind":"item","id":\#(w.measure.id)},{"kind":"plan","id":\#(w.plan.id)}]},
                 {"kind":"review","title":"关于深化制造业企业资源要素优化配置改革的若干意见","outcome":"approved_in_principle","planId":\#(w.plan.id)},
                 {"kind":"decision","title":"年底前逐项检查"}]}
                """#)
            let m = try created.decode(Meeting.self)
            let zh = try await office.get("/meetings/\(m.id)")
            let en = try await office.get("/meetings/\(m.id)?lang=en")
            let list = try await office.get("/meetings")
            let report = try await office.get("/meetings/report?jurisdiction=\(w.zhejiang.id)&year=2026")
            // then
            #expect(created.status == .created)
            #expect(m.ordinal == 6 && m.agenda.map(\.kind) == ["report", "review", "decision"])
            #expect(m.agenda[0].links == [.init(kind: "item", id: w.measure.id), .init(kind: "plan", id: w.plan.id)])
            #expect(m.agenda[1].outcome == "approved_in_principle" && m.agenda[1].planId == w.plan.id)
            #expect(zh.status == .ok && zh.text.contains("中共浙江省委全面深化改革委员会第六次会议") && zh.text.contains("原则通过"))
            #expect(zh.text.contains("href=\"/items/\(w.measure.id)\"") && zh.text.contains("href=\"/plans/\(w.plan.id)\""))
            #expect(zh.text.contains("听取汇报") && zh.text.contains("审议事项") && zh.text.contains("会议决定"))
            #expect(en.status == .ok && en.text.contains("6th meeting") && en.text.contains("Approved in principle") && !en.text.contains("第六次会议"))
            #expect(list.text.contains("/meetings/\(m.id)") && list.text.contains("第六次会议"))
            // The plan approved shows the meeting that approved it on the commission's report.
            #expect(report.status == .ok && report.text.contains("href=\"/meetings/\(m.id)\""))
        }
    }

    @Test func anEditKeepsTheAgendaItemsItNamesAndAStaleOneIsRefused() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MeetingFixture.make(services)
            let m = try await w.sixthMeeting()
            let office = try await client.as(.office, jurisdiction: w.zhejiang.id)
            let before = try await office.get("/api/v1/meetings/\(m.id)").decode(Meeting.self)
            let decision = before.agenda.first { $0.kind == "decision" }!
            _ = try await services.meetings.decisionToItem(
                meetingId: m.id, agendaId: decision.id,
                .init(planId: w.plan.id, parentItemId: nil, title: "", leadUnitId: w.jxt.id, deadline: ""), by: w.office)
            func body(version: Int, agenda: String) -> String {
                #"{"version":\#(version),"bodyId":\#(w.commission.id),"ordinal":6,"heldOn":"2019-11-04","chair":"车俊","agenda":[\#(agenda)]}"#
            }
            // when
            let kept = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)", method: .put,
                body(version: m.version, agenda: #"{"id":\#(decision.id),"kind":"decision","title":"推动延伸（改）"},{"kind":"report","title":"新增汇报"}"#))
            let stale = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)", method: .put, body(version: m.version, agenda: #"{"id":\#(decision.id),"kind":"decision","title":"再改"}"#))
            let dropsDecision = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)", method: .put, body(version: m.version + 1, agenda: #"{"kind":"report","title":"只剩汇报"}"#))
            let foreignId = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)", method: .put,
                body(
                    version: m.version + 1, agenda: #"{"id":\#(decision.id),"kind":"decision","title":"x"},{"id":999999,"kind":"report","title":"y"}"#
                ))
            let duplicate = try await office.sendJSON(
                "/api/v1/meetings", method: .post, #"{"bodyId":\#(w.commission.id),"ordinal":6,"heldOn":"2019-12-01","chair":"车俊"}"#)
            let after = try await office.get("/api/v1/meetings/\(m.id)").decode(Meeting.self)
            // then
            #expect(kept.status == .ok)
            #expect(after.version == m.version + 1 && after.agenda.map(\.kind) == ["decision", "report"])
            #expect(after.agenda[0].id == decision.id && after.agenda[0].results.map(\.kind) == ["item"])
            #expect(stale.status == .conflict)
            #expect(dropsDecision.status == .unprocessableContent && dropsDecision.apiError?.code == "meeting_decision_has_results")
            #expect(foreignId.status == .unprocessableContent && foreignId.apiError?.fields?.map(\.field) == ["agenda[1].id"])
            #expect(duplicate.status == .unprocessableContent && duplicate.apiError?.fields?.map(\.field) == ["ordinal"])
        }
    }

    @Test func everyoneWhoSeesTheJurisdictionReadsAndOnlyItsOfficeWrites() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MeetingFixture.make(services)
            let m = try await w.sixthMeeting()
            let city = try await client.as(.office, jurisdiction: w.hangzhou.id)
            let other = try await client.as(.office, jurisdiction: w.guangdong.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.zhejiang.id)
            let liaison = try await client.as(.liaison, unit: w.jxt.id)
            let decision = try await w.decisions(of: m)[0]
            let edit = #"{"version":\#(m.version),"bodyId":\#(w.commission.id),"ordinal":6,"heldOn":"2019-11-04","chair":"改"}"#
            // when
            let readByViewer = try await viewer.get("/api/v1/meetings/\(m.id)")
            let readByLiaison = try await liaison.get("/meetings/\(m.id)")
            let readBelow = try await city.get("/api/v1/meetings/\(m.id)")
            let readBeside = try await other.get("/api/v1/meetings/\(m.id)")
            let editByViewer = try await viewer.sendJSON("/api/v1/meetings/\(m.id)", method: .put, edit)
            let editBeside = try await other.sendJSON("/api/v1/meetings/\(m.id)", method: .put, edit)
            let itemByLiaison = try await liaison.sendJSON(
                "/api/v1/meetings/\(m.id)/agenda/\(decision.id)/items", method: .post, #"{"planId":\#(w.plan.id)}"#)
            let bodyBeside = try await other.sendJSON(
                "/api/v1/meeting-bodies", method: .post, #"{"jurisdictionId":\#(w.zhejiang.id),"kind":"commission","name":"冒名"}"#)
            let listedBeside = try await other.get("/api/v1/meetings").decode(Summaries.self)
            let listedByViewer = try await viewer.get("/api/v1/meetings").decode(Summaries.self)
            // then
            #expect(readByViewer.status == .ok && readByLiaison.status == .ok)
            #expect(readBelow.status == .notFound && readBeside.status == .notFound)
            #expect(editByViewer.status == .forbidden && editBeside.status == .notFound && itemByLiaison.status == .forbidden)
            #expect(bodyBeside.status == .forbidden)
            #expect(listedBeside.items.isEmpty && listedByViewer.items.map(\.id) == [m.id])
            #expect(try await MeetingQueries.requireMeeting(m.id, on: services.database.sql).chair == "车俊")
        }
    }

    @Test func aDecisionBecomesAnItemAMatterAndACascadeAndThePageListsThem() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MeetingFixture.make(services)
            let m = try await w.sixthMeeting()
            let (d1, d2) = (try await w.decisions(of: m)[0], try await w.decisions(of: m)[1])
            let office = try await client.as(.office, jurisdiction: w.zhejiang.id)
            let deadline = TestClock.today.adding(days: 60).iso
            // when
            let item = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)/agenda/\(d2.id)/items", method: .post,
                #"{"parentItemId":\#(w.field.id),"leadUnitId":\#(w.jxt.id),"deadline":"\#(deadline)"}"#)
            let itemId = try item.decode(MeetingResult.self).id
            let matter = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)/agenda/\(d1.id)/matters", method: .post,
                #"{"leadUnitId":\#(w.dsj.id),"deadline":"\#(deadline)","requiredResult":"制定延伸方案"}"#)
            let matterId = try matter.decode(MeetingResult.self).id
            let cascade = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)/agenda/\(d2.id)/cascade", method: .post,
                #"{"itemId":\#(itemId),"targetJurisdictionIds":[\#(w.hangzhou.id)],"instruction":"结合实际抓好落实","deadline":"\#(deadline)"}"#)
            let cascadeOther = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)/agenda/\(d1.id)/cascade", method: .post,
                #"{"itemId":\#(itemId),"instruction":"落实","deadline":"\#(deadline)"}"#)
            let notADecision = try await office.sendJSON(
                "/api/v1/meetings/\(m.id)/agenda/\(try await MeetingQueries.agenda(of: m.id, on: services.database.sql)[0].id)/items",
                method: .post, #"{"planId":\#(w.plan.id)}"#)
            let api = try await office.get("/api/v1/meetings/\(m.id)").decode(Meeting.self)
            let page = try await office.get("/meetings/\(m.id)")
            let itemPage = try await office.get("/items/\(itemId)")
            let stored = try await MatterQueries.require(matterId, on: services.database.sql)
            let made = try await ItemQueries.require(itemId, on: services.database.sql)
            // then
            #expect(item.status == .created && made.parentId == w.field.id && made.title == "年底前对照全年目标任务逐项检查")
            #expect(matter.status == .created && stored.sourceKind == "meeting_decision")
            #expect(stored.meetingReference.hasPrefix("中共浙江省委全面深化改革委员会第六次会议："))
            #expect(cascade.status == .created)
            #expect(cascadeOther.status == .unprocessableContent && cascadeOther.apiError?.fields?.map(\.field) == ["itemId"])
            #expect(notADecision.status == .unprocessableContent && notADecision.apiError?.code == "meeting_not_a_decision")
            let decided = api.agenda.filter { $0.kind == "decision" }
            #expect(decided[0].results == [.init(kind: "matter", id: matterId)])
            #expect(decided[1].results == [.init(kind: "item", id: itemId)] && decided[1].cascadeSendIds.count == 1)
            #expect(page.text.contains("href=\"/matters/\(matterId)\"") && page.text.contains("href=\"/items/\(itemId)\""))
            #expect(page.text.contains("已分解下达（1个地区）"))
            #expect(itemPage.text.contains("href=\"/meetings/\(m.id)#agenda-\(d2.id)\"") && itemPage.text.contains("会议决定转办"))
        }
    }

    @Test func aDecisionThatFailsAsAnItemLeavesNoItemAndNoLink() async throws {
        try await TestApp.run { services, client in
            // given: a lead unit of another province, which the item's own rules refuse after the link would be written
            let w = try await MeetingFixture.make(services)
            let m = try await w.sixthMeeting()
            let d = try await w.decisions(of: m)[0]
            let office = try await client.session(as: .office, jurisdiction: w.zhejiang.id)
            let items = try await w.f.count("plan_items")
            // when
            let refused = try await office.postForm(
                "/meetings/\(m.id)/agenda/\(d.id)/items", [("planId", String(w.plan.id)), ("leadUnitId", "999999"), ("title", "")])
            let noPlan = try await office.postForm("/meetings/\(m.id)/agenda/\(d.id)/items", [("planId", ""), ("title", "x")])
            let otherPlan = try await office.postForm(
                "/meetings/\(m.id)/agenda/\(d.id)/items",
                [("planId", String(try await w.f.plan("广东省方案", in: w.guangdong.id).id)), ("title", "x")])
            // then
            #expect(refused.status == .unprocessableContent && refused.text.contains("牵头单位：所选记录不存在"))
            #expect(noPlan.status == .unprocessableContent && noPlan.text.contains("方案：不能为空"))
            #expect(otherPlan.status == .unprocessableContent)
            #expect(try await w.f.count("plan_items") == items)
            #expect(try await w.f.count("meeting_links") == 1)
        }
    }

    @Test func theFormRecordsAMeetingAndNamesTheAgendaLineItRefuses() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MeetingFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.zhejiang.id)
            func line(_ kind: String, _ title: String, outcome: String = "", plan: String = "", links: String = "") -> [(String, String)] {
                [
                    ("agendaId", ""), ("agendaKind", kind), ("agendaTitle", title), ("agendaOutcome", outcome), ("agendaPlanId", plan),
                    ("agendaLinks", links)
                ]
            }
            let head = [("bodyId", String(w.commission.id)), ("ordinal", "第七次会议"), ("heldOn", "2019-12-20"), ("chair", "车俊")]
            // when
            let bad = try await office.postForm("/meetings", head + line("report", "汇报", links: "item:\(w.measure.id)") + line("review", "意见"))
            let good = try await office.postForm(
                "/meetings",
                head + line("report", "汇报", links: "item:\(w.measure.id)") + line("review", "意见", outcome: "deferred") + line("decision", "  "))
            let saved = try await MeetingQueries.meetings(within: nil, jurisdictionId: w.zhejiang.id, on: services.database.sql)
            // then
            #expect(bad.status == .unprocessableContent && bad.text.contains("议程第2项：审议结果：不是可选的值"))
            #expect(good.status == .seeOther && saved.map(\.ordinal) == [7])
            #expect(try await MeetingQueries.agenda(of: saved[0].id, on: services.database.sql).map(\.kind) == ["report", "review"])
        }
    }

    struct Summaries: Decodable {
        struct Summary: Decodable { var id: Int }
        var items: [Summary]
    }

    struct MeetingResult: Decodable {
        var id: Int
        var title: String
    }
}
