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
            ("wall.itemCount", "条目", "Items")
        ])
}
