import Foundation
import Testing

@testable import App

/// The inbox is made of what the features' inbox sources contribute: a feature added later (supervision's
/// rectifications due) declares a source, and its count joins the header's and its section shows on /inbox beside
/// reporting's, with no change to the inbox page or to reporting.
struct InboxSourceTests {
    /// Stands for a later feature: two rectifications due for every unit member.
    enum RectificationsFeature: Feature {
        static func register(_ routes: FeatureRoutes) {}

        static var inboxSources: [InboxSource] {
            [
                InboxSource(
                    key: "rectification",
                    countQuery: { principal, _ in principal.role.isUnitRole ? "SELECT 2" : nil },
                    section: { input in
                        guard input.principal.role.isUnitRole else { return nil }
                        return .list(
                            title: "待整改事项",
                            rows: [
                                InboxRow(label: "整改：窗口办理时限超标", link: "/items/1", detail: "区发改局", due: "2026年11月25日"),
                                InboxRow(label: "整改：台账未按期更新", link: "/items/2", detail: "区发改局", due: "2026年11月18日", late: true)
                            ])
                    })
            ]
        }
    }

    @Test func aSecondSourceAddsItsSectionToTheInboxAndItsCountToTheHeader() async throws {
        try await TestApp.run(features: AppFeatures.all + [RectificationsFeature.self]) { services, client in
            // given: one task assigned to the bureau, not signed yet (reporting's inbox: 1)
            let r = try await ReportingFixture.make(services)
            _ = try await services.assignments.assign(itemId: r.measure.id, note: "", includeParticipants: false, by: r.office)
            let liaison = try await client.session(as: .liaison, unit: r.ledger.developmentBureau.id)
            let office = try await client.session(as: .office, jurisdiction: r.ledger.district.id)
            // when
            let inbox = try await liaison.get("/inbox")
            let officeInbox = try await office.get("/inbox")
            // then: reporting's tabs, then the new section with its rows; the header counts both sources
            #expect(inbox.status == .ok)
            let page = inbox.text
            #expect(page.contains("待签收 <span class=\"count\">1</span>"))
            #expect(page.contains("<h2>待整改事项 <span class=\"count\">2</span></h2>"))
            #expect(page.contains("<a href=\"/items/1\">整改：窗口办理时限超标</a>"))
            #expect(page.contains("<tr class=\"late\"><td><a href=\"/items/2\">整改：台账未按期更新</a>"))
            let tabs = try #require(page.range(of: "class=\"tabs\""))
            let section = try #require(page.range(of: "id=\"inbox-rectification\""))
            #expect(tabs.lowerBound < section.lowerBound, "sections follow the features' order")
            #expect(page.contains("href=\"/inbox\" title=\"待办\">待办 <span class=\"count\">3</span>"))
            // a source with nothing for the reader shows no section and adds nothing to the count
            #expect(officeInbox.status == .ok)
            #expect(!officeInbox.text.contains("待整改事项"))
            #expect(officeInbox.text.contains("href=\"/inbox\" title=\"待办\">待办 <span class=\"count\">0</span>"))
        }
    }

    @Test func withoutItTheInboxIsReportingsAlone() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await ReportingFixture.make(services)
            _ = try await services.assignments.assign(itemId: r.measure.id, note: "", includeParticipants: false, by: r.office)
            let liaison = try await client.session(as: .liaison, unit: r.ledger.developmentBureau.id)
            // when
            let page = try await liaison.get("/inbox").text
            // then
            #expect(page.contains("待签收 <span class=\"count\">1</span>"))
            #expect(!page.contains("待整改事项"))
            #expect(page.contains("href=\"/inbox\" title=\"待办\">待办 <span class=\"count\">1</span>"))
        }
    }
}
