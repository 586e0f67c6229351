import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// /api/v1 and the pages for obstacles: raising with a 422 that names the fields, escalating from 龙华区 to 深圳市, the
/// higher level's queue, 404 outside the view, 403 for a step that is not the caller's, 409 on a stale version; the item
/// page and the obstacle page showing the chain in both languages.
struct ObstacleAPITests {
    struct Detail: Decodable {
        struct Obstacle: Decodable {
            var id: Int
            var state: String
            var version: Int
            var answer: String
        }
        struct Hop: Decodable {
            var id: Int
            var toJurisdictionId: Int
            var state: String
        }
        var obstacle: Obstacle
        var escalations: [Hop]
        var actions: [String]
    }
    struct List: Decodable {
        struct Row: Decodable { var id: Int }
        var items: [Row]
        var total: Int
    }

    @Test func raiseEscalateAndAnswerThroughTheAPI() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await ObstacleFixture.make(services)
            let lead = try await client.as(.liaison, unit: w.bureau.id)
            let longhua = try await client.as(.office, jurisdiction: w.longhua.id)
            let shenzhen = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let guangzhou = try await client.as(.office, jurisdiction: w.guangzhou.id)
            // when
            let bad = try await lead.sendJSON("/api/v1/items/\(w.task.id)/obstacles", method: .post, #"{"kind":"blockage","whatBlocks":" "}"#)
            let created = try await lead.sendJSON(
                "/api/v1/items/\(w.task.id)/obstacles", method: .post,
                #"{"kind":"blockage","whatBlocks":"市级接口未开放","whatIsAsked":"请协调开放","askedOf":"市政数局"}"#)
            let o = try created.decode(Detail.self).obstacle
            let leadDecides = try await lead.sendJSON(
                "/api/v1/obstacles/\(o.id)/steps", method: .post, #"{"action":"decide","decision":"solve_locally","version":\#(o.version)}"#)
            let hidden = try await guangzhou.get("/api/v1/obstacles/\(o.id)")
            let up = try await longhua.sendJSON(
                "/api/v1/obstacles/\(o.id)/escalations", method: .post, #"{"request":"提请市里协调","version":\#(o.version)}"#)
            let notHolder = try await longhua.sendJSON(
                "/api/v1/obstacles/\(o.id)/escalations", method: .post, #"{"request":"再次上报","version":\#(o.version + 1)}"#)
            let stale = try await shenzhen.sendJSON(
                "/api/v1/obstacles/\(o.id)/escalations", method: .post, #"{"request":"再次上报","version":\#(o.version)}"#)
            let escalated = try up.decode(Detail.self)
            let shenzhenQueue = try await shenzhen.get("/api/v1/obstacles?queue=escalated").decode(List.self)
            let longhuaQueue = try await longhua.get("/api/v1/obstacles?queue=escalated").decode(List.self)
            let longhuaAnswers = try await longhua.sendJSON(
                "/api/v1/escalations/\(escalated.escalations[0].id)/answer", method: .post,
                #"{"answer":"自答","version":\#(escalated.obstacle.version)}"#)
            let answered = try await shenzhen.sendJSON(
                "/api/v1/escalations/\(escalated.escalations[0].id)/answer", method: .post,
                #"{"answer":"已协调市政数局开放接口","version":\#(escalated.obstacle.version)}"#)
            let seenByLead = try await lead.get("/api/v1/obstacles/\(o.id)").decode(Detail.self)
            // then
            #expect(bad.status == .unprocessableContent)
            #expect(Set(bad.apiError?.fields?.map(\.field) ?? []) == ["whatBlocks", "whatIsAsked"])
            #expect(created.status == .created && o.state == "raised")
            #expect(leadDecides.status == .forbidden)
            #expect(hidden.status == .notFound)
            #expect(up.status == .created)
            #expect(escalated.obstacle.state == "escalated" && escalated.escalations.map(\.toJurisdictionId) == [w.shenzhen.id])
            #expect(notHolder.status == .forbidden)
            #expect(stale.status == .conflict)
            #expect(shenzhenQueue.items.map(\.id) == [o.id])
            #expect(longhuaQueue.total == 0)
            #expect(longhuaAnswers.status == .forbidden)
            #expect(answered.status == .ok)
            #expect(seenByLead.obstacle.state == "answered" && seenByLead.obstacle.answer == "已协调市政数局开放接口")
            #expect(seenByLead.escalations.map(\.state) == ["answered"])
            #expect(Set(seenByLead.actions) == ["close", "reopen"])
        }
    }

    @Test func theItemAndObstaclePagesShowTheChainInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await ObstacleFixture.make(services)
            let o = try await w.escalatedToShenzhen()
            let shenzhen = try await client.as(.office, jurisdiction: w.shenzhen.id)
            // when
            let zh = try await shenzhen.get("/obstacles/\(o.id)")
            let en = try await shenzhen.get("/obstacles/\(o.id)?lang=en")
            let item = try await shenzhen.get("/items/\(w.task.id)")
            let queue = try await shenzhen.get("/obstacles?queue=escalated")
            // then
            #expect(zh.status == .ok && en.status == .ok && item.status == .ok && queue.status == .ok)
            #expect(zh.text.contains("龙华区 → 深圳市") && zh.text.contains("待答复") && zh.text.contains("答复上报"))
            #expect(en.text.contains("Awaiting answer") && en.text.contains("Answer the escalation"))
            #expect(item.text.contains("id=\"obstacles\"") && item.text.contains("龙华区 → 深圳市"))
            #expect(queue.text.contains("/obstacles/\(o.id)"))
        }
    }
}
