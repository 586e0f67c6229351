import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The markup that keeps pages usable with a keyboard and a screen reader (GB/T 37668); .ci/axe-check.sh checks the
/// rendered pages in a browser, these checks keep the markup from drifting between CI runs.
struct AccessibilityMarkupTests {
    @Test(arguments: PageTests.pages, ["zh", "en"])
    func everyPageHasASkipLinkLabelledLandmarksAndNoEmptyHeader(_ path: String, _ lang: String) async throws {
        try await TestApp.run { services, client in
            // given
            let l = try await SmallLedger.make(Fixtures(services: services))
            let url = PageTests.fill(path, l)
            // when
            let page = try await client.get(url + (url.contains("?") ? "&" : "?") + "lang=" + lang).text
            // then
            #expect(page.contains(##"<a class="skip-link" href="#main">"##))
            #expect(page.contains(#"<main class="content" id="main""#))
            #expect(page.contains(#"<nav class="mainnav" aria-label=""#))
            #expect(!page.contains("<th></th>"))
            #expect(!page.contains(#"<nav class="breadcrumbs">"#), "a page with two navigation landmarks names each")
        }
    }

    @Test func theLedgerNamesEveryControlInThePagesLanguageAndFoldsItsFilters() async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await SmallLedger.make(Fixtures(services: services))
            // when
            let chinese = try await client.get("/ledger").text
            let english = try await client.get("/ledger?lang=en").text
            // then
            #expect(chinese.contains(#"aria-label="显示范围""#) && chinese.contains(#"aria-label="每页条数""#))
            #expect(english.contains(#"aria-label="Rows shown""#) && english.contains(#"aria-label="Items per page""#))
            #expect(!chinese.contains(#"aria-label="scope""#) && !chinese.contains(#"aria-label="per page""#))
            #expect(chinese.contains(#"<details class="filters-box card" id="ledger-filters" open>"#))
            #expect(chinese.contains(##"<a class="skip-link" href="#ledger-filters">跳到筛选条件</a>"##))
            #expect(chinese.contains(#"<input type="search" id="f-q" name="q""#))
        }
    }

    @Test func dashboardChartsSayTheirValuesAndLinkChartsAreGroups() async throws {
        try await TestApp.run { services, client in
            // given
            let l = try await SmallLedger.make(Fixtures(services: services))
            // when
            let page = try await client.get("/dashboard/\(l.district.id)").text
            // then
            let charts = page.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
            #expect(charts.count >= 3)
            for chart in charts {
                #expect(!(chart.contains(#"role="img""#) && chart.contains("<a ")), "an image's links cannot be reached")
                #expect(!chart.contains("rc-label") || chart.contains("<desc id="), "a chart with data says its values")
            }
            #expect(charts.contains { $0.contains(#"role="group""#) && $0.contains("<a href=") && $0.contains(" aria-label=") })
        }
    }
}
