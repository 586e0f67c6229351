import ReformCore
import Testing

/// Issue 15: plan documents as governments publish them. One suite per point of the issue, each on a fixture of
/// its own in simplified and (where the point is about reading names) traditional characters.
struct RealDocumentTests {
    // MARK: - 1. Tables one cell per line, and tab-separated

    @Test func rebuildsATableCopiedOneCellPerLine() throws {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.cellPerLine, planYear: 2021)
        // then
        #expect(document.title == "广州市2021年重点工作分工方案")
        #expect(document.items.map(\.number) == ["一、", "二、"])
        #expect(document.items.map(\.title) == ["推动经济高质量发展", "保障和改善民生"])
        #expect(document.items.map { $0.children.map(\.number) } == [["1", "2"], ["3", "4"]])
        let rows = document.allItems.filter { $0.style == .numbered }
        #expect(rows.map(\.depth) == [1, 1, 1, 1])
        #expect(rows[0].title == "推进国家营商环境创新试点城市建设，年底前完成试点任务")
        #expect(rows[0].leader == "王东")
        #expect(rows[0].lead?.name == "市发展改革委")
        #expect(rows[0].participants.map(\.name) == ["市政务服务数据管理局", "市市场监管局"])
        #expect(rows[0].deadline?.date?.iso == "2021-12-31")
        // A cell broken over two lines is one cell; the leader padded with an ideographic space is one name.
        #expect(rows[1].title == "深化数据要素市场化配置改革，2021年9月底前建成数据交易平台")
        #expect(rows[1].leader == "王东")
        #expect(rows[1].lead?.name == "市政务服务数据管理局")
        #expect(rows[1].deadline?.date?.iso == "2021-09-30")
        // No leader cell: the units still land in their columns.
        #expect(rows[2].leader == nil)
        #expect(rows[2].lead?.name == "市民政局")
        #expect(rows[2].participants.map(\.name) == ["各区政府"])
        // A shared suffix: 黄埔区、南沙区政府.
        #expect(rows[3].participants.map(\.name) == ["黄埔区政府", "南沙区政府"])
        #expect(rows[3].leader == "李明")
        #expect(document.skippedParts.map(\.reason) == [.title, .tableHeader])
        #expect(document.warnings.isEmpty, "\(document.warnings)")
    }

    @Test func readsATraditionalTableAndShowsItAsWritten() throws {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.cellPerLineTraditional, planYear: 2021)
        // then
        let rows = document.allItems.filter { $0.style == .numbered }
        #expect(rows.count == 2)
        #expect(document.items.first?.title == "推動經濟高質量發展")
        #expect(rows[0].title == "推進國家營商環境創新試點城市建設，年底前完成試點任務")
        #expect(rows[0].leader == "王东")
        #expect(rows[0].lead?.name == "市发展改革委")
        #expect(rows[0].participants.map(\.name) == ["市政务服务数据管理局", "市市场监管局"])
        #expect(rows[1].lead?.name == "市政务服务数据管理局")
        #expect(rows[1].participants.map(\.name) == ["市工业和信息化局"])
    }

    @Test func readsAWordTableWithMergedSectionRows() throws {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.wordTable, planYear: 2021)
        // then
        #expect(document.items.map(\.number) == ["一、"])
        let chapter = try #require(document.items.first)
        #expect(chapter.children.map(\.number) == ["1", "2", "(二)"])
        #expect(chapter.children.map(\.style) == [.numbered, .numbered, .section])
        let section = chapter.children[2]
        #expect(section.title == "李明副市长牵头负责的工作")
        #expect(section.children.map(\.title) == ["实施城市更新行动"])
        // The section row names the leader of the row under it; a half-width comma separates units.
        #expect(section.children[0].leader == "李明")
        #expect(section.children[0].participants.map(\.name) == ["黄埔区政府", "南沙区政府"])
        #expect(chapter.children[0].participants.map(\.name) == ["市政务服务数据管理局", "市市场监管局"])
        #expect(chapter.children.map(\.leader) == ["王东", "王东", "李明"])
    }

    // MARK: - 2. The covering notice

    @Test func skipsTheNoticeAndItsRulesAndKeepsItsReportingDates() throws {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.noticeThenPlan, planYear: 2021)
        // then
        #expect(document.items.map(\.title) == ["推动经济高质量发展"])
        #expect(!document.allItems.contains { $0.title.contains("高度重视") || $0.title.contains("按时报送") })
        #expect(document.allItems.compactMap(\.deadline?.date?.iso) == ["2021-12-31", "2021-09-30"])
        #expect(!document.isNoticeOnly)
        let reporting = try #require(document.reporting)
        #expect(reporting.text.contains("4月10日、7月10日、10月10日前报送"))
        #expect(reporting.line == 7)
        #expect(reporting.schedule == nil)
        #expect(document.skippedParts.first == .init(reason: .notice, lines: 1...9, firstText: "广州市人民政府办公厅关于印发广州市2021年重点工作分工方案的通知"))
        #expect(document.skippedParts.map(\.reason) == [.notice, .title, .preamble, .copyTo])
    }

    @Test func aTextThatIsOnlyANoticeGivesNoItemsAndSaysSo() throws {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.noticeOnly, planYear: 2022)
        // then
        #expect(document.items.isEmpty)
        #expect(document.isNoticeOnly)
        #expect(document.warnings.map(\.message) == [PlanDocumentParser.noticeOnlyMessage])
        #expect(PlanDocumentParser.noticeOnlyMessage.hasPrefix("这是一份通知，未找到方案正文"))
        #expect(document.skippedParts.map(\.reason) == [.notice])
        let quarterEnds = [3, 6, 9, 12].map { ReportingSchedule.MonthDay(month: $0, day: 30) }
        #expect(document.reporting?.schedule == .quarterly(quarterEnds))
    }

    @Test func aMonthlyReportingSentenceBecomesAMonthlySchedule() {
        // given
        let text = "关于印发龙华区2022年改革工作要点的通知\n各单位：\n现将《龙华区2022年改革工作要点》印发给你们，请每月25日前报送进展情况。\n龙华区2022年改革工作要点\n一、深化改革\n1．推进改革。（牵头单位：区发展和改革局）"
        // when
        let document = PlanDocumentParser.parse(text, planYear: 2022)
        // then
        #expect(document.reporting?.schedule == .monthly(day: 25))
        #expect(document.allItems.count == 2)
        #expect(document.title == "龙华区2022年改革工作要点")
    }

    // MARK: - 3. Leaders named by group headings

    @Test func aLeaderInAGroupHeadingLeadsEveryItemUnderIt() throws {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.headingLeaders, planYear: 2021)
        // then
        let items = document.allItems
        #expect(items.map(\.title).prefix(3) == ["李明省长主抓重点工作", "推进要素市场化配置改革", "深化“放管服”改革"])
        #expect(items.map(\.leader) == ["李明", "李明", "李明", "张虎", "王伟中", "王伟中", "王曦", nil, "陈平", "陈平"])
        #expect(document.items[2].children.map(\.lead?.name) == ["省农业农村厅", "省供销社"])
        #expect(document.warnings.isEmpty, "\(document.warnings)")
    }

    @Test func aLeaderLineBeforeASiblingIsTheCurrentItems() {
        // given: Guangdong's blocks, where the leader line follows its task.
        let text = "一、深化改革\n（一）推进甲改革。\n分管省领导：王伟中\n（二）推进乙改革。\n分管省领导：张虎\n部门分工：省财政厅牵头。"
        // when
        let tasks = PlanDocumentParser.parse(text, planYear: nil).items.first?.children ?? []
        // then
        #expect(tasks.map(\.leader) == ["王伟中", "张虎"])
    }

    @Test func leaderPhrasesReadTheNameNotTheOffice() {
        #expect(LeaderPhrase.find(in: "李明省长主抓重点工作") == "李明")
        #expect(LeaderPhrase.find(in: "王伟中同志牵头负责的工作") == "王伟中")
        #expect(LeaderPhrase.find(in: "常务副市长陈平分管的工作") == "陈平")
        #expect(LeaderPhrase.find(in: "常务副市长主抓的工作") == nil)
        #expect(LeaderPhrase.find(in: "市委书记牵头的改革事项") == nil)
        #expect(LeaderPhrase.find(in: "推进要素市场化配置改革") == nil)
    }

    // MARK: - 4. Traditional characters

    @Test func aPlanInTraditionalCharactersReadsItsUnitsAndKeepsItsWords() throws {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.traditionalPlan, planYear: 2021)
        // then
        #expect(ChineseScript.isAvailable)
        #expect(document.title == "深圳市2021年全面深化改革工作要點")
        let tasks = try #require(document.items.first?.children)
        #expect(tasks.count == 2)
        #expect(tasks[0].title == "推進商事登記確認制改革")
        #expect(tasks[0].content == "2021年6月底前出台實施辦法。")
        #expect(tasks[0].lead?.name == "市市场监管局")
        #expect(tasks[0].participants.map(\.name) == ["市司法局", "各有关部门"])
        #expect(tasks[0].participants.map(\.isCollective) == [false, true])
        #expect(tasks[0].deadline?.date?.iso == "2021-06-30")
        #expect(tasks[1].title == "完善知識產權保護體系")
        #expect(tasks[1].lead?.name == "市发展改革委")
        #expect(tasks[1].participants.map(\.name) == ["市财政局", "市司法局"])
    }

    @Test func simplifiedTextIsLeftAsItIs() {
        #expect(ChineseScript.simplified("推进改革（牵头单位：市财政局）") == "推进改革（牵头单位：市财政局）")
        #expect(ChineseScript.simplified("牽頭單位：市財政局；責任單位：各有關部門") == "牵头单位：市财政局；责任单位：各有关部门")
    }

    // MARK: - 5, 6. Catch-all groups and shared words

    @Test func catchAllGroupsStayWhole() {
        #expect(UnitCell.mentions("市直有关部门、单位").map(\.name) == ["市直有关部门、单位"])
        #expect(UnitCell.mentions("各区市政府、开发区管委").map(\.name) == ["各区市政府、开发区管委"])
        #expect(UnitCell.mentions("市级各有关部门及各县市区政府").map(\.name) == ["市级各有关部门及各县市区政府"])
        #expect(UnitCell.mentions("各区政府、市财政局").map(\.name) == ["各区政府", "市财政局"])
        #expect(UnitCell.mentions("市直有关部门、单位").allSatisfy { $0.isCollective })
    }

    @Test func aSharedSuffixOrLevelAppliesToEveryName() {
        #expect(UnitCell.split("黄埔区、南沙区政府").participants == ["南沙区政府"])
        #expect(UnitCell.split("黄埔区、南沙区政府").lead == "黄埔区政府")
        #expect(UnitCell.mentions("越秀区、海珠区、天河区人民政府").map(\.name) == ["越秀区人民政府", "海珠区人民政府", "天河区人民政府"])
        #expect(UnitCell.mentions("市发展改革委、财政局").map(\.name) == ["市发展改革委", "市财政局"])
        #expect(UnitCell.mentions("区委改革办,司法局、国资委").map(\.name) == ["区委改革办", "区司法局", "区国资委"])
        // Names that are whole already are left alone.
        #expect(UnitCell.mentions("龙华区、南山区").map(\.name) == ["龙华区", "南山区"])
        #expect(UnitCell.mentions("市财政局、人民银行广州分行营管部").map(\.name) == ["市财政局", "人民银行广州分行营管部"])
        #expect(UnitCell.mentions("深圳市规划和自然资源局、财政局").map(\.name) == ["深圳市规划和自然资源局", "财政局"])
    }

    @Test func groupsAndSharedWordsInADocument() throws {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.noticeThenPlan, planYear: 2021)
        // then
        let measures = document.allItems.filter { $0.style == .numbered }
        #expect(measures.map(\.participants).map { $0.map(\.name) } == [["市直有关部门、单位"], ["市发展改革委", "市财政局"], ["各区市政府、开发区管委"]])
        #expect(measures[0].participants.first?.isCollective == true)
        #expect(measures[2].lead?.name == "市住房城乡建设局")
    }

    // MARK: - 7. Names padded with spaces

    @Test func paddedNamesAreOneName() {
        #expect(PersonName.normalized("王 东") == "王东")
        #expect(PersonName.normalized("王　东") == "王东")
        #expect(PersonName.normalized(" 欧阳 明 ") == "欧阳、明")
        #expect(PersonName.normalized("王东 李明") == "王东、李明")
        #expect(PersonName.normalized("市政府 办公厅") == "市政府、办公厅")
        #expect(PersonName.normalized("Wang Dong") == "Wang Dong")
        #expect(PlanDocumentParser.parse("一、改革\n分管市领导：张　三\n1．推进。（牵头单位：市财政局）", planYear: nil).allItems.last?.leader == "张三")
    }

    // MARK: - 8. The document's own facts

    @Test func theDocumentNumberIsItsOwnNotOneItCites() {
        // when
        let document = PlanDocumentParser.parse(RealDocumentFixtures.noticeThenPlan, planYear: 2021)
        // then
        #expect(document.docNumber == "穗府办〔2021〕5号")
        #expect(document.title == "广州市2021年重点工作分工方案")
        #expect(PlanDocumentNumber.own(in: ["根据《意见》（国发〔2021〕24号），制定本方案。"]) == nil)
        #expect(PlanDocumentNumber.own(in: ["（深改办发［２０２０］12号）"]) == "深改办发［２０２０］12号")
        #expect(PlanDocumentNumber.own(in: ["关于印发某方案的通知（穗府办函〔2021〕12号）"]) == "穗府办函〔2021〕12号")
    }

    @Test func theTitleIsNeverAQuotedReport() {
        // given
        let text = "为落实《政府工作报告》部署，制定本方案。\n一、深化改革\n1．推进改革。（牵头单位：市财政局）"
        let notice = "各区：\n现将《东莞市2022年改革要点》印发给你们，请认真贯彻执行。\n一、深化改革\n1．推进改革。（牵头单位：市财政局）"
        // then
        #expect(PlanDocumentParser.parse(text, planYear: nil).title == nil)
        #expect(PlanDocumentParser.parse(notice, planYear: nil).title == "东莞市2022年改革要点")
    }

    /// The table page of make_pdf.py's plan-text-layer-traditional.pdf as `pdftotext -layout` gives it.
    @Test func aPDFTableWithATraditionalHeaderIsRebuiltAndRead() throws {
        try #require(ChineseScript.isAvailable)
        // given
        let layout = """
                         廣州市2021年重點工作分工方案
            序號   重點工作               分管領導    牽頭單位       配合單位
            一、保障和改善民生
            1   推進基本公共服務均等化，        王 東     市民政局       各區政府
                 2021年9月底前出臺實施方案
            2    實施城市更新行動           李 明     市住房城鄉建設局   市規劃和自然資源局
            """
        // when
        let text = LayoutText.lines(of: layout)
        let items = PlanDocumentParser.parse(text, planYear: 2021).allItems
        // then: the header found in traditional characters, the rows kept as written and read converted
        #expect(text.split(separator: "\n").dropFirst().first == "序號\t重點工作\t分管領導\t牽頭單位\t配合單位")
        #expect(items.map(\.number) == ["一、", "1", "2"])
        #expect(items.dropFirst().map(\.title) == ["推進基本公共服務均等化，2021年9月底前出臺實施方案", "實施城市更新行動"])
        #expect(items.dropFirst().map(\.leader) == ["王东", "李明"])
        #expect(items.dropFirst().map { $0.lead?.name } == ["市民政局", "市住房城乡建设局"])
        #expect(items.dropFirst().map { $0.participants.map(\.name) } == [["各区政府"], ["市规划和自然资源局"]])
        #expect(items[1].deadline == .date(LocalDate(year: 2021, month: 9, day: 30)!, original: "2021年9月底前"))
    }
}
