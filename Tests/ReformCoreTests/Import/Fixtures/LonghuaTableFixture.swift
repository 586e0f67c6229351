/// A 龙华-style 工作要点一览表 copied out of a spreadsheet as tab-separated text: a title row, a
/// blank row, the header row, then one row per task with 领域 grouping rows. Task names follow
/// seed 002; contents, units and dates are illustrative.
enum LonghuaTableFixture {
    static let text = [
        "龙华区2020年改革工作要点一览表",
        "",
        ["序号", "领域", "改革任务", "主要内容", "组织实施", "牵头单位", "参与单位", "责任领导", "完成 时限"].joined(separator: "\t"),
        ["1", "战役战略性改革", "推动实施综合授权改革试点", "梳理综合授权改革试点重点领域和授权清单。", "区委改革办统筹", "区发展和改革局", "区委改革办、区司法局", "李四", "2020年12月"].joined(separator: "\t"),
        ["2", "", "构建先行示范区改革推进机制", "建立改革专项小组向区委深改委述职制度。", "", "区委改革办", "区委组织部", "", "2020年6月底前"].joined(separator: "\t"),
        ["3", "经济领域", "深化政府采购制度改革", "推进政府采购全流程电子化。", "", "区财政局", "区政务服务数据管理局、各街道", "王五", "2020年第三季度"].joined(separator: "\t"),
        ["4", "经济领域", "探索夜间经济发展模式", "出台夜间经济发展措施。", "", "区文化广电旅游体育局", "区商务局", "", "2020年13月"].joined(separator: "\t"),
        ["5", "生态领域", "创新流域统筹系统治水模式改革", "完善河长制工作机制。", "", "区水务局", "各街道", "", "长期坚持"].joined(separator: "\t")
    ].joined(separator: "\n")
}
