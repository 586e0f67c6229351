import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Reviewer accounts (评审专家, `Role.reviewer`) limited to the calls they are assigned to: they read the call and the ideas
/// under review and score them, through the same gate as evaluation rounds; another call is not there (404), and the
/// office's pages and API are closed to them (403).
@Suite struct IdeaReviewerTests {
    @Test func aReviewerSeesAndScoresOnlyItsCall() async throws {
        try await TestApp.run { services, client in
            // given: two calls of 龙华区, the expert assigned to the first
            let fx = try await IdeaFixture.make(services)
            let other = try await services.ideas.createCall(
                .init(
                    jurisdictionId: fx.longhua.id, topic: "另一期征集", rules: "", contact: "", opensOn: "2026-11-01", closesOn: "2026-12-31",
                    categories: "营商环境", rewardTiers: "一等奖|1000元|1", criteria: "可行性|100"),
                by: fx.office)
            let shenzhen = try #require(try await JurisdictionQueries.find(fx.longhua.parentId!, on: services.database.sql))
            let expert = try await TestAccounts(services: services).user(.reviewer, jurisdiction: shenzhen.id, username: "idea-expert")
            let api = SignedInClient(inner: client.inner, services: services, credential: .bearer(expert.token))
            let (cookie, csrf) = try await TestAccounts(services: services).signIn("idea-expert")
            let pages = SignedInClient(inner: client.inner, services: services, credential: .session(cookie: cookie, csrf: csrf))
            try await services.ideas.assignReviewer(callId: fx.call.id, username: "idea-expert", by: fx.office)
            @Sendable func underReview(_ callId: Int, _ title: String) async throws -> Int {
                let r = try await services.ideas.submit(
                    callId: callId, IdeaFixture.input(title, idea: "内容：" + title), files: [], clientAddress: "10.1.0.\(title.count)")
                try await services.ideas.act(r.submissionId, .init(action: "approve"), by: fx.office)
                try await services.ideas.act(r.submissionId, .init(action: "triage"), by: fx.office)
                return r.submissionId
            }
            let mine = try await underReview(fx.call.id, "一网通办")
            let theirs = try await underReview(other.id, "另一期的建议")
            let waiting = try await fx.submit("尚待审核的建议").submissionId
            // when / then: its call, and only its call; the home page sends it there (not to evaluation rounds it has none of)
            let home = try await pages.get("/")
            #expect(home.status == .seeOther && home.headers[.location] == "/ideas")
            let index = try await pages.get("/ideas")
            #expect(index.status == .ok && index.text.contains(fx.call.topic) && !index.text.contains("另一期征集"))
            #expect(try await pages.get("/ideas/calls/\(fx.call.id)").status == .ok)
            #expect(try await pages.get("/ideas/calls/\(other.id)").status == .notFound)
            let idea = try await pages.get("/ideas/submissions/\(mine)")
            #expect(idea.status == .ok && !idea.text.contains("JD-"))
            #expect(try await pages.get("/ideas/submissions/\(theirs)").status == .notFound)
            #expect(try await pages.get("/ideas/submissions/\(waiting)").status == .notFound)
            #expect(try await pages.postForm("/ideas/submissions/\(mine)/scores", [("score_可行性", "80")]).status == .seeOther)
            #expect(try await pages.postForm("/ideas/submissions/\(theirs)/scores", [("score_可行性", "80")]).status == .notFound)
            // the office is closed to it
            for path in ["/ledger", "/plans", "/ideas/new", "/publication", "/idea-attachments/1"] {
                #expect(try await pages.get(path).status == .forbidden, "\(path)")
            }
            #expect(try await pages.postForm("/ideas/submissions/\(mine)/act", [("action", "shortlist")]).status == .forbidden)
            #expect(try await pages.postForm("/ideas/calls/\(fx.call.id)/reviewers", [("username", "idea-expert")]).status == .forbidden)
            // and the API alike
            struct Calls: Decodable {
                struct Call: Decodable { var id: Int }
                var items: [Call]
            }
            struct Page: Decodable {
                struct Row: Decodable {
                    var id: Int
                    var submitterName: String?
                }
                var items: [Row]
            }
            #expect(try await api.get("/api/v1/idea-calls").decode(Calls.self).items.map(\.id) == [fx.call.id])
            #expect(try await api.get("/api/v1/idea-calls/\(other.id)").status == .notFound)
            let listed = try await api.get("/api/v1/idea-calls/\(fx.call.id)/submissions").decode(Page.self)
            #expect(listed.items.map(\.id) == [mine] && listed.items[0].submitterName == nil)
            #expect(try await api.get("/api/v1/idea-calls/\(fx.call.id)/submissions?state=submitted").status == .notFound)
            #expect(try await api.get("/api/v1/idea-calls/\(fx.call.id)/reviewers").status == .forbidden)
            let scored = try await api.sendJSON("/api/v1/idea-submissions/\(mine)/scores", method: .put, #"{"scores":{"可行性":90}}"#)
            #expect(scored.status == .ok)
            #expect(try await api.sendJSON("/api/v1/idea-submissions/\(theirs)/scores", method: .put, #"{"scores":{"可行性":90}}"#).status == .notFound)
            #expect(try await api.get("/api/v1/plans").status == .forbidden)
            #expect(try await api.get("/api/v1/publication/plans").status == .forbidden)
        }
    }
}
