import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// The golden ideas' office API: the same service and rules as the pages, reached with a bearer token.
@Suite struct IdeaAPITests {
    struct Call: Decodable {
        var id: Int
        var topic: String
        var categories: [String]
        var rewardTiers: [Tier]
        var counts: [String: Int]?
        var version: Int
    }
    struct Tier: Decodable {
        var name: String
        var reward: String
        var count: Int
    }
    struct Calls: Decodable { var items: [Call] }
    struct Submission: Decodable {
        var id: Int
        var state: String
        var contact: String?
        var submitterName: String?
        var receiptCode: String?
        var meanScore: Double?
        var planItemIds: [Int]?
        var actions: [String]
        var version: Int
    }
    struct Page: Decodable {
        var items: [Submission]
        var total: Int
        var page: Int
        var hasNext: Bool
    }

    @Test func theOfficeOpensEditsAndListsCalls() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let office = try await client.as(.office, jurisdiction: fx.longhua.id)
            // when
            let created = try await office.sendJSON(
                "/api/v1/idea-calls", method: .post,
                #"{"jurisdictionId":\#(fx.longhua.id),"topic":"第二期征集","opensOn":"2026-12-01","closesOn":"2027-01-31","categories":["营商环境","社会治理"],"rewardTiers":[{"name":"一等奖","reward":"5000元","count":1}]}"#
            )
            // then
            #expect(created.status == .created, "\(created.text)")
            let call = try created.decode(Call.self)
            #expect(call.categories == ["营商环境", "社会治理"] && call.rewardTiers.first?.reward == "5000元" && call.version == 1)
            let list = try await office.get("/api/v1/idea-calls").decode(Calls.self)
            #expect(Set(list.items.map(\.id)) == [fx.call.id, call.id])
            // when: edited on version 1, then again on the stale version
            let edited = try await office.sendJSON(
                "/api/v1/idea-calls/\(call.id)", method: .put, #"{"version":1,"topic":"第二期征集（延期）","closesOn":"2027-02-28"}"#)
            #expect(edited.status == .ok, "\(edited.text)")
            #expect(try edited.decode(Call.self).version == 2 && edited.decode(Call.self).topic == "第二期征集（延期）")
            let stale = try await office.sendJSON("/api/v1/idea-calls/\(call.id)", method: .put, #"{"version":1,"topic":"别的主题"}"#)
            #expect(stale.status == .conflict)
            #expect(stale.apiError?.currentVersion == 2)
            #expect(stale.apiError?.changes?.contains { $0.field == "ideaCallTopic" } == true)
            // bad input is a 4xx, never a 500
            for body in [
                #"{"version":2,"closesOn":"2026-01-01"}"#, #"{"version":2,"topic":""}"#, #"{"version":2,"noticeDays":-1}"#,
                #"{"version":2,"rewardTiers":[{"name":"a|b","reward":"","count":1}]}"#, #"{"version":2,"opensOn":"not a date"}"#, #"{"topic":"x"}"#,
                #"{"version":"x"}"#
            ] {
                let r = try await office.sendJSON("/api/v1/idea-calls/\(call.id)", method: .put, body)
                #expect([400, 422].contains(r.status.code), "\(body): \(r.status)")
            }
        }
    }

