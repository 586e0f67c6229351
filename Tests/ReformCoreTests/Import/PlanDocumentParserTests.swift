import ReformCore
import Testing

struct PlanDocumentParserTests {
    // MARK: - 广州-style 工作要点

    @Test func readsTwelveFieldsWithTasksAndRunOnMeasures() {
        // when
        let document = PlanDocumentParser.parse(GuangzhouWorkPointsFixture.text, planYear: 2022)
        // then
        let all = document.allItems
        #expect(document.items.count == 12)
        #expect(document.items.map(\.index) == Array(1...12))
        #expect(all.filter { $0.style == .section }.count == 15)
        #expect(all.filter { $0.style == .numbered }.map(\.index) == Array(1...17))
        #expect(all.filter { $0.style == .numbered }.allSatisfy { $0.depth == 2 })
        #expect(document.warnings.isEmpty, "\(document.warnings)")
    }

    @Test func keepsMarkersAsWrittenAndSplitsTitleFromContent() throws {
        // when
        let document = PlanDocumentParser.parse(GuangzhouWorkPointsFixture.text, planYear: 2022)
        // then
        let first = try #require(document.items.first?.children.first?.children.first)
        #expect(first.number == "1．")
        #expect(first.title == "推行企业开办“一网通办”")
        #expect(first.content == "2022年10月底前，实现企业开办全程网上办理；年底前，实现全市域覆盖。")
        #expect(document.items[10].number == "十一、")
        #expect(document.items[10].title == "深化生态文明体制改革")
    }

    @Test func extractsUnitsFromTheClosingBracket() throws {
        // when
        let document = PlanDocumentParser.parse(GuangzhouWorkPointsFixture.text, planYear: 2022)
        // then
        let first = try #require(document.items.first?.children.first?.children.first)
        #expect(first.lead?.name == "市政务服务数据管理局")
        #expect(first.participants.map(\.name) == ["市市场监管局", "市税务局", "各区"])
        #expect(first.participants.map(\.isCollective) == [false, false, true])
        #expect(!first.content.contains("牵头单位"))
    }

    @Test func takesTheLastDeadlineOfAnItemWithItsWords() {
        // when
        let measures = PlanDocumentParser.parse(GuangzhouWorkPointsFixture.text, planYear: 2022)
            .allItems.filter { $0.style == .numbered }
        // then
        #expect(measures[0].deadline == .date(LocalDate(year: 2022, month: 12, day: 31)!, original: "年底前"))
        #expect(measures[1].deadline?.date?.iso == "2022-06-30")
        #expect(measures[3].deadline?.original == "2022年第三季度")
        #expect(measures[5].deadline == nil)
        #expect(measures[8].deadline == .ongoing(original: "长期坚持"))
        #expect(measures[16].deadline?.date?.iso == "2022-04-30")
    }

    @Test func skipsTheCoveringNoticeAndFindsTheTitle() {
        // when
        let document = PlanDocumentParser.parse(GuangzhouWorkPointsFixture.text, planYear: 2022)
        // then
        #expect(document.title == "广州市2022年全面深化改革工作要点")
        #expect(document.skipped.first == "各区人民政府，市政府各部门、各直属机构：")
        #expect(document.skipped.contains { $0.hasPrefix("现将《广州市2022年全面深化改革工作要点》印发给你们") })
        #expect(document.skipped.contains("抄送：省委改革办。"))
        #expect(!document.allItems.contains { $0.content.contains("抄送") || $0.content.contains("印发") && $0.content.contains("秘书处") })
    }

    // MARK: - 广东-style blocks

    @Test func readsLeaderAndDivisionLinesUnderATask() throws {
        // when
        let document = PlanDocumentParser.parse(GuangdongBlockFixture.text, planYear: 2021)
        // then
        let tasks = try #require(document.items.first?.children)
        #expect(tasks.count == 4)
        #expect(tasks[0].leader == "王伟中")
        #expect(tasks[0].lead?.name == "省发展改革委")
        #expect(tasks[0].participants.map(\.name) == ["各地", "各部门"])
        #expect(tasks[0].participants.allSatisfy { $0.isCollective })
        #expect(tasks[0].content == "加快建设统一开放、竞争有序的要素市场，2021年底前出台实施方案。")
        #expect(tasks[0].lines == 4...6)
        #expect(tasks[1].participants.map(\.name) == ["省市场监管局", "省司法厅"])
        #expect(tasks[1].deadline?.date?.iso == "2021-06-30")
        #expect(tasks[2].content == "")
    }

    @Test func warnsAboutAGapInTheNumbering() {
        // when
        let document = PlanDocumentParser.parse(GuangdongBlockFixture.text, planYear: 2021)
        // then
        #expect(document.warnings == [.init(line: 13, message: "编号“（五）”不连续，按顺序应为“（四）”")])
    }

