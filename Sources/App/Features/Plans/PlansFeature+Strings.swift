extension PlansFeature {
    /// The plans feature's strings.
    static let strings = StringTable(
        prefixes: ["plan."],
        entries: [
            ("plan.list", "改革方案", "Reform plans"),
            ("plan.new", "新建方案", "New plan"),
            ("plan.edit", "编辑方案", "Edit plan"),
            ("plan.outline", "方案结构", "Outline"),
            ("plan.wallchart", "挂图作战", "Wall chart"),
            ("plan.ledger", "本方案台账", "This plan's ledger"),
            ("plan.overall", "总体进度", "Overall progress"),
            ("plan.items", "条目数", "Items"),
            ("plan.source", "数据来源", "Source"),
            ("plan.empty", "暂无方案", "No plans yet"),
            ("plan.noItems", "方案下尚无条目", "This plan has no items yet")
        ])
}
