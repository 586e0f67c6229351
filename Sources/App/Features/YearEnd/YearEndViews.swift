/// View models of the year-end check's templates (Resources/Templates/yearend).
struct YearEndOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

/// A plan's checks and the form to open one (`yearend/list`).
struct YearEndListView: Sendable {
    struct Check: Sendable {
        var id: Int
        var year: Int
        var name: String
        var state: String
        var stateKey: String
        var openedBy: String
        var openedAt: String
    }
    var planId: Int
    var planTitle: String
    var checks: [Check]
    var hasChecks: Bool
    var canOpen: Bool
    var year: String
    var errors: [String]
    var hasErrors: Bool
}

/// Counts of a check: by outcome and state overall, and by unit.
struct YearEndCountsView: Sendable {
    struct Unit: Sendable {
        var name: String
        var total: Int
        var done: Int
        var carried: Int
        var cancelled: Int
        var unanswered: Int
        var confirmed: Int
    }
    var total: Int
    var done: Int
    var carried: Int
    var cancelled: Int
    var unanswered: Int
    var pending: Int
    var answered: Int
    var returned: Int
    var confirmed: Int
    var units: [Unit]
}

struct YearEndRowView: Sendable {
    var id: Int
    var version: Int
    var label: String
    var itemId: Int
    var hasItem: Bool
    var unit: String
    var deadline: String
    var status: String
    var outcome: String
    var outcomeKey: String
    var hasOutcome: Bool
    var newDeadline: String
    var reason: String
    var state: String
    var stateKey: String
    var returnReason: String
    var hasReturnReason: Bool
    var answeredBy: String
    var reviewedBy: String
    var carriedItemId: Int
    var hasCarried: Bool
    var selectable: Bool
    var selected: Bool
}

/// The check page (`yearend/check`) and its print page (`yearend/print`).
struct YearEndCheckView: Sendable {
    var id: Int
    var version: Int
    var planId: Int
    var planTitle: String
    var jurisdiction: String
    var year: Int
    var name: String
    var state: String
    var isLocked: Bool
    var openedBy: String
    var openedAt: String
    var lockedBy: String
    var lockedAt: String
    var targetPlanId: Int
    var hasTarget: Bool
    var targetPlanTitle: String
    var counts: YearEndCountsView
    var rows: [YearEndRowView]
    var hasRows: Bool
    var ownUnitOnly: Bool
    var units: [YearEndOption]
    var states: [YearEndOption]
    var filtered: Bool
    var canAnswer: Bool
    var canReview: Bool
    var canSelect: Bool
    var canLock: Bool
    var lockWaiting: Bool
    var needsTarget: Bool
    var plans: [YearEndOption]
    var newPlanTitle: String
    var outcomes: [YearEndOption]
    var newDeadline: String
    var reason: String
    var returnReason: String
    var nextYear: Int
    var answerHint: String
    var errors: [String]
    var hasErrors: Bool
    var printedAt: String
    var xlsxURL: String
}

/// The item page's year-end section (`yearend/item_yearend`).
struct YearEndSectionView: Sendable {
    struct Line: Sendable {
        var checkId: Int
        var check: String
        var outcome: String
        var outcomeKey: String
        var state: String
        var reason: String
        var hasReason: Bool
        var newDeadline: String
        var hasNewDeadline: Bool
        var originItemId: Int
        var hasOrigin: Bool
        var origin: String
        var carriedItemId: Int
        var hasCarried: Bool
        var carried: String
    }
    var checked: [Line]
    var hasChecked: Bool
    var carriedFrom: [Line]
    var hasCarriedFrom: Bool
}
