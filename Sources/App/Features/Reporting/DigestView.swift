/// The weekly digest (`reporting/digest.mustache`): counts per unit, then one section per kind of event.
struct DigestView {
    struct UnitRow {
        var unitName: String
        var accepted: Int
        var returned: Int
        var overdue: Int
        var outdated: Int
        var unsigned: Int
    }
    struct Section {
        struct Line {
            var itemId: Int
            var number: String
            var title: String
            var unitName: String
            var detail: String
            var date: String
        }
        var title: String
        var count: Int
        var hasLines: Bool
        var dateLabel: String
        var lines: [Line]
    }

    var jurisdiction: String
    var from: String
    var to: String
    var perUnit: [UnitRow]
    var hasUnits: Bool
    var sections: [Section]
}
