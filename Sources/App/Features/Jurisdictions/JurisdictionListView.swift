/// The jurisdiction tree (`jurisdictions/jurisdictions.mustache`), indented by depth.
struct JurisdictionListView {
    struct Row {
        var id: Int
        var name: String
        var level: String
        var divisionCode: String
        var indent: Int
    }

    var rows: [Row]
    var canEdit: Bool
}
