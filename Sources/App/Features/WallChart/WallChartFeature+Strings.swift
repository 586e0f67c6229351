extension WallChartFeature {
    /// The wallchart feature's strings.
    static let strings = StringTable(
        prefixes: ["wall."],
        entries: [
            ("wall.groupBy", "分组", "Group by"),
            ("wall.group.field", "按领域", "By field"),
            ("wall.group.unit", "按牵头单位", "By lead unit"),
            ("wall.zoom", "时间刻度", "Scale"),
            ("wall.zoom.quarter", "季度", "Quarter"),
            ("wall.zoom.month", "月", "Month"),
            ("wall.printHint", "打印时请选择 A3 横向", "Print on A3 landscape"),
            ("wall.downloadSvg", "下载 SVG", "Download SVG"),
            ("wall.printPage", "A3 打印版", "A3 print page"),
            ("wall.asOf", "截至", "As of"),
            ("wall.colon", "：", ": "),
            ("wall.itemCount", "条目", "Items"),
            (
                "wall.byLevel", "共 {1} 项，超过 {2} 项，按层级显示：标有 ▸ 的是汇总条（进度为下级汇总），点击展开其下级事项。",
                "{1} items, more than {2}: drawn by level. Rows marked ▸ are roll-up bars (progress rolled up from below); click one to expand it."
            ),
            ("wall.expanded", "当前显示：{1}（含下级共 {2} 项）", "Showing {1} ({2} items with those below it)"),
            ("wall.wholePlan", "返回整个方案", "Back to the whole plan")
        ])
}
