import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Editing a call on its page: the form shows the call as stored, a save on the version read changes it (and its public
/// page), and of two edits made on the same version the second is refused with the 409 page.
@Suite struct IdeaCallEditTests {
    static func form(_ version: Int, topic: String, closesOn: String = "2027-01-31") -> [(String, String)] {
        [
            ("version", String(version)), ("topic", topic), ("opensOn", "2026-11-01"), ("closesOn", closesOn), ("categories", "营商环境\n社会治理"),
            ("rewardTiers", "一等奖|20000元|1"), ("criteria", "创新性|30\n可行性|70"), ("noticeDays", "5"), ("rules", "新规则"),
            ("contact", "0755-1111111")
        ]
    }

    @Test func anEditIsSavedAndARaceIsAConflict() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let first = try await client.session(as: .office, jurisdiction: fx.longhua.id, username: "call-editor-1")
            let second = try await client.session(as: .office, jurisdiction: fx.longhua.id, username: "call-editor-2")
            let page = try await first.get("/ideas/calls/\(fx.call.id)/edit")
            #expect(page.status == .ok && page.text.contains(fx.call.topic) && page.text.contains(#"name="version" value="1""#))
            #expect(page.text.contains("0755-0000000") && page.text.contains("一等奖|10000元|1"))
            // when: both read version 1, the first saves
            let saved = try await first.postForm("/ideas/calls/\(fx.call.id)", Self.form(1, topic: "龙华区改革金点子征集（延期）"))
            // then
            #expect(saved.status == .seeOther && saved.headers[.location] == "/ideas/calls/\(fx.call.id)")
            let call = try #require(try await IdeaQueries.call(fx.call.id, on: services.database.sql))
            #expect(call.topic == "龙华区改革金点子征集（延期）" && call.closesOn == "2027-01-31" && call.version == 2 && call.noticeDays == 5)
            #expect(call.contact == "0755-1111111" && call.tierList.first?.reward == "20000元")
            let publicPage = try await client.anonymous.get("/public/ideas/calls/\(fx.call.id)")
            #expect(publicPage.text.contains("（延期）") && publicPage.text.contains("20000元") && publicPage.text.contains("新规则"))
            // when: the second saves on the version it read
            let late = try await second.postForm("/ideas/calls/\(fx.call.id)", Self.form(1, topic: "另一个主题"))
            // then
            #expect(late.status == .conflict)
            #expect(try await IdeaQueries.call(fx.call.id, on: services.database.sql)?.topic == "龙华区改革金点子征集（延期）")
            // bad input shows the form again with the problems, never a 500
            let bad = try await first.postForm("/ideas/calls/\(fx.call.id)", Self.form(2, topic: "", closesOn: "2026-10-01"))
            #expect(bad.status == .unprocessableContent && bad.text.contains(#"name="version" value="2""#))
            // the edit link is for those who keep the call
            #expect((try await first.get("/ideas/calls/\(fx.call.id)")).text.contains("/ideas/calls/\(fx.call.id)/edit"))
            let viewer = try await client.session(as: .viewer, jurisdiction: fx.longhua.id, username: "call-viewer")
            #expect(!(try await viewer.get("/ideas/calls/\(fx.call.id)")).text.contains("/edit"))
            #expect(try await viewer.get("/ideas/calls/\(fx.call.id)/edit").status == .forbidden)
        }
    }

    @Test func theCriteriaStayOnceScored() async throws {
        try await TestApp.run { services, client in
            // given: an idea scored by the criteria
            let fx = try await IdeaFixture.make(services)
            let a = try await fx.submit("政策免申即享")
            try await services.ideas.act(a.submissionId, .init(action: "approve"), by: fx.office)
            try await services.ideas.act(a.submissionId, .init(action: "triage"), by: fx.office)
            let made = try await TestAccounts(services: services).user(.viewer, jurisdiction: fx.longhua.id, username: "criteria-expert")
            let expert = try #require(try await services.accounts.apiToken(made.token)).principal
            try await services.ideas.assignReviewer(callId: fx.call.id, username: "criteria-expert", by: fx.office)
            try await services.ideas.score(a.submissionId, scores: ["可行性": "80"], by: expert)
            var input = IdeaService.CallInput(
                jurisdictionId: nil, planId: fx.plan.id, topic: fx.call.topic, rules: fx.call.rules, contact: fx.call.contact,
                opensOn: fx.call.opensOn, closesOn: fx.call.closesOn, categories: fx.call.categories, rewardTiers: fx.call.rewardTiers,
                criteria: "可行性|100", noticeDays: "7")
            // when / then: the criteria may not change, the rest may
            await #expect(throws: AppError.self) { _ = try await services.ideas.updateCall(fx.call.id, input, baseVersion: 1, by: fx.office) }
            input.criteria = fx.call.criteria
            input.topic = "新主题"
            let updated = try await services.ideas.updateCall(fx.call.id, input, baseVersion: 1, by: fx.office)
            #expect(updated.topic == "新主题" && updated.criteria == fx.call.criteria && updated.jurisdictionId == fx.longhua.id)
        }
    }
}
