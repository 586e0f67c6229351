import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Deleting from the replication library: an adoption by whoever may record it for its jurisdiction; an experience with
/// its sources by its editors, with the version read (409 when stale), refused (409, naming why) while jurisdictions have
/// recorded adopting it; both audited.
struct ReplicationDeleteTests {
    @Test func anAdoptionGoesByItsJurisdictionsOfficeAndAnExperienceOnlyOnceNoneIsLeft() async throws {
        try await TestApp.run { services, client in
            // given: an experience of 深圳市 from a plan item, adopted by 天河区
            let w = try await ReplicationTests.World.make(services)
            let f = Fixtures(services: services)
            let plan = try await f.plan(in: w.shenzhen.id)
            let unit = try await f.unit("深圳市发展和改革委员会", in: w.shenzhen.id)
            let item = try await f.item("推进商事登记确认制", plan: plan.id, lead: unit.id)
            var input = w.input(1, 1)
            input.planItemIds = [item.id]
            let e = try await services.replication.createExperience(input, by: w.admin)
            let adoption = try await services.replication.recordAdoption(
                e.id, .init(jurisdictionId: w.tianhe.id, adoptedOn: "2022-05-10", method: "印发方案", result: "已实施"), by: w.admin)
            let shenzhen = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let guangzhou = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.guangzhou.id)
            func delete(_ c: SignedInClient, _ uri: String) async throws -> TestResponse {
                try await c.executeRequest(uri: uri, method: .delete, headers: [:], body: nil)
            }
            let experience = "/api/v1/experiences/\(e.id)"
            // when
            let whileAdopted = try await delete(shenzhen, experience + "?version=1")
            let adoptionByOrigin = try await delete(shenzhen, "/api/v1/experience-adoptions/\(adoption.id)")
            let adoptionByViewer = try await delete(viewer, "/api/v1/experience-adoptions/\(adoption.id)")
            let adoptionRemoved = try await delete(guangzhou, "/api/v1/experience-adoptions/\(adoption.id)")
            let adoptionAgain = try await delete(guangzhou, "/api/v1/experience-adoptions/\(adoption.id)")
            let byOther = try await delete(guangzhou, experience + "?version=1")
            let stale = try await delete(shenzhen, experience + "?version=2")
            let deleted = try await delete(shenzhen, experience + "?version=1")
            // then
            #expect(whileAdopted.status == .conflict && whileAdopted.apiError?.code == "replication_experience_adopted")
            #expect(adoptionByOrigin.status == .forbidden && adoptionByViewer.status == .forbidden)
            #expect(adoptionRemoved.status == .ok && adoptionAgain.status == .notFound)
            #expect(byOther.status == .forbidden && stale.status == .conflict)
            let gone = try await shenzhen.get(experience)
            #expect(deleted.status == .ok && gone.status == .notFound)
            #expect(try await f.count("experiences") == 0)
            #expect(try await f.count("experience_sources") == 0)
            #expect(try await f.count("experience_adoptions") == 0)
            #expect(try await f.count("plan_items") == 1)
            let actions = try await services.database.sql.all(
                ActionRow.self, "SELECT action FROM audit_log WHERE entity_type = 'experience' AND entity_id = \(bind: e.id) ORDER BY id")
            #expect(actions.map(\.action) == ["create", "replication_adopt", "replication_unadopt", "delete"])
        }
    }

    @Test func theExperiencePageOffersTheDeletesWithAConfirmStep() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await ReplicationTests.World.make(services)
            let e = try await services.replication.createExperience(w.input(1, 1), by: w.admin)
            _ = try await services.replication.recordAdoption(
                e.id, .init(jurisdictionId: w.tianhe.id, adoptedOn: "2022-05-10", method: "印发方案", result: ""), by: w.admin)
            let shenzhen = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let guangzhou = try await client.session(as: .office, jurisdiction: w.guangzhou.id)
            let adoption = try #require(try await ReplicationQueries.adoptions(of: e.id, on: services.database.sql).first)
            // when
            let adopted = try await shenzhen.get("/replication/\(e.id)")
            let adopterPage = try await guangzhou.get("/replication/\(e.id)")
            let refused = try await shenzhen.postForm("/replication/\(e.id)/delete", [("version", "1")])
            let removed = try await guangzhou.postForm("/replication/adoptions/\(adoption.id)/delete", [])
            let free = try await shenzhen.get("/replication/\(e.id)")
            let deleted = try await shenzhen.postForm("/replication/\(e.id)/delete", [("version", "1")])
            // then
            #expect(!adopted.text.contains("action=\"/replication/\(e.id)/delete\"") && adopted.text.contains("已有地区登记复制推广此经验"))
            #expect(!adopted.text.contains("/replication/adoptions/"), "the origin's office does not remove another's adoption")
            #expect(adopterPage.text.contains("action=\"/replication/adoptions/\(adoption.id)/delete\""))
            #expect(refused.status == .conflict && refused.text.contains("请先删除各地的复制推广记录"))
            #expect(removed.status == .seeOther && removed.headers[.location] == "/replication/\(e.id)#adoptions")
            #expect(free.text.contains("action=\"/replication/\(e.id)/delete\"") && free.text.contains("data-confirm=\"删除此经验"))
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/replication?batch=1")
        }
    }

    struct ActionRow: Decodable {
        var action: String
    }
}
