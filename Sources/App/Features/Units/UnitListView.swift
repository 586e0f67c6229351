/// The unit list (`units/units.mustache`) with its jurisdiction and name filters.
struct UnitListView {
    struct Row {
        var id: Int
        var name: String
        var shortNames: String
        var jurisdiction: String
        var ledgerURL: String
        var canEdit: Bool
    }
    struct Jurisdiction {
        var id: Int
        var name: String
        var selected: Bool
    }

    var rows: [Row]
    var q: String
    var jurisdictionId: String
    var canCreate: Bool
    var jurisdictions: [Jurisdiction]
}
