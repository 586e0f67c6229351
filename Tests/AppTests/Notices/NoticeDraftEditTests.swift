import Foundation
import HTTPTypes
import ReformCore
import SQLKit
import Testing

@testable import App

/// A draft notice is the office's to edit or delete until it is issued; an issued notice is an official document and
/// stays as issued. Bad input names its field and changes nothing; a stale version is a conflict; every change is
/// audited.
struct NoticeDraftEditTests {
    @Test func theOfficeEditsADraftOnThePageAndThroughTheAPI() async throws {
        try await TestApp.run { services, client in
            // given: a draft to 发改局 and 司法局
            let w = try await NoticeFixture.make(services)
            let d = try await w.draft()
            let office = try await client.session(as: .office, jurisdiction: w.m.shenzhen.id)
            let officeAPI = try await client.as(.office, jurisdiction: w.m.shenzhen.id)
            // when: the form, then the page's edit to one recipient, a blank title, a stale version, and the API's edit
            let form = try await office.get("/notices/\(d.id)/edit")
            let edited = try await office.postForm(
                "/notices/\(d.id)",
                [
                    ("version", String(d.version)), ("title", "关于加快推进企业开办的催办单"), ("body", "请于本周内反馈。"), ("issuer", d.issuer),
                    ("signature", d.signature), ("recipientIds", String(w.m.bureau.id))
                ])
            let blank = try await office.postForm(
                "/notices/\(d.id)",
                [
                    ("version", String(d.version + 1)), ("title", "  "), ("body", "请于本周内反馈。"), ("issuer", d.issuer), ("signature", d.signature),
                    ("recipientIds", String(w.m.bureau.id))
                ])
            let stale = try await officeAPI.sendJSON("/api/v1/notices/\(d.id)", method: .patch, #"{"version":\#(d.version),"title":"旧版本"}"#)
            let api = try await officeAPI.sendJSON("/api/v1/notices/\(d.id)", method: .patch, #"{"version":\#(d.version + 1),"body":"请于三日内反馈。"}"#)
            // then
            #expect(form.status == .ok && form.text.contains("修改草稿") && form.text.contains("关于推进企业开办的催办单"))
            #expect(!form.text.contains("name=\"kind\""), "the kind stays: another kind is another draft")
            #expect(edited.status == .seeOther)
            #expect(blank.status == .unprocessableContent && blank.text.contains("f-title"))
            #expect(stale.status == .conflict)
            #expect(api.status == .ok)
            let n = try await NoticeQueries.require(d.id, on: services.database.sql)
            #expect(n.title == "关于加快推进企业开办的催办单" && n.body == "请于三日内反馈。" && n.version == d.version + 2)
            #expect(try await NoticeQueries.recipients(of: d.id, on: services.database.sql).map(\.unitId) == [w.m.bureau.id])
            let updates = try await services.database.sql.scalar(
                Int.self, column: "n",
                "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'notice' AND entity_id = \(bind: d.id) AND action = 'update'")
            #expect(updates == 2)
        }
    }

    @Test func aDraftIsDeletedAndAnIssuedNoticeStays() async throws {
        try await TestApp.run { services, client in
            // given: a draft and an issued notice
            let w = try await NoticeFixture.make(services)
            let d = try await w.draft()
            let issued = try await w.issued()
            let office = try await client.session(as: .office, jurisdiction: w.m.shenzhen.id)
            let officeAPI = try await client.as(.office, jurisdiction: w.m.shenzhen.id)
            // when
            let page = try await office.get("/notices/\(d.id)")
            let issuedPage = try await office.get("/notices/\(issued.id)")
            let editIssued = try await office.get("/notices/\(issued.id)/edit")
            let patchIssued = try await officeAPI.sendJSON(
                "/api/v1/notices/\(issued.id)", method: .patch, #"{"version":\#(issued.version),"title":"改一改"}"#)
            let deleteIssued = try await officeAPI.executeRequest(
                uri: "/api/v1/notices/\(issued.id)?version=\(issued.version)", method: .delete, headers: [:], body: nil)
            let deleteStale = try await office.postForm("/notices/\(d.id)/delete", [("version", String(d.version + 5))])
            let deleted = try await office.postForm("/notices/\(d.id)/delete", [("version", String(d.version))])
            let gone = try await officeAPI.get("/api/v1/notices/\(d.id)")
            // then
            #expect(page.text.contains("/notices/\(d.id)/edit") && page.text.contains("/notices/\(d.id)/delete"))
            #expect(!issuedPage.text.contains("/notices/\(issued.id)/edit") && !issuedPage.text.contains("/delete"))
            #expect(editIssued.status == .seeOther)
            #expect(patchIssued.status == .conflict && deleteIssued.status == .conflict)
            #expect(deleteStale.status == .conflict)
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/notices")
            #expect(gone.status == .notFound)
            #expect(try await NoticeQueries.recipients(of: d.id, on: services.database.sql).isEmpty)
            let after = try await NoticeQueries.require(issued.id, on: services.database.sql)
            #expect(after.title == issued.title && after.documentNumber == issued.documentNumber)
            let deletes = try await services.database.sql.scalar(
                Int.self, column: "n",
                "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'notice' AND entity_id = \(bind: d.id) AND action = 'delete'")
            #expect(deletes == 1)
        }
    }
}
