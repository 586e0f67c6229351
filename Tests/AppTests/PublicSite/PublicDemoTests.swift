import HummingbirdTesting
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// Issue 14's demo: Longhua's plan and Shenzhen's first authorization batch published, Longhua's golden-idea call with
/// submissions in every state and two adopted ideas.
struct PublicDemoTests {
    @Test func theDemoPublishesAndHasAnIdeaInEveryState() async throws {
        try await TestApp.run(demo: true) { services, client in
            // given
            let sql = services.database.sql
            // when
            let plans = try await PublicQueries.plans(on: sql)
            let authorizations = try await PublicQueries.authorizations(on: sql)
            let call = try #require(try await IdeaQueries.publishedCalls(on: sql).first)
            let counts = try await IdeaQueries.counts(callId: call.id, on: sql)
            // then
            #expect(plans.map(\.title) == ["龙华区委全面深化改革委员会2020年工作要点"])
            #expect(authorizations.count == 40)
            #expect(authorizations.filter { $0.status == "landed" }.count == 22)
            #expect(Set(counts.keys) == Set(IdeaState.allCases.map(\.rawValue)), "\(counts)")
            #expect(counts["adopted"] == 2)
            let anonymous = client.anonymous
            for uri in ["/public", "/public/plans/\(plans[0].id)", "/public/authorizations", "/public/ideas", "/public/ideas/calls/\(call.id)"] {
                let page = try await anonymous.get(uri)
                #expect(page.status == .ok, "\(uri)")
                #expect(page.text.contains("public-demo"), "\(uri) marks the demo")
            }
            #expect((try await anonymous.get("/public/authorizations")).text.contains("共40项，正式落地22项"))
            let adopted = try await IdeaQueries.submissions(callId: call.id, state: .adopted, on: sql)
            for idea in adopted {
                let page = try await anonymous.get("/public/ideas/\(idea.id)")
                #expect(page.text.contains("/public/items/"), "an adopted idea links to what it led to")
            }
        }
    }
}
