extension JurisdictionsFeature {
    /// The jurisdictions feature's strings.
    static let strings = StringTable(
        prefixes: ["jurisdiction."],
        entries: [
            ("jurisdiction.list", "行政区划", "Jurisdictions"),
            ("jurisdiction.new", "新建行政区划", "New jurisdiction"),
            ("jurisdiction.edit", "编辑行政区划", "Edit jurisdiction"),
            ("jurisdiction.units", "所属单位", "Units")
        ])
}