    @Test func submissionsAreFilteredPagedAndDecidedThroughTheAPI() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            for i in 0..<3 { _ = try await fx.submit("建议\(i)", address: "10.0.0.\(i)") }
            let office = try await client.as(.office, jurisdiction: fx.longhua.id)
            let viewer = try await client.as(.viewer, jurisdiction: fx.longhua.id)
            // when
            let page = try await office.get("/api/v1/idea-calls/\(fx.call.id)/submissions?state=submitted").decode(Page.self)
            // then
            #expect(page.total == 3 && page.items.count == 3 && !page.hasNext && page.page == 1)
            #expect(page.items.allSatisfy { $0.actions.contains("approve") })
            #expect(try await office.get("/api/v1/idea-calls/\(fx.call.id)/submissions?state=bogus").status == .badRequest)
            #expect(try await office.get("/api/v1/idea-calls/\(fx.call.id)/submissions?page=0").status == .badRequest)
            #expect(try await office.get("/api/v1/idea-calls/\(fx.call.id)/submissions?category=社会治理").decode(Page.self).total == 0)
            // a viewer reads, but neither the contact nor any action
            let seen = try await viewer.get("/api/v1/idea-submissions/\(page.items[0].id)").decode(Submission.self)
            #expect(seen.contact == nil && seen.actions.isEmpty && seen.receiptCode != nil)
            #expect(
                try await viewer.sendJSON("/api/v1/idea-submissions/\(seen.id)/actions", method: .post, #"{"version":1,"action":"approve"}"#).status
                    == .forbidden)
            // when: approve, then hide without a reason, then merge
            let a = page.items[0], b = page.items[1]
            let approved = try await office.sendJSON("/api/v1/idea-submissions/\(a.id)/actions", method: .post, #"{"version":1,"action":"approve"}"#)
            #expect(try approved.status == .ok && approved.decode(Submission.self).state == "published")
            let noReason = try await office.sendJSON("/api/v1/idea-submissions/\(b.id)/actions", method: .post, #"{"version":1,"action":"hide"}"#)
            #expect(noReason.status == .unprocessableContent && noReason.apiError?.code == "idea_reason_required")
            let merged = try await office.sendJSON(
                "/api/v1/idea-submissions/\(b.id)/actions", method: .post, #"{"version":1,"action":"merge","reason":"重复","target":\#(a.id)}"#)
            #expect(try merged.status == .ok && merged.decode(Submission.self).state == "merged")
            let stale = try await office.sendJSON("/api/v1/idea-submissions/\(a.id)/actions", method: .post, #"{"version":1,"action":"triage"}"#)
            #expect(stale.status == .conflict)
            #expect(
                try await office.sendJSON("/api/v1/idea-submissions/\(a.id)/actions", method: .post, #"{"action":"triage"}"#).status == .badRequest)
        }
    }

    @Test func reviewersScoreAndTheOfficeShortlistsAwardsAndAdopts() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let a = try await fx.submit("政策免申即享")
            let office = try await client.as(.office, jurisdiction: fx.longhua.id)
            try await services.ideas.act(a.submissionId, .init(action: "approve"), by: fx.office)
            try await services.ideas.act(a.submissionId, .init(action: "triage"), by: fx.office)
            let expert = try await client.as(.viewer, jurisdiction: fx.longhua.id, username: "api-expert")
            // an expert not yet assigned may not score
            let early = try await expert.sendJSON("/api/v1/idea-submissions/\(a.submissionId)/scores", method: .put, #"{"scores":{"创新性":80}}"#)
            #expect(early.status == .notFound)
            // when
            let assigned = try await office.sendJSON("/api/v1/idea-calls/\(fx.call.id)/reviewers", method: .post, #"{"username":"api-expert"}"#)
            #expect(assigned.status == .ok && assigned.text.contains("api-expert"))
            #expect(
                try await office.sendJSON("/api/v1/idea-calls/\(fx.call.id)/reviewers", method: .post, #"{"username":"nobody-here"}"#).status
                    == .unprocessableContent)
            let scored = try await expert.sendJSON(
                "/api/v1/idea-submissions/\(a.submissionId)/scores", method: .put, #"{"scores":{"创新性":100,"可行性":50}}"#)
            #expect(scored.status == .ok, "\(scored.text)")
            let outOfRange = try await expert.sendJSON("/api/v1/idea-submissions/\(a.submissionId)/scores", method: .put, #"{"scores":{"可行性":101}}"#)
            #expect(outOfRange.status == .unprocessableContent)
            let read = try await office.get("/api/v1/idea-submissions/\(a.submissionId)").decode(Submission.self)
            #expect(read.meanScore == 65)
            let shortlisted = try await office.sendJSON(
                "/api/v1/idea-submissions/\(a.submissionId)/actions", method: .post, #"{"version":\#(read.version),"action":"shortlist"}"#)
            #expect(shortlisted.status == .ok)
            let v = try shortlisted.decode(Submission.self).version
            // then: no award while the notice runs
            let early2 = try await office.sendJSON(
                "/api/v1/idea-submissions/\(a.submissionId)/actions", method: .post, #"{"version":\#(v),"action":"award","tier":"一等奖"}"#)
            #expect(early2.status == .unprocessableContent && early2.apiError?.code == "idea_notice_running")
            try await services.database.sql.execute("UPDATE idea_submissions SET notice_until = '2026-11-19' WHERE id = \(bind: a.submissionId)")
            let awarded = try await office.sendJSON(
                "/api/v1/idea-submissions/\(a.submissionId)/actions", method: .post, #"{"version":\#(v),"action":"award","tier":"一等奖"}"#)
            #expect(awarded.status == .ok, "\(awarded.text)")
            let adopted = try await office.sendJSON(
                "/api/v1/idea-submissions/\(a.submissionId)/actions", method: .post,
                #"{"version":\#(v + 1),"action":"adopt","planItemIds":[\#(fx.field.id)],"adoption":"已纳入改革任务"}"#)
            #expect(try adopted.status == .ok && adopted.decode(Submission.self).planItemIds == [fx.field.id])
        }
    }
}