    // MARK: - 龙华-style 一览表 as text

    @Test func readsATabSeparatedTableGroupedByField() throws {
        // when
        let document = PlanDocumentParser.parse(LonghuaTableFixture.text, planYear: 2020)
        // then
        #expect(document.title == "龙华区2020年改革工作要点一览表")
        #expect(document.items.map(\.title) == ["战役战略性改革", "经济领域", "生态领域"])
        #expect(document.items.map(\.children.count) == [2, 2, 1])
        let first = try #require(document.items.first?.children.first)
        #expect(first.number == "1")
        #expect(first.title == "推动实施综合授权改革试点")
        #expect(first.lead?.name == "区发展和改革局")
        #expect(first.participants.map(\.name) == ["区委改革办", "区司法局"])
        #expect(first.leader == "李四")
        #expect(first.deadline?.date?.iso == "2020-12-31")
        #expect(document.items[2].children[0].deadline?.isOngoing == true)
    }

    @Test func reportsABadDateInATableRow() {
        // when
        let document = PlanDocumentParser.parse(LonghuaTableFixture.text, planYear: 2020)
        // then
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.line == 7)
        #expect(document.warnings.first?.message.contains("13") == true)
    }

    // MARK: - Structure

    @Test func unnumberedParagraphsJoinThePreviousItem() throws {
        // given
        let text = """
            一、深化改革
            1.建立机制。
            第一段补充说明。
            第二段补充说明，2022年6月底前完成。
            2.完善制度
            """
        // when
        let document = PlanDocumentParser.parse(text, planYear: 2022)
        // then
        let measures = try #require(document.items.first?.children)
        #expect(measures.count == 2)
        #expect(measures[0].content == "第一段补充说明。\n第二段补充说明，2022年6月底前完成。")
        #expect(measures[0].lines == 2...4)
        #expect(measures[0].deadline?.date?.iso == "2022-06-30")
        #expect(measures[1].title == "完善制度")
    }

    @Test func acceptsEveryMarkerStyleAndWidth() {
        // given
        let text = "一、甲\n(一)乙\n1.丙\n（1）丁\n①戊\n2、己\n３．庚\n（２）辛\n（二）壬"
        // when
        let items = PlanDocumentParser.parse(text, planYear: nil).allItems
        // then
        #expect(items.map(\.title) == ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬"])
        #expect(items.map(\.depth) == [0, 1, 2, 3, 4, 2, 2, 3, 1])
        #expect(items.map(\.index) == [1, 1, 1, 1, 1, 2, 3, 2, 2])
    }

    @Test func depthFollowsTheLevelsTheDocumentUses() {
        // given
        let text = "一、总体要求\n1.第一条\n2.第二条\n二、保障措施\n3.第三条"
        // when
        let document = PlanDocumentParser.parse(text, planYear: nil)
        // then
        #expect(document.items.map(\.children.count) == [2, 1])
        #expect(document.allItems.map(\.depth) == [0, 1, 1, 0, 1])
        #expect(document.warnings.isEmpty)
    }

    @Test func warnsAboutRepeatedNumbersAndEmptyTitles() {
        // given
        let text = "一、甲\n1.乙\n1.丙\n2.\n5.丁"
        // when
        let messages = PlanDocumentParser.parse(text, planYear: nil).warnings.map(\.message)
        // then
        #expect(messages.contains("编号“1.”重复"))
        #expect(messages.contains("2.没有标题"))
        #expect(messages.contains("编号“5.”不连续，按顺序应为“3.”"))
    }

    @Test func warnsWhenNothingIsNumbered() {
        // given
        let text = "深化经济领域改革。坚持以供给侧结构性改革为主线。\n深化文化领域改革。"
        // when
        let document = PlanDocumentParser.parse(text, planYear: 2020)
        // then
        #expect(document.items.isEmpty)
        #expect(document.skipped.count == 2)
        #expect(document.warnings.count == 1)
    }

    @Test func warnsAboutAnInvalidDeadlineInAnItem() {
        // when
        let document = PlanDocumentParser.parse("一、甲\n1.完成改造。2022年13月底前完成。", planYear: nil)
        // then
        #expect(document.warnings.map(\.line) == [2])
        #expect(document.allItems.last?.deadline == nil)
    }

    @Test func aDocumentWithWindowsLineBreaksReadsTheSame() {
        // given
        let unix = GuangzhouWorkPointsFixture.text
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        // when
        let a = PlanDocumentParser.parse(unix, planYear: 2022)
        let b = PlanDocumentParser.parse(windows, planYear: 2022)
        // then
        #expect(a.allItems.map(\.title) == b.allItems.map(\.title))
        #expect(a.allItems.map(\.lines) == b.allItems.map(\.lines))
    }
}
