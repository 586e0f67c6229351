import ReformCore
import Testing

@testable import ReformCharts

struct WallChartTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    private func options(
        zoom: WallChartZoom = .quarter, today: String = "2024-07-01",
        from: String? = "2024-01-01", to: String? = "2024-12-31", labels: WallChartLabels = .chinese
    ) -> WallChartOptions {
        WallChartOptions(zoom: zoom, today: day(today), rangeStart: from.map(day), rangeEnd: to.map(day), width: 1400, labels: labels)
    }

    private func row(
        _ id: Int, group: String = "营商环境", start: String? = "2024-04-01", deadline: String? = "2024-06-30",
        original: String? = nil, status: LifecycleStatus = .inProgress, light: ScheduleLight = .green,
        percent: Double = 50, milestone: Bool = false, title: String = "推进政务服务一网通办", link: String? = nil
    ) -> WallChartRow {
        WallChartRow(
            id: id, number: "1.\(id)", title: title, group: group, leadUnit: "市政务服务数据管理局",
            start: start.map(day), deadline: deadline.map(day), originalDeadline: original.map(day),
            status: status, light: light, percent: percent, isMilestone: milestone, link: link)
    }

    /// x of the left edge of `iso` for a 1400 px chart showing all of 2024.
    private func x2024(_ iso: String) -> Double {
        let left = WallChart.timelineLeft(width: 1400), right = WallChart.timelineRight(width: 1400)
        return left + Double(day("2024-01-01").days(until: day(iso))) / 366 * (right - left)
    }

    private func parsedRow(_ row: WallChartRow, options: WallChartOptions? = nil) throws -> SVGNode {
        let svg = WallChart.render(rows: [row], options: options ?? self.options(), title: "挂图")
        let root = try #require(SVGNode.parse(svg))
        return try #require(root.all(withClass: "wc-row").first)
    }

    @Test func twoThousandRowsAreWellFormedWithOneElementPerRow() throws {
        // given
        let statuses = LifecycleStatus.allCases, lights = ScheduleLight.allCases
        var rows: [WallChartRow] = []
        for i in 0..<2000 {
            let start = LocalDate(dayNumber: day("2022-01-01").dayNumber + (i * 7) % 900)
            rows.append(
                WallChartRow(
                    id: i + 1, number: "\(i / 100 + 1).\(i % 100 + 1)",
                    title: "第\(i)项：深化“放管服”改革 & 优化<营商环境>，推进政务服务标准化、规范化、便利化",
                    group: "领域\(i / 100)", leadUnit: i % 3 == 0 ? "市发展改革委" : "市市场监管局、市司法局",
                    start: i % 5 == 0 ? nil : start, deadline: i % 11 == 0 ? nil : start.adding(days: 30 + i % 400),
                    originalDeadline: i % 4 == 0 ? start.adding(days: 20) : nil,
                    status: statuses[i % statuses.count], light: lights[i % lights.count],
                    percent: Double(i % 101), isMilestone: i % 13 == 0, link: i % 2 == 0 ? "/ledger?item=\(i)&view=wall" : nil))
        }
        // when
        let svg = WallChart.render(rows: rows, options: WallChartOptions(today: day("2023-05-20")), title: "2022—2024年改革任务挂图作战")
        // then
        let root = try #require(SVGNode.parse(svg))
        #expect(root.name == "svg")
        #expect(root.all(withClass: "wc-row").count == 2000)
        #expect(root.all(withClass: "wc-group").count == 20)
        #expect(root.all("a").count == 1000)
        #expect(Set(root.all(withClass: "wc-row").compactMap { $0["data-id"] }).count == 2000)
    }

    @Test func todayLineIsRedDashedAtTheStartOfToday() throws {
        // given
        let rows = [row(1)]
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: rows, options: options(today: "2024-07-01"), title: "挂图")))
        // then
        let line = try #require(root.all(withClass: "wc-today-line").first)
        let x = try #require(line.number("x1"))
        #expect(abs(x - x2024("2024-07-01")) < 0.06)
        #expect(line.number("x2") == x)
        #expect(line["stroke"] == "#c62828")
        #expect(line["stroke-dasharray"] != nil)
        let q3Grid = root.all(withClass: "wc-grid").compactMap { $0.number("x1") }
        #expect(q3Grid.contains(x))
        #expect(root.all(withClass: "wc-today-label").first?.visibleText == "今天 2024-07-01")
    }

    @Test func todayOutsideTheRangeDrawsNoLine() throws {
        // given
        let opts = options(today: "2025-03-01")
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: [row(1)], options: opts, title: "挂图")))
        // then
        #expect(root.all(withClass: "wc-today-line").isEmpty)
    }

    @Test func barRunsFromStartToTheEndOfTheDeadlineWithProportionalFill() throws {
        // given
        let item = row(7, start: "2024-04-01", deadline: "2024-06-30", percent: 25)
        // when
        let g = try parsedRow(item)
        // then
        let bar = try #require(g.all(withClass: "wc-bar").first)
        let x = try #require(bar.number("x")), width = try #require(bar.number("width"))
        #expect(abs(x - x2024("2024-04-01")) < 0.06)
        #expect(abs(x + width - x2024("2024-07-01")) < 0.11)
        let fill = try #require(g.all(withClass: "wc-progress").first?.number("width"))
        #expect(abs(fill - width / 4) < 0.2)
        #expect(g.all(withClass: "wc-percent").first?.visibleText == "25%")
    }

    @Test func overdueBarIsRedAndDueSoonIsYellow() throws {
        // given
        let overdue = row(1, light: .red)
        let dueSoon = row(2, light: .yellow)
        // when
        let red = try #require(parsedRow(overdue).all(withClass: "wc-bar").first)
        let yellow = try #require(parsedRow(dueSoon).all(withClass: "wc-bar").first)
        // then
        #expect(red["stroke"] == "#c62828")
        #expect(red["fill"] == ChartPalette.lightRed)
        #expect(try parsedRow(overdue).all(withClass: "wc-progress").first?["fill"] == "#c62828")
        #expect(yellow["stroke"] == "#f9a825")
        #expect(try parsedRow(overdue).hasClass("wc-light-red"))
    }

    @Test func doneIsSolidGreenAndSuspendedIsHatched() throws {
        // given
        let done = row(1, status: .done, light: .red, percent: 100)
        let suspended = row(2, status: .suspended, light: .none, percent: 30)
        // when
        let doneBar = try #require(parsedRow(done).all(withClass: "wc-bar").first)
        let suspendedBar = try #require(parsedRow(suspended).all(withClass: "wc-bar").first)
        // then
        #expect(doneBar["fill"] == "#2e7d32")
        #expect(try parsedRow(done).all(withClass: "wc-progress").isEmpty)
        #expect(suspendedBar["fill"]?.hasPrefix("url(#") == true)
        #expect(suspendedBar["fill"]?.hasSuffix("-hatch)") == true)
    }

    @Test func rowWithoutStartIsAShortStubEndingAtTheDeadline() throws {
        // given
        let item = row(3, start: nil, deadline: "2024-09-30")
        // when
        let bar = try #require(try parsedRow(item).all(withClass: "wc-stub").first)
        // then
        #expect(bar.number("width") == WallChart.stubWidth)
        let end = try #require(bar.number("x")) + WallChart.stubWidth
        #expect(abs(end - x2024("2024-10-01")) < 0.11)
    }

    @Test func milestoneDrawsADiamondInsteadOfABar() throws {
        // given
        let item = row(4, milestone: true)
        // when
        let g = try parsedRow(item)
        // then
        #expect(g.all(withClass: "wc-diamond").count == 1)
        #expect(g.all(withClass: "wc-bar").isEmpty)
        #expect(g.hasClass("wc-milestone"))
    }

    @Test func rowWithoutDeadlineSaysOngoing() throws {
        // given
        let item = row(5, deadline: nil, light: .none)
        // when
        let g = try parsedRow(item)
        // then
        #expect(g.all(withClass: "wc-ongoing").first?.visibleText == "长期坚持")
        #expect(g.all(withClass: "wc-bar").isEmpty)
        #expect(g.all(withClass: "wc-stub").isEmpty)
    }

    @Test func extendedDeadlineShowsTheOriginalDeadlineTick() throws {
        // given
        let extended = row(6, deadline: "2024-09-30", original: "2024-06-30")
        let unchanged = row(7, deadline: "2024-06-30", original: "2024-06-30")
        // when
        let tick = try #require(try parsedRow(extended).all(withClass: "wc-original").first)
        // then
        #expect(abs((tick.number("x1") ?? 0) - x2024("2024-07-01")) < 0.06)
        #expect(try parsedRow(unchanged).all(withClass: "wc-original").isEmpty)
    }

    @Test func groupBandIsDrawnEachTimeTheGroupChanges() throws {
        // given
        let rows = [row(1, group: "经济体制"), row(2, group: "经济体制"), row(3, group: "生态文明"), row(4, group: "经济体制"), row(5, group: "")]
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: rows, options: options(), title: "挂图")))
        // then
        let groups = root.all(withClass: "wc-group").map(\.visibleText)
        #expect(groups == ["经济体制(2)", "生态文明(1)", "经济体制(1)"])
        #expect(root.all(withClass: "wc-row").count == 5)
    }

    @Test func labelsAreEscapedAndLongTitlesTruncatedWithTheFullTextInATitle() throws {
        // given
        let long = "关于深化<行政审批>制度改革 & 推进“证照分离”\"全覆盖\"，持续优化营商环境、激发市场主体活力的若干具体措施和配套政策"
        let item = row(8, title: long)
        // when
        let svg = WallChart.render(rows: [item], options: options(), title: "A&B <挂图>")
        // then
        #expect(svg.contains("A&amp;B &lt;挂图&gt;"))
        let root = try #require(SVGNode.parse(svg))
        #expect(root.titles.first == "A&B <挂图>")
        let label = try #require(root.all(withClass: "wc-label").first)
        #expect(label.visibleText.hasSuffix("…"))
        #expect(label.visibleText.count < long.count)
        #expect(label.titles == ["1.8 " + long])
        let maxWidth = WallChart.timelineLeft(width: 1400) - 8 - 12
        #expect(TextMetrics.width(label.visibleText, fontSize: 12) <= maxWidth)
    }

    @Test func linkWrapsTheRowAndUnsafeLinksAreDropped() throws {
        // given
        let linked = row(9, link: "/ledger?item=9&view=wall")
        let unsafe = row(10, link: "javascript:alert(1)")
        // when
        let g = try parsedRow(linked)
        let h = try parsedRow(unsafe)
        // then
        #expect(g.parent?.name == "a")
        #expect(g.parent?["href"] == "/ledger?item=9&view=wall")
        #expect(g["data-id"] == "9")
        #expect(h.parent?.name != "a")
    }

    @Test func automaticRangeIsPaddedToWholeQuarters() throws {
        // given
        let rows = [row(1, start: "2024-02-15", deadline: "2024-08-10")]
        let opts = options(today: "2024-05-01", from: nil, to: nil)
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: rows, options: opts, title: "挂图")))
        // then
        let ticks = root.all(withClass: "wc-tick").map(\.visibleText)
        #expect(ticks == ["2024年第1季度", "2024年第2季度", "2024年第3季度"])
        let bands = root.all(withClass: "wc-band")
        #expect(bands.count == 1)
    }

    @Test func automaticRangeIncludesTodayAndPadsToWholeMonths() throws {
        // given
        let rows = [row(1, start: "2024-02-15", deadline: "2024-05-10")]
        let opts = options(zoom: .month, today: "2024-08-20", from: nil, to: nil)
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: rows, options: opts, title: "挂图")))
        // then
        let ticks = root.all(withClass: "wc-tick").map(\.visibleText)
        #expect(ticks == (2...8).map { "2024年\($0)月" })
        let line = try #require(root.all(withClass: "wc-today-line").first?.number("x1"))
        let left = WallChart.timelineLeft(width: 1400), right = WallChart.timelineRight(width: 1400)
        let expected =
            left + Double(day("2024-02-01").days(until: day("2024-08-20"))) / Double(day("2024-02-01").days(until: day("2024-09-01")))
            * (right - left)
        #expect(abs(line - expected) < 0.06)
    }

    @Test func englishLabelsAreUsed() throws {
        // given
        let rows = [row(1, deadline: nil), row(2)]
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: rows, options: options(labels: .english), title: "Wall chart")))
        // then
        #expect(root.all(withClass: "wc-ongoing").first?.visibleText == "Ongoing")
        #expect(root.all(withClass: "wc-tick").first?.visibleText == "Q1 2024")
        #expect(root.all(withClass: "wc-today-label").first?.visibleText == "Today 2024-07-01")
        #expect(root.all(withClass: "wc-legend").first?.visibleText.contains("Original deadline") == true)
    }

    @Test func rootIsAnAccessibleResponsiveSVG() throws {
        // given
        let rows = [row(1)]
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: rows, options: options(), title: "挂图作战")))
        // then
        #expect(root["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root["role"] == "img")
        #expect(root["viewBox"]?.hasPrefix("0 0 1400 ") == true)
        #expect(root["style"]?.contains("width:100%") == true)
        #expect(root["font-family"] == "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif")
        let titleId = try #require(root["aria-labelledby"])
        #expect(root.all("title").first { $0["id"] == titleId }?.text == "挂图作战")
    }

    @Test func noTextIsSmallerThanTenPixels() throws {
        // given
        let rows = [row(1), row(2, deadline: nil), row(3, milestone: true), row(4, group: "其他")]
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: rows, options: options(zoom: .month), title: "挂图")))
        // then
        let sizes = root.descendants.compactMap { $0.number("font-size") }
        #expect(!sizes.isEmpty)
        #expect(sizes.allSatisfy { $0 >= 10 })
    }

    @Test func outputIsDeterministic() {
        // given
        let rows = [row(1), row(2, light: .red)]
        // when
        let a = WallChart.render(rows: rows, options: options(), title: "挂图")
        let b = WallChart.render(rows: rows, options: options(), title: "挂图")
        // then
        #expect(a == b)
    }

    @Test func nonFinitePercentDrawsZero() throws {
        // given
        let item = row(1, percent: .nan)
        // when
        let g = try parsedRow(item)
        // then
        #expect(g.all(withClass: "wc-percent").first?.visibleText == "0%")
        #expect(g.all(withClass: "wc-progress").isEmpty)
    }

    @Test func barOutsideTheRangeShowsAnEdgeMarker() throws {
        // given
        let item = row(1, start: "2023-01-01", deadline: "2023-03-31")
        // when
        let g = try parsedRow(item)
        // then
        #expect(g.all(withClass: "wc-bar").isEmpty)
        #expect(g.all(withClass: "wc-out-of-range").count == 1)
    }

    @Test func absurdDatesStayBoundedAndWellFormed() throws {
        // given
        let rows = [row(1, start: "0001-01-01", deadline: "9999-12-31"), row(2)]
        let opts = options(zoom: .month, from: nil, to: nil)
        // when
        let svg = WallChart.render(rows: rows, options: opts, title: "挂图")
        // then
        let root = try #require(SVGNode.parse(svg))
        #expect(root.all(withClass: "wc-tick").count < 100)
        #expect(root.all(withClass: "wc-grid").count < 200)
        #expect(root.all(withClass: "wc-band").count < 100)
        #expect(svg.utf8.count < 60_000)
    }

    @Test func reversedRangeIsSwapped() throws {
        // given
        let opts = options(from: "2024-12-31", to: "2024-01-01")
        // when
        let root = try #require(SVGNode.parse(WallChart.render(rows: [row(1)], options: opts, title: "挂图")))
        // then
        #expect(root.all(withClass: "wc-tick").map(\.visibleText) == (1...4).map { "2024年第\($0)季度" })
    }

    @Test func noRowsGiveASmallChartWithTheTitleAndADash() throws {
        // when
        let svg = WallChart.render(rows: [], options: options(), title: "暂无事项")
        // then
        let root = try #require(SVGNode.parse(svg))
        #expect(root.visibleText.contains("暂无事项"))
        #expect(root.visibleText.contains("—"))
        #expect(root.all(withClass: "wc-row").isEmpty)
    }
}
