extension OperationsFeature {
    static let strings = StringTable(
        prefixes: ["operations."],
        entries: [
            ("operations.job.fileSweep", "清理无引用的存储文件", "Sweep of unreferenced stored files")
        ])
}
