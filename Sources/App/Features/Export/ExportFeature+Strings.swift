extension ExportFeature {
    /// The export feature's strings.
    static let strings = StringTable(
        prefixes: ["export."],
        entries: [
            ("export.sheet", "台账", "Ledger"),
            ("export.byField", "按领域", "by field"),
            ("export.rolledUp", "（汇总 {1}）", " (rolled up {1})"),
            (
                "export.tooManySheets", "按领域分表：当前条件下有 %d 个领域，超过 %d 个工作表的上限，请先按方案或行政区划筛选",
                "One sheet per field: these filters cover %d fields, more than the %d sheets allowed; filter by plan or jurisdiction first"
            )
        ])
}
