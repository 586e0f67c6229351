extension DashboardFeature {
    /// The dashboard feature's strings.
    static let strings = StringTable(
        prefixes: ["dashboard."],
        entries: [
            ("dashboard.start", "开始使用：区划 → 单位 → 用户 → 导入", "Getting started: jurisdictions → units → users → import"),
            ("dashboard.title", "改革工作台", "Reform dashboard"),
            ("dashboard.total", "总数", "Total"),
            (
                "dashboard.rankingTooLarge", "本级及下级单位超过 5000 个，此处不逐一排名，请查看完整排名。",
                "More than 5,000 units here and below: they are not ranked on this page; see the full ranking."
            ),
            ("dashboard.byStatus", "按推进状态", "By lifecycle status"),
            ("dashboard.byLight", "按进度灯", "By schedule light"),
            ("dashboard.overdueByUnit", "逾期任务（按牵头单位）", "Overdue items by lead unit"),
            ("dashboard.byField", "各领域完成度", "Completion by field"),
            ("dashboard.plans", "方案", "Plans"),
            ("dashboard.children", "下级行政区", "Jurisdictions below"),
            ("dashboard.scope", "统计范围：本级及下级全部方案的末级条目", "Counted: leaf items of every plan here and below"),
            ("dashboard.noOverdue", "暂无逾期任务", "No overdue items"),
            ("dashboard.asOf", "统计日期", "As of")
        ])
}
