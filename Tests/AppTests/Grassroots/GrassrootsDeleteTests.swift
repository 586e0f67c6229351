import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Deleting a declared grassroots project: by its district's editors (or the city's), with the version read (409 when
/// stale), audited; refused (409, naming why) once it was selected and is tracked as a plan item.
struct GrassrootsDeleteTests {
    @Test func aDeclaredProjectGoesButASelectedOneTrackedAsAPlanItemStays() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await GrassrootsTests.World.make(services)
            let declared = try await w.declare(services, "电子商务领域知识产权保护", in: w.yuexiu)
            let chosen = try await w.declare(services, "生命健康产业创新区", in: w.yuexiu)
            let selected = try await services.grassroots.review(
                chosen.id, select: true, note: "", planItemId: nil, leadUnitId: nil, baseVersion: chosen.version, by: w.office)
            let district = try await client.as(.office, jurisdiction: w.yuexiu.id)
            let otherDistrict = try await client.as(.office, jurisdiction: w.haizhu.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.yuexiu.id)
            func delete(_ c: SignedInClient, _ id: Int, _ version: Int) async throws -> TestResponse {
                try await c.executeRequest(uri: "/api/v1/grassroots-projects/\(id)?version=\(version)", method: .delete, headers: [:], body: nil)
            }
            // when
            let byViewer = try await delete(viewer, declared.id, 1)
            let byOther = try await delete(otherDistrict, declared.id, 1)
            let stale = try await delete(district, declared.id, 2)
            let planned = try await delete(district, selected.id, selected.version)
            let deleted = try await delete(district, declared.id, 1)
            let gone = try await district.get("/api/v1/grassroots-projects/\(declared.id)")
            // then
            #expect(byViewer.status == .forbidden && byOther.status == .notFound && stale.status == .conflict)
            #expect(planned.status == .conflict && planned.apiError?.code == "grassroots_project_planned")
            #expect(planned.apiError?.message.contains("计划条目") == true)
            #expect(deleted.status == .ok && gone.status == .notFound)
            let f = Fixtures(services: services)
            #expect(try await f.count("grassroots_projects") == 1)
            #expect(try await f.count("plan_items") == 1)
            let changes = try await services.database.sql.scalar(
                String.self, column: "changes",
                "SELECT changes FROM audit_log WHERE entity_type = 'grassroots_project' AND action = 'delete' AND entity_id = \(bind: declared.id)")
            #expect(changes?.contains("电子商务领域知识产权保护") == true)
        }
    }

    @Test func theProjectPageOffersADeleteOnlyWhileItIsNotAPlanItem() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await GrassrootsTests.World.make(services)
            let declared = try await w.declare(services, "首席数据官制度试点", in: w.yuexiu)
            let chosen = try await w.declare(services, "生命健康产业创新区", in: w.yuexiu)
            let selected = try await services.grassroots.review(
                chosen.id, select: true, note: "", planItemId: nil, leadUnitId: nil, baseVersion: chosen.version, by: w.office)
            let office = try await client.session(as: .office, jurisdiction: w.yuexiu.id)
            // when
            let page = try await office.get("/grassroots/projects/\(declared.id)")
            let selectedPage = try await office.get("/grassroots/projects/\(selected.id)")
            let refused = try await office.postForm("/grassroots/projects/\(selected.id)/delete", [("version", String(selected.version))])
            let deleted = try await office.postForm("/grassroots/projects/\(declared.id)/delete", [("version", "1")])
            // then
            #expect(page.text.contains("action=\"/grassroots/projects/\(declared.id)/delete\"") && page.text.contains("data-confirm=\"删除此申报项目"))
            #expect(!selectedPage.text.contains("/delete\""))
            #expect(refused.status == .conflict && refused.text.contains("已入选并作为计划条目跟踪"))
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/grassroots?call=\(w.call.id)")
        }
    }
}
