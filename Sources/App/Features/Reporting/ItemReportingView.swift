/// Reporting's section of the item page (`reporting/item_reporting.mustache`): the 交办/签收/指派 chain, the
/// indicators, the reports and the report form for the reader's unit.
struct ItemReportingView {
    struct Assignment {
        var id: Int
        var version: Int
        var unitName: String
        var role: String
        var assignedBy: String
        var assignedAt: String
        var signed: Bool
        var canSign: Bool
        var canHandler: Bool
        var signLate: Bool
        var handlerName: String
        var signedAt: String?
        var signedBy: String?
        var handler: String?
        var handlerAt: String?
        var nextDue: String?
        var outdated: Bool?
    }
    /// A unit of the item not assigned yet, offered as a box to tick on the 交办 form (the lead ticked).
    struct UnitChoice {
        var id: Int
        var name: String
        var role: String
        var checked: Bool
    }
    struct Report {
        var id: Int
        var period: String
        var unitName: String
        var state: String
        var stateKey: String
        var percent: String
        var status: String
        var dueDate: String
        var submittedAt: String
    }
    struct Indicator {
        var id: Int
        var version: Int
        var name: String
        var unit: String
        var baseline: String
        var target: String
        var latest: String
        var hasLatest: Bool
    }

    var schedule: String
    var signDays: Int
    var planId: Int
    var chain: [Assignment]
    var hasChain: Bool
    var canAssign: Bool
    var unitChoices: [UnitChoice]
    /// An item with items below it: the office may assign all its leaves at once (the bulk page).
    var isField: Bool
    var reports: [Report]
    var hasReports: Bool
    var indicators: [Indicator]
    var hasIndicators: Bool
    var canEditIndicators: Bool
    var indicatorErrors: [String]
    /// For a member of a unit that has signed for the task.
    var form: ReportFormView?
}

/// What `reporting/item_reporting.mustache` is rendered from.
struct ItemReportingSectionView {
    struct Item {
        var id: Int
    }

    var reporting: ItemReportingView
    var item: Item
}
