import ReformCore
import Testing

@testable import ReformCharts

/// The wall chart cut into printed sheets: no sheet over its lines, every row once, one time axis for all.
struct WallChartPagesTests {
    private func rows(_ count: Int, perGroup: Int) -> [WallChartRow] {
        let start = LocalDate(iso: "2024-01-15")!
        return (0..<count).map { i in
            WallChartRow(
                id: i + 1, number: "\(i + 1).", title: "举措\(i + 1)", group: "领域\(i / perGroup + 1)", leadUnit: "区发展改革局",
                start: start.adding(days: i * 3), deadline: start.adding(days: 60 + i * 5), originalDeadline: nil,
                status: .inProgress, light: .green, percent: 50, isMilestone: false, link: nil)
        }
    }

    private func axisText(_ svg: String) throws -> [String] {
        let root = try #require(SVGNode.parse(svg))
        let axis = try #require(root.all(withClass: "wc-axis").first)
        return axis.all("text").map(\.text)
    }

    @Test func sheetsHoldAtMostTheirLinesAndShareOneAxis() throws {
        // given: 70 rows in groups of 25, and no plan period (the range comes from the rows)
        let options = WallChartOptions(zoom: .month, today: LocalDate(iso: "2024-03-01")!, width: 1400)
        // when
        let pages = WallChart.pages(rows: rows(70, perGroup: 25), options: options, title: "挂图", linesPerPage: 32)
        // then
        #expect(pages.count == 3)
        var seen = 0
        var groupHeadings: [[String]] = []
        for page in pages {
            let root = try #require(SVGNode.parse(page))
            let rows = root.all(withClass: "wc-row").count
            let groups = root.all(withClass: "wc-group")
            #expect(rows + groups.count <= 32)
            seen += rows
            groupHeadings.append(groups.map { $0.all("text").map(\.text).joined() })
        }
        #expect(seen == 70)
        // a group cut by the break is named again at the top of the next sheet
        #expect(groupHeadings[1].first?.hasPrefix("领域") == true)
        let first = try axisText(pages[0])
        #expect(!first.isEmpty)
        for page in pages.dropFirst() { #expect(try axisText(page) == first) }
        // the last rows end in 2025: a sheet drawn alone from the first rows would stop in 2024
        #expect(first.contains { $0.contains("2025") })
    }

    @Test func aShortChartIsOneSheetAndNoRowsTheEmptyChart() throws {
        // when
        let short = WallChart.pages(
            rows: rows(5, perGroup: 5), options: WallChartOptions(today: LocalDate(iso: "2024-03-01")!, width: 1400), title: "挂图", linesPerPage: 32)
        let empty = WallChart.pages(
            rows: [], options: WallChartOptions(today: LocalDate(iso: "2024-03-01")!, width: 1400), title: "挂图", linesPerPage: 32)
        // then
        #expect(short.count == 1)
        #expect(try #require(SVGNode.parse(short[0])).all(withClass: "wc-row").count == 5)
        #expect(empty == [WallChart.render(rows: [], options: WallChartOptions(today: LocalDate(iso: "2024-03-01")!, width: 1400), title: "挂图")])
    }
}
