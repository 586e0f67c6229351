import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Deleting an authorized item: with its landing history, plan-item links and evidence, by its editors only, with the
/// version read (409 when stale), audited; refused (409, naming why) while an evaluation round evaluates it.
struct AuthorizationDeleteTests {
    @Test func anItemGoesWithItsHistoryLinksAndEvidenceUnlessARoundEvaluatesIt() async throws {
        try await TestApp.run { services, client in
            // given: the district item linked to a plan item, with a status change and evidence; the city item in a round
            let w = try await AuthorizationFixture.make(services)
            let moved = try await services.authorizations.recordStatus(
                w.districtItem.id, status: "progressing", effectiveOn: "2021-01-05", note: "", baseVersion: 1, by: w.office)
            let pdf = try services.evidence.check(filename: "实施细则.pdf", data: Data("%PDF-1.4 细则".utf8))
            try await services.authorizations.addEvidence(w.districtItem.id, files: [pdf], by: w.office)
            let round = try await services.evaluation.createRound(
                .init(jurisdictionId: w.shenzhen.id, title: "2021年度成效评估", year: "2021", bestCount: "1", excellentCount: "1"), by: w.office)
            _ = try await services.evaluation.addSubjects(round.id, kind: "authorization", ids: [w.cityItem.id], by: w.office)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let other = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.shenzhen.id)
            let base = "/api/v1/authorizations/\(w.districtItem.id)"
            func delete(_ c: SignedInClient, _ uri: String) async throws -> TestResponse {
                try await c.executeRequest(uri: uri, method: .delete, headers: [:], body: nil)
            }
            // when
            let byViewer = try await delete(viewer, base + "?version=\(moved.version)")
            let byOther = try await delete(other, base + "?version=\(moved.version)")
            let stale = try await delete(office, base + "?version=1")
            let deleted = try await delete(office, base + "?version=\(moved.version)")
            let evaluated = try await delete(office, "/api/v1/authorizations/\(w.cityItem.id)?version=1&lang=en")
            // then
            #expect(byViewer.status == .forbidden && byOther.status == .notFound && stale.status == .conflict)
            let gone = try await office.get(base)
            #expect(deleted.status == .ok && gone.status == .notFound)
            #expect(evaluated.status == .conflict && evaluated.apiError?.code == "authorization_evaluated")
            #expect(evaluated.apiError?.message.contains("evaluation round") == true)
            let f = Fixtures(services: services)
            #expect(try await f.count("authorization_items") == 1)
            #expect(try await f.count("authorization_item_links") == 0)
            #expect(try await f.count("authorization_evidence") == 0)
            #expect(try await f.count("plan_items") == 1, "the linked plan item stays")
            let changes = try await services.database.sql.scalar(
                String.self, column: "changes",
                "SELECT changes FROM audit_log WHERE entity_type = 'authorization' AND action = 'delete' AND entity_id = \(bind: w.districtItem.id)")
            #expect(changes?.contains("授权事项2") == true && changes?.contains("planItemIds") == true)
        }
    }

    @Test func theItemPageOffersItsEditorsADeleteWithAConfirmStep() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let viewer = try await client.session(as: .viewer, jurisdiction: w.shenzhen.id)
            let uri = "/authorizations/items/\(w.cityItem.id)"
            // when
            let page = try await office.get(uri + "?lang=en")
            let viewerPage = try await viewer.get(uri)
            let byViewer = try await viewer.postForm(uri + "/delete", [("version", "1")])
            let stale = try await office.postForm(uri + "/delete", [("version", "3")])
            let deleted = try await office.postForm(uri + "/delete", [("version", "1")])
            // then
            #expect(page.text.contains("action=\"\(uri)/delete\"") && page.text.contains("data-confirm=\"Delete this item with its landing history"))
            #expect(!viewerPage.text.contains(uri + "/delete"))
            #expect(byViewer.status == .forbidden && stale.status == .conflict)
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/authorizations?batch=\(w.batch.id)")
        }
    }
}
