extension UnitsFeature {
    /// The units feature's strings.
    static let strings = StringTable(
        prefixes: ["unit."],
        entries: [
            ("unit.list", "责任单位", "Units"),
            ("unit.new", "新建单位", "New unit"),
            ("unit.edit", "编辑单位", "Edit unit"),
            ("unit.search", "按名称或简称搜索", "Search by full or short name")
        ])
}
