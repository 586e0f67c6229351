/// An item's page (`items/item.mustache`): its state, details, children, the sections other features add, its
/// deadline amendments and its history.
struct ItemPageView {
    struct Item {
        var id: Int
        var number: String
        var title: String
        var levelName: String
        var status: String
        var statusKey: String
        var light: String
        var lightName: String
        var own: String
        var derived: String
        var hasDerived: Bool
        var percentValue: Double
        var originalDeadline: String
        var currentDeadline: String
        var currentDeadlineISO: String
        var deadlineChanged: Bool
        var delayCount: Int
        var version: Int
    }
    struct Detail {
        var label: String
        var value: String
    }
    struct Ancestor {
        var id: Int
        var label: String
    }
    struct Child {
        var id: Int
        var number: String
        var title: String
        var status: String
        var percent: String
        var light: String
        var lightName: String
    }
    struct Amendment {
        var old: String
        var new: String
        var reason: String
        var by: String
        var approvedBy: String
        var at: String
    }
    struct HistoryEntry {
        struct Change {
            var field: String
            var before: String
            var after: String
            var hasBefore: Bool
        }
        var at: String
        var actor: String
        var action: String
        var version: Int
        var changes: [Change]
    }
    /// A section another feature rendered (see `ItemPageSection`).
    struct Section {
        var html: String
    }

    var item: Item
    var details: [Detail]
    var plan: PlanSummaryView
    var ancestors: [Ancestor]
    var children: [Child]
    var hasChildren: Bool
    var amendments: [Amendment]
    var hasAmendments: Bool
    var history: [HistoryEntry]
    var hasHistory: Bool
    var amendErrors: [String]
    var hasAmendErrors: Bool
    var sections: [Section]
    var canEdit: Bool
    var canEditFully: Bool
    /// The amendment form as it was sent, when it failed.
    var amendNew: String
    var amendNewType: String
    var amendReason: String
    var amendApprovedBy: String
}
