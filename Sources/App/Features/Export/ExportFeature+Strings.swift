extension ExportFeature {
    /// The export feature's strings.
    static let strings = StringTable(
        prefixes: ["export."],
        entries: [
            ("export.sheet", "台账", "Ledger"),
            ("export.byField", "按领域", "by field"),
            ("export.rolledUp", "（汇总 {1}）", " (rolled up {1})"),
            ("export.job.title", "导出台账", "Ledger export"),
            ("export.job.start", "后台导出", "Export in the background"),
            ("export.job.hint", "条目较多：在后台生成文件，完成后在任务页下载", "Many rows: the file is made in the background; download it from the job's page when done"),
            ("export.job.format", "导出格式", "Export format"),
            (
                "export.tooManySheets", "按领域分表：当前条件下有 %d 个领域，超过 %d 个工作表的上限，请先按方案或行政区划筛选",
                "One sheet per field: these filters cover %d fields, more than the %d sheets allowed; filter by plan or jurisdiction first"
            )
        ])
}
