/// What the matters ledger shows (`matters/matters.mustache`): one row per matter of the view and the filters as set.
struct MatterLedgerView {
    struct Row {
        var id: Int
        var seq: Int
        var subject: String
        var level: String
        var levelKey: String
        var source: String
        var lead: String
        var coUnits: String
        var leader: String
        var deadline: String
        var deadlineChanged: Bool
        var originalDeadline: String
        var delayCount: Int
        var state: String
        var stateKey: String
        var light: String
        var lightName: String
        /// The worst judgement among the matter's tasks: its label and `JudgementRating` raw value; "" when none.
        var judgement: String
        var judgementKey: String
        var opened: String
        var isDemo: Bool
    }
    struct Box {
        var value: String
        var label: String
        var checked: Bool
    }
    struct PerPage {
        var value: Int
        var selected: Bool
    }

    var rows: [Row]
    var hasRows: Bool
    var totalText: String
    var q: String
    var jurisdictionId: String
    /// The lead-unit filter's options after "all" (`HTMLText.options`: up to 500).
    var unitOptionsHTML: String
    var states: [Box]
    var levels: [Box]
    var lights: [Box]
    var perPages: [PerPage]
    var pageText: String
    var hasPrev: Bool
    var hasNext: Bool
    var prevURL: String
    var nextURL: String
    var resetURL: String
    var exportXlsxURL: String
    var exportCsvURL: String
    var canRaise: Bool
}

/// One matter's page (`matters/matter.mustache`): its particulars, the chain's eight steps, the steps taken, what the
/// reader may do now, and the requests for more time.
struct MatterPageView {
    struct Detail {
        var id: Int
        var version: Int
        var subject: String
        var level: String
        var levelKey: String
        var source: String
        var state: String
        var stateKey: String
        var light: String
        var lightName: String
        var lead: String
        var coUnits: String
        var hasCoUnits: Bool
        var leader: String
        var deadline: String
        var originalDeadline: String
        var deadlineChanged: Bool
        var delayCount: Int
        var requiredResult: String
        var opened: String
        var closed: String
        var hasClosed: Bool
        var createdBy: String
        var hasInstruction: Bool
        var instructionText: String
        var instructedBy: String
        var instructedOn: String
        var hasMeeting: Bool
        var meetingReference: String
        var hasFinding: Bool
        var findingId: String
    }
    struct ItemLink {
        var id: Int
        var label: String
    }
    struct ChainStep {
        var number: Int
        var label: String
        var done: Bool
        var current: Bool
        var at: String
        var by: String
        var comment: String
        var hasComment: Bool
    }
    struct TrailRow {
        var at: String
        var actor: String
        var standing: String
        var action: String
        var comment: String
    }
    struct ActionButton {
        var action: String
        var label: String
        var needsComment: Bool
    }
    struct ExtensionRow {
        var requested: String
        var current: String
        var reason: String
        var state: String
        var stateKey: String
        var by: String
        var at: String
        var decidedBy: String
        var isDecided: Bool
        var decisionComment: String
    }
    struct AmendmentRow {
        var oldDeadline: String
        var newDeadline: String
        var reason: String
        var approvedBy: String
        var at: String
    }

    var matter: Detail
    var items: [ItemLink]
    var hasItems: Bool
    var chain: [ChainStep]
    var trail: [TrailRow]
    var actions: [ActionButton]
    var hasActions: Bool
    var standing: String
    var hasStanding: Bool
    var stepError: String
    var hasStepError: Bool
    var comment: String
    var extensions: [ExtensionRow]
    var hasExtensions: Bool
    var amendments: [AmendmentRow]
    var hasAmendments: Bool
    var canAskExtension: Bool
    var extensionError: String
    var hasExtensionError: Bool
    var requestedDeadline: String
    var reason: String
    var pending: ExtensionRow?
    var canDecide: Bool
    var decisionError: String
    var hasDecisionError: Bool
}

/// The item page's section of matters (`matters/item_matters.mustache`).
struct ItemMattersView {
    struct Row {
        var id: Int
        var subject: String
        var level: String
        var state: String
        var stateKey: String
        var light: String
        var lightName: String
        var deadline: String
    }
    var rows: [Row]
    var hasRows: Bool
    /// The "督办" button: set for the office on a late or stalled item.
    var raiseURL: String
    var canRaise: Bool
}
