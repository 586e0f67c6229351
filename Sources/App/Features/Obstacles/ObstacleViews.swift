/// The obstacles queue (`obstacles/obstacles.mustache`).
struct ObstacleQueueView {
    struct Tab {
        var label: String
        var url: String
        var active: Bool
    }
    struct Row {
        var id: Int
        var kind: String
        var kindKey: String
        var itemId: Int
        var item: String
        var unit: String
        var whatBlocks: String
        var state: String
        var stateKey: String
        var raisedOn: String
        /// The level or unit a pending escalation waits on, "" for none.
        var waitingOn: String
        var respondBy: String
        var late: Bool
        var waiting = false
    }
    struct Check {
        var value: String
        var label: String
        var checked: Bool
    }
    var tabs: [Tab]
    var queue: String
    var hasQueue = false
    var hint: String
    var rows: [Row]
    var hasRows: Bool
    var totalText: String
    var states: [Check]
    var kinds: [Check]
    var pageText: String
    var hasPrev: Bool
    var hasNext: Bool
    var prevURL: String
    var nextURL: String
    var resetURL: String
    var canConsult: Bool
}

/// An obstacle's page (`obstacles/obstacle.mustache`).
struct ObstaclePageView {
    struct Choice {
        var value: String
        var label: String
        var selected: Bool
    }
    struct Hop {
        var seq: Int
        var from: String
        var to: String
        var request: String
        var sentOn: String
        var respondBy: String
        var state: String
        var stateKey: String
        var answer: String
        var hasAnswer: Bool
        var answeredOn: String
        var answeredBy: String
        var sentBy: String
        var late: Bool
    }
    struct Round {
        var label: String
        var hops: [Hop]
    }
    struct ActionButton {
        var action: String
        var label: String
        var needsComment: Bool
    }
    struct TrailRow {
        var at: String
        var actor: String
        var standing: String
        var action: String
        var comment: String
    }
    var id: Int
    var version: Int
    var kind: String
    var kindKey: String
    var state: String
    var stateKey: String
    var itemId: Int
    var item: String
    var unit: String
    var whatBlocks: String
    var whatIsAsked: String
    var askedOf: String
    var hasAskedOf: Bool
    var decision: String
    var hasDecision: Bool
    var department: String
    var hasDepartment: Bool
    var answer: String
    var hasAnswer: Bool
    var answeredBy: String
    var answeredOn: String
    var raisedBy: String
    var raisedOn: String
    var round: Int
    var hasRounds: Bool
    var rounds: [Round]
    var hasChain: Bool
    var standing: String
    var hasStanding: Bool
    var canDecide: Bool
    var decisions: [Choice]
    var departments: [Choice]
    var decideError: String
    var hasDecideError = false
    var actions: [ActionButton]
    var hasActions: Bool
    var stepError: String
    var hasStepError = false
    var comment: String
    var canEscalate: Bool
    var escalateTarget: String
    var targetUnits: [Choice]
    var hasTargetUnits: Bool
    var escalateHint: String
    var defaultRespondBy: String
    var request: String
    var escalateError: String
    var hasEscalateError = false
    var canAnswerEscalation: Bool
    var pendingHopId: Int
    var answerError: String
    var hasAnswerError = false
    var answerText: String
    var trail: [TrailRow]
}

/// The item page's obstacles section (`obstacles/item_obstacles.mustache`).
struct ObstacleSectionView {
    struct Row {
        var id: Int
        var kind: String
        var kindKey: String
        var whatBlocks: String
        var state: String
        var stateKey: String
        var answer: String
        var hasAnswer: Bool
        var rounds: [ObstaclePageView.Round]
        var hasChain: Bool
    }
    var itemId: Int
    var rows: [Row]
    var hasRows: Bool
    var canRaise: Bool
    var kinds: [ObstaclePageView.Choice]
    var whatBlocks: String
    var whatIsAsked: String
    var askedOf: String
    var errors: [String]
    var hasErrors: Bool
}
