/// A batch's dry-run report (`import/import.mustache`): its problems, the units to resolve, the items beside their
/// source text, and the target plan.
struct ImportBatchView {
    struct Problem {
        var isError: Bool
        var severity: String
        var `where`: String
        var message: String
        var itemKey: String
        var hasItem: Bool
    }
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }
    /// A unit name the import could not match by itself, with the units it may mean.
    struct UnitChoice {
        var index: Int
        var name: String
        var status: String
        var isResolved: Bool
        var options: [Option]
    }
    struct Matched {
        var name: String
        var unitName: String
        var how: String
    }
    struct Item {
        struct Note {
            var name: String
            var note: String
        }
        struct Problem {
            var message: String
            var isError: Bool
        }
        var key: Int
        var indent: Int
        var number: String
        var title: String
        var lead: String
        var leadNote: String
        var participants: String
        var participantNotes: [Note]
        var collective: String
        var hasCollective: Bool
        var leader: String
        var deadline: String
        var deadlineNote: String
        var source: String
        var location: String
        var problems: [Problem]
        var hasProblems: Bool
        var hasError: Bool
    }
    struct Target {
        var title: String
        var docNumber: String
        var issuer: String
        var issueDate: String
        var levelNames: String
        var detectedTitle: String
        var detectedDocNumber: String
        var detectedIssuer: String
        var detectedIssueDate: String
        var planYear: Int
        /// What the covering notice says about reporting, as written; empty when it says nothing.
        var reporting: String = ""
        /// The schedule read from it, in words; empty when none could be read.
        var reportingSchedule: String = ""
        var applyReporting: Bool = false
        // Mustache takes an empty string as true: the sections test these.
        var hasReporting: Bool = false
        var hasDetectedTitle: Bool = false
        var hasReportingSchedule: Bool = false
    }
    struct Jurisdiction {
        var id: Int
        var name: String
        var selected: Bool
    }
    struct Plan {
        var id: Int
        var title: String
    }

    var batch: ImportBatchSummaryView
    var version: Int
    var isDraft: Bool
    var isCommitted: Bool
    var isUndone: Bool
    var canCommit: Bool
    var message: String
    var hasMessage: Bool
    var problems: [Problem]
    var hasProblems: Bool
    var units: [UnitChoice]
    var hasUnits: Bool
    var matched: [Matched]
    var hasMatched: Bool
    var items: [Item]
    var hasItems: Bool
    var itemKeys: String
    var onlyProblems: Bool
    var allURL: String
    var problemsURL: String
    var pageText: String
    var page: Int
    var hasPrev: Bool
    var hasNext: Bool
    var prevURL: String
    var nextURL: String
    var isNewPlan: Bool
    var target: Target
    var jurisdictions: [Jurisdiction]
    /// The plan the batch wrote into, once committed.
    var plan: Plan?
    var hasPlan: Bool
    var targetPlanTitle: String
    var skipped: [String]
    var hasSkipped: Bool
}
