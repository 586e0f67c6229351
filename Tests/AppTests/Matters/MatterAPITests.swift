import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// /api/v1 for matters: raising one, its chain as JSON, a 422 that names the field, 409 on a stale version, the list's filters.
struct MatterAPITests {
    struct Detail: Decodable {
        struct Matter: Decodable {
            var id: Int
            var state: String
            var version: Int
            var light: String
            var coUnitIds: [Int]
        }
        var matter: Matter
        var actions: [String]
        var itemIds: [Int]
    }
    struct List: Decodable {
        struct Row: Decodable { var id: Int }
        var items: [Row]
        var total: Int
    }

    @Test func raiseWalkAndListThroughTheAPI() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await MatterFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let lead = try await client.as(.liaison, unit: w.bureau.id)
            let body = #"""
                {"subject":"企业开办督办","level":"key","source":"item_late","leadUnitId":\#(w.bureau.id),"coUnitIds":[\#(w.justice.id)],
                 "itemIds":[\#(w.lateTask.id)],"deadline":"\#(TestClock.today.adding(days: 30).iso)","requiredResult":"按期反馈"}
                """#
            // when
            let bad = try await office.sendJSON(
                "/api/v1/matters", method: .post, #"{"subject":"x","source":"leader_instruction","deadline":"2027-01-01"}"#)
            let created = try await office.sendJSON("/api/v1/matters", method: .post, body)
            let m = try created.decode(Detail.self).matter
            let approved = try await office.sendJSON(
                "/api/v1/matters/\(m.id)/steps", method: .post, #"{"action":"approve","comment":"区长同意","version":\#(m.version)}"#)
            let stale = try await office.sendJSON(
                "/api/v1/matters/\(m.id)/steps", method: .post, #"{"action":"issue_notice","version":\#(m.version)}"#)
            let unknown = try await office.sendJSON(
                "/api/v1/matters/\(m.id)/steps", method: .post, #"{"action":"sign-off","version":\#(m.version + 1)}"#)
            let leadsView = try await lead.get("/api/v1/matters/\(m.id)")
            let list = try await lead.get("/api/v1/matters?level=key&light=green")
            let none = try await lead.get("/api/v1/matters?state=closed")
            // then
            #expect(bad.status == .unprocessableContent)
            #expect(
                Set(bad.apiError?.fields?.map(\.field) ?? []) == ["instructionText", "instructedBy", "instructedOn", "leadUnitId", "requiredResult"])
            #expect(created.status == .created)
            #expect(m.state == "registered" && m.coUnitIds == [w.justice.id] && m.light == "green")
            #expect(approved.status == .ok)
            #expect(try approved.decode(Detail.self).actions.contains("issue_notice"))
            #expect(stale.status == .conflict && stale.apiError?.currentVersion == m.version + 1)
            #expect(unknown.status == .unprocessableContent && unknown.apiError?.fields?.first?.field == "action")
            #expect(try leadsView.decode(Detail.self).actions.isEmpty, "nothing for the lead unit until the notice is out")
            #expect(try leadsView.decode(Detail.self).itemIds == [w.lateTask.id])
            #expect(try list.decode(List.self).items.map(\.id) == [m.id])
            #expect(try none.decode(List.self).total == 0)
        }
    }
}
