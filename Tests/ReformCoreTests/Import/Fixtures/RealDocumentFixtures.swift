/// Plan documents written the way government sites and reprints publish them (issue 15). The shapes are real; the
/// names, numbers and wording are illustrative.
enum RealDocumentFixtures {
    /// A 广州 2021-style responsibility table copied from a web page: one cell per line, the leader's header split over
    /// two lines, section rows between the rows, empty cells missing, a long cell broken over two lines.
    static let cellPerLine = """
        广州市2021年重点工作分工方案

        序号
        重点工作
        市政府
        分管领导
        牵头单位
        配合单位
        备注
        一、推动经济高质量发展
        1
        推进国家营商环境创新试点城市建设，年底前完成试点任务
        王 东
        市发展改革委
        市政务服务数据管理局、市市场监管局
        2
        深化数据要素市场化配置改革，
        2021年9月底前建成数据交易平台
        王　东
        市政务服务数据管理局
        市工业和信息化局
        二、保障和改善民生
        3
        推进基本公共服务均等化
        市民政局
        各区政府
        4
        实施城市更新行动
        李 明
        市住房城乡建设局
        黄埔区、南沙区政府
        长期坚持
        """

    /// The same table in traditional characters, as a Hong Kong mirror reprints it.
    static let cellPerLineTraditional = """
        廣州市2021年重點工作分工方案

        序號
        重點工作
        市政府
        分管領導
        牽頭單位
        配合單位
        備註
        一、推動經濟高質量發展
        1
        推進國家營商環境創新試點城市建設，年底前完成試點任務
        王 東
        市發展改革委
        市政務服務數據管理局、市市場監管局
        2
        深化數據要素市場化配置改革
        王　東
        市政務服務數據管理局
        市工業和信息化局
        """

    /// The same rows as a Word table extracted to text: tab-separated, the section rows merged across the table (one
    /// cell), full-width and half-width punctuation mixed.
    static let wordTable = [
        "广州市2021年重点工作分工方案",
        ["序号", "重点工作", "市政府分管领导", "牵头单位", "配合单位", "备注"].joined(separator: "\t"),
        "一、推动经济高质量发展",
        ["1", "推进国家营商环境创新试点城市建设", "王 东", "市发展改革委", "市政务服务数据管理局,市市场监管局", ""].joined(separator: "\t"),
        ["2", "深化数据要素市场化配置改革", "王　东", "市政务服务数据管理局", "市工业和信息化局", ""].joined(separator: "\t"),
        "(二)李明副市长牵头负责的工作",
        ["3", "实施城市更新行动", "", "市住房城乡建设局", "黄埔区、南沙区政府", "长期坚持"].joined(separator: "\t")
    ].joined(separator: "\n")

    /// A covering notice with numbered rules of its own and reporting dates, then the plan. The preamble cites another
    /// document's number and the 政府工作报告.
    static let noticeThenPlan = """
        广州市人民政府办公厅关于印发广州市2021年重点工作分工方案的通知
        穗府办〔2021〕5号
        各区人民政府，市政府各部门、各直属机构：
        经市人民政府同意，现将《广州市2021年重点工作分工方案》印发给你们，请认真组织实施。现就有关事项通知如下：
        一、高度重视。各单位要把重点工作摆在突出位置，主要负责同志要亲自抓。
        二、抓好落实。各牵头单位要于2021年3月底前制定具体实施方案。
        三、按时报送。请各牵头单位于4月10日、7月10日、10月10日前报送工作进展情况，年度总结于12月20日前报送市政府办公厅。
        广州市人民政府办公厅
        2021年3月5日
        广州市2021年重点工作分工方案
        为落实《政府工作报告》部署，根据《国务院关于开展营商环境创新试点工作的意见》（国发〔2021〕24号），制定本方案。
        一、推动经济高质量发展
        （一）李明副市长牵头负责的工作
        1．推进国家营商环境创新试点城市建设。年底前完成试点任务。（牵头单位：市发展改革委；配合单位：市直有关部门、单位）
        2．深化数据要素市场化配置改革，2021年9月底前建成数据交易平台。（牵头单位：市政务服务数据管理局；配合单位：市发展改革委、财政局）
        （二）推进社会民生事业
        3．实施城市更新行动。(牵头单位:市住房城乡建设局;配合单位:各区市政府、开发区管委)
        抄送：省政府办公厅。
        """

    /// A notice and nothing else: its rules are not plan items.
    static let noticeOnly = """
        关于做好2022年全面深化改革工作的通知
        各区委改革办，市直各单位：
        为抓好改革任务落实，现就有关事项通知如下：
        一、提高认识。各单位要切实增强抓改革落实的责任感。
        二、明确分工。2022年4月底前将任务分解到具体处室。
        三、按时报送。请于每季度最后一个月30日前报送改革进展情况。
        中共深圳市委全面深化改革委员会办公室
        2022年2月20日
        """

    /// Leaders named by group headings and by a line of their own before a block of items.
    static let headingLeaders = """
        广东省2021年重点工作任务分工
        一、李明省长主抓重点工作
        （一）推进要素市场化配置改革。（牵头单位：省发展改革委）
        （二）深化“放管服”改革。（牵头单位：省政务服务数据管理局）
        二、张虎副省长主抓重点工作
        （三）王伟中同志牵头负责的工作
        1．深化财税体制改革。（牵头单位：省财政厅）
        2．深化国资国企改革。（牵头单位：省国资委；分管省领导：王曦）
        三、其他重点工作
        分管省领导：陈　平
        1．深化农村集体产权制度改革。（牵头单位：省农业农村厅）
        2．推进供销合作社综合改革。（牵头单位：省供销社）
        """

    /// A plan reprinted in traditional characters, with full-width punctuation.
    static let traditionalPlan = """
        深圳市2021年全面深化改革工作要點
        一、深化營商環境改革
        （一）推進商事登記確認制改革。2021年6月底前出台實施辦法。（牽頭單位：市市場監管局；責任單位：市司法局、各有關部門）
        （二）完善知識產權保護體系。由市發展改革委牽頭負責，市財政局、市司法局配合。
        """
}
