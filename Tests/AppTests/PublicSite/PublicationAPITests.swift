import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The office API for what is public: publish and withdraw, hold back and release, updates written for the public; and
/// what the public side shows after each.
@Suite struct PublicationAPITests {
    struct Plan: Decodable {
        var planId: Int
        var isPublished: Bool
        var publicNames: String
        var statusWords: [String: String]
        var holds: [Hold]?
        var canEdit: Bool
        var version: Int
    }
    struct Hold: Decodable {
        var itemId: Int
        var reason: String
    }
    struct Plans: Decodable { var items: [Plan] }
    struct Update: Decodable {
        var id: Int
        var itemId: Int
        var writtenOn: String
        var body: String
    }
    struct Updates: Decodable { var items: [Update] }

    @Test func theOfficePublishesHoldsBackAndWritesUpdates() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let office = try await client.as(.office, jurisdiction: fx.longhua.id)
            let viewer = try await client.as(.viewer, jurisdiction: fx.longhua.id)
            let before = try await office.get("/api/v1/publication/plans").decode(Plans.self)
            #expect(before.items.map(\.planId) == [fx.plan.id] && before.items[0].isPublished == false && before.items[0].version == 0)
            // when
            let published = try await office.sendJSON(
                "/api/v1/publication/plans/\(fx.plan.id)", method: .put,
                #"{"version":0,"isPublished":true,"publicNames":"leader","statusWords":{"done":"正式落地"}}"#)
            // then
            #expect(published.status == .ok, "\(published.text)")
            let plan = try published.decode(Plan.self)
            #expect(plan.isPublished && plan.publicNames == "leader" && plan.statusWords["done"] == "正式落地" && plan.version == 1)
            #expect(try await client.anonymous.get("/public/plans/\(fx.plan.id)").status == .ok)
            #expect(
                try await office.sendJSON("/api/v1/publication/plans/\(fx.plan.id)", method: .put, #"{"version":0,"isPublished":false}"#).status
                    == .conflict)
            #expect(
                try await office.sendJSON("/api/v1/publication/plans/\(fx.plan.id)", method: .put, #"{"isPublished":false}"#).status == .badRequest)
            #expect(
                try await office.sendJSON("/api/v1/publication/plans/\(fx.plan.id)", method: .put, #"{"version":1,"publicNames":"everyone"}"#).status
                    == .unprocessableContent)
            #expect(
                try await viewer.sendJSON("/api/v1/publication/plans/\(fx.plan.id)", method: .put, #"{"version":1,"isPublished":false}"#).status
                    == .forbidden)
            // when: an item held back
            let held = try await office.sendJSON("/api/v1/publication/items/\(fx.field.id)/hold", method: .put, #"{"reason":"涉密"}"#)
            #expect(held.status == .ok)
            #expect(try await client.anonymous.get("/public/items/\(fx.field.id)").status == .notFound)
            #expect(try await office.get("/api/v1/publication/plans/\(fx.plan.id)").decode(Plan.self).holds?.map(\.itemId) == [fx.field.id])
            #expect(
                try await office.executeRequest(uri: "/api/v1/publication/items/\(fx.field.id)/hold", method: .delete, headers: [:], body: nil).status
                    == .noContent)
            #expect(try await client.anonymous.get("/public/items/\(fx.field.id)").status == .ok)
            // when: an update written, edited, deleted
            let added = try await office.sendJSON(
                "/api/v1/publication/plans/\(fx.plan.id)/updates", method: .post,
                #"{"itemId":\#(fx.field.id),"writtenOn":"2026-11-10","body":"已完成试点"}"#)
            #expect(added.status == .created, "\(added.text)")
            let update = try added.decode(Update.self)
            #expect(
                try await office.sendJSON(
                    "/api/v1/publication/plans/\(fx.plan.id)/updates", method: .post,
                    #"{"itemId":\#(fx.field.id),"writtenOn":"2099-01-01","body":"x"}"#
                ).status == .unprocessableContent)
            #expect(
                try await office.sendJSON("/api/v1/publication/plans/\(fx.plan.id)/updates", method: .post, #"{"itemId":999999,"body":"x"}"#).status
                    == .unprocessableContent)
            let edited = try await office.sendJSON("/api/v1/publication/updates/\(update.id)", method: .patch, #"{"body":"已完成试点并推广"}"#)
            #expect(try edited.status == .ok && edited.decode(Update.self).body == "已完成试点并推广")
            #expect(try edited.decode(Update.self).writtenOn == "2026-11-10")
            #expect((try await client.anonymous.get("/public/items/\(fx.field.id)")).text.contains("已完成试点并推广"))
            let list = try await viewer.get("/api/v1/publication/plans/\(fx.plan.id)/updates").decode(Updates.self)
            #expect(list.items.map(\.id) == [update.id])
            #expect(
                try await office.executeRequest(uri: "/api/v1/publication/updates/\(update.id)", method: .delete, headers: [:], body: nil).status
                    == .noContent)
            #expect(try await office.get("/api/v1/publication/plans/\(fx.plan.id)/updates").decode(Updates.self).items.isEmpty)
            #expect(
                try await office.executeRequest(uri: "/api/v1/publication/updates/\(update.id)", method: .delete, headers: [:], body: nil).status
                    == .notFound)
        }
    }
}
