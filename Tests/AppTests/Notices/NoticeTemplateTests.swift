import Foundation
import HTTPTypes
import ReformCore
import SQLKit
import Testing

@testable import App

/// An office's own wording of a kind of notice: 深圳市's template serves 龙华区's new notices until 龙华区 has its own;
/// deleting the own one inherits again; a placeholder that does not exist is named; a stale save is a conflict.
struct NoticeTemplateTests {
    struct List: Decodable {
        struct Item: Decodable {
            var kind: String
            var title: String
            var origin: String
            var fromJurisdictionId: Int?
            var version: Int
        }
        var items: [Item]
    }

    @Test func aTemplateIsInheritedDownTheTreeAndOverriddenBelow() async throws {
        try await TestApp.run { services, client in
            // given: a matter of 龙华区; 深圳市's office saves its own 催办单 wording
            let w = try await NoticeFixture.make(services)
            let matter = try await w.m.raise()
            let office = try await client.session(as: .office, jurisdiction: w.m.shenzhen.id)
            let officeAPI = try await client.as(.office, jurisdiction: w.m.shenzhen.id)
            let before = try await office.get("/notices/new?source=matter:\(matter.id)&kind=reminder")
            let saved = try await office.postForm(
                "/settings/notice-templates",
                [
                    ("jurisdictionId", String(w.m.shenzhen.id)), ("kind", "reminder"), ("title", "深圳市催办：{subject}"),
                    ("body", "{units}：请于{deadline}前办结“{subject}”。"), ("version", "0")
                ])
            // when: 龙华区 inherits it; then 龙华区 saves its own; then deletes it
            let inherited = try await office.get("/notices/new?source=matter:\(matter.id)&kind=reminder")
            let longhuaList = try await officeAPI.get("/api/v1/notice-templates?jurisdiction=\(w.m.longhua.id)").decode(List.self)
            let own = try await officeAPI.sendJSON(
                "/api/v1/notice-templates/\(w.m.longhua.id)/reminder", method: .put, #"{"title":"龙华区催办：{subject}","body":"请抓紧。","version":0}"#)
            let overridden = try await office.get("/notices/new?source=matter:\(matter.id)&kind=reminder")
            let stale = try await officeAPI.sendJSON(
                "/api/v1/notice-templates/\(w.m.longhua.id)/reminder", method: .put, #"{"title":"再改","body":"请抓紧。","version":0}"#)
            let reverted = try await officeAPI.executeRequest(
                uri: "/api/v1/notice-templates/\(w.m.longhua.id)/reminder?version=1", method: .delete, headers: [:], body: nil)
            let again = try await office.get("/notices/new?source=matter:\(matter.id)&kind=reminder")
            // then
            #expect(before.text.contains("关于“推进企业开办一网通办督办”的催办单"), "the app's wording before any template")
            #expect(saved.status == .seeOther)
            #expect(inherited.text.contains("深圳市催办：推进企业开办一网通办督办"))
            #expect(inherited.text.contains("请于2026年12月20日前办结“推进企业开办一网通办督办”。"))
            let reminder = try #require(longhuaList.items.first { $0.kind == "reminder" })
            #expect(reminder.origin == "inherited" && reminder.fromJurisdictionId == w.m.shenzhen.id && reminder.version == 0)
            #expect(longhuaList.items.first { $0.kind == "commendation" }?.origin == "standard")
            #expect(own.status == .ok)
            #expect(overridden.text.contains("龙华区催办：推进企业开办一网通办督办"))
            #expect(stale.status == .conflict)
            #expect(reverted.status == .ok)
            #expect(again.text.contains("深圳市催办：推进企业开办一网通办督办"))
            let audit = try await services.database.sql.scalar(
                Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'notice_template'")
            #expect(audit == 3, "create, create, delete")
        }
    }

    @Test func anUnknownPlaceholderIsNamedAndNothingIsSaved() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await NoticeFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.m.shenzhen.id)
            let gz = try await client.as(.office, jurisdiction: w.m.guangzhou.id)
            // when
            let page = try await office.postForm(
                "/settings/notice-templates",
                [("jurisdictionId", String(w.m.longhua.id)), ("kind", "reminder"), ("title", "催办：{subjet}"), ("body", "请抓紧。"), ("version", "0")])
            let english = try await office.postForm(
                "/settings/notice-templates?lang=en",
                [
                    ("jurisdictionId", String(w.m.longhua.id)), ("kind", "reminder"), ("title", "催办"), ("body", "{单位}请{deadline}前办结{x}"),
                    ("version", "0")
                ])
            let outside = try await gz.sendJSON(
                "/api/v1/notice-templates/\(w.m.longhua.id)/reminder", method: .put, #"{"title":"催办","body":"请抓紧。","version":0}"#)
            let badKind = try await gz.sendJSON(
                "/api/v1/notice-templates/\(w.m.guangzhou.id)/memo", method: .put, #"{"title":"催办","body":"请抓紧。","version":0}"#)
            // then
            #expect(page.status == .unprocessableContent && page.text.contains("没有占位符{subjet}"))
            #expect(page.text.contains("催办：{subjet}"), "what was typed stays in the form")
            #expect(english.status == .unprocessableContent && english.text.contains("there is no placeholder {x}"))
            #expect(outside.status == .notFound)
            #expect(badKind.status == .notFound)
            #expect(try await services.database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM notice_templates") == 0)
        }
    }
}
