/// Evaluation's page view models.
struct EvaluationOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

struct EvaluationIndexView: Sendable {
    struct Round: Sendable {
        var id: Int
        var title: String
        var year: Int
        var jurisdiction: String
        var state: String
        var stateCode: String
        var isDemo: Bool
    }
    var rounds: [Round]
    var hasRounds: Bool
    var years: [EvaluationOption]
    var states: [EvaluationOption]
    var prevURL: String
    var nextURL: String
    var hasPrev: Bool
    var hasNext: Bool
    var page: Int
    var canCreate: Bool
    var jurisdictions: [EvaluationOption]
    var values: [String: String]
    var errors: [String]
    var hasErrors: Bool
}

struct EvaluationRoundView: Sendable {
    struct Row: Sendable {
        var subjectId: Int
        var rank: String
        var tier: String
        var tierCode: String
        var kind: String
        var title: String
        var jurisdiction: String
        var selfScore: String
        var officeScore: String
        var reviewerScore: String
        var total: String
        var missing: Int
        var mine: String
    }
    struct Criterion: Sendable {
        var id: String
        var name: String
        var weight: String
        var index: Int
    }
    struct Reviewer: Sendable {
        var name: String
        var username: String
    }
    var id: Int
    var version: Int
    var title: String
    var jurisdiction: String
    var year: Int
    var description: String
    var state: String
    var stateCode: String
    var isOpen: Bool
    var isClosed: Bool
    var weightsText: String
    var tiersText: String
    var ruleText: String
    var tieNote: String
    var hasTieNote: Bool
    var criteria: [Criterion]
    var criteriaText: String
    var showResults: Bool
    var isReviewer: Bool
    var rows: [Row]
    var hasRows: Bool
    var totalText: String
    var page: Int
    var prevURL: String
    var nextURL: String
    var hasPrev: Bool
    var hasNext: Bool
    var kinds: [EvaluationOption]
    var tiers: [EvaluationOption]
    var jurisdictions: [EvaluationOption]
    var completes: [EvaluationOption]
    var q: String
    var exportXLSX: String
    var exportCSV: String
    var noticeURL: String
    var publicNoticeURL: String
    var canEdit: Bool
    var canEditOpen: Bool
    var settings: [String: String]
    var criteriaForm: [Criterion]
    var subjectKinds: [EvaluationOption]
    var reviewers: [Reviewer]
    var hasReviewers: Bool
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct EvaluationSubjectView: Sendable {
    struct Line: Sendable {
        var criterion: String
        var weight: Int
        var selfScore: String
        var officeScore: String
        var reviewerScores: String
    }
    struct Comment: Sendable {
        var source: String
        var body: String
        var actor: String
    }
    struct Field: Sendable {
        var criterionId: Int
        var name: String
        var weight: Int
        var value: String
    }
    struct Form: Sendable {
        var source: String
        var sourceLabel: String
        var fields: [Field]
        var comment: String
    }
    var roundId: Int
    var roundTitle: String
    var id: Int
    var version: Int
    var title: String
    var kind: String
    var jurisdiction: String
    var link: String
    var hasLink: Bool
    var showAll: Bool
    var lines: [Line]
    var result: String
    var hasResult: Bool
    var comments: [Comment]
    var hasComments: Bool
    var forms: [Form]
    var hasForms: Bool
    var isOpen: Bool
    var errors: [String]
    var hasErrors: Bool
}

struct EvaluationImportView: Sendable {
    struct Problem: Sendable {
        var place: String
        var message: String
    }
    var roundId: Int
    var roundTitle: String
    var criteria: String
    var hasReport: Bool
    var problems: [Problem]
    var hasProblems: Bool
    var canCommit: Bool
    var filename: String
    var content: String
    var summary: String
}

/// The notice (公示): only titles, jurisdictions and tiers.
struct EvaluationNoticeView: Sendable {
    struct Entry: Sendable {
        var position: Int
        var title: String
        var jurisdiction: String
    }
    struct Tier: Sendable {
        var name: String
        var entries: [Entry]
        var count: Int
    }
    var title: String
    var jurisdiction: String
    var year: Int
    var tiers: [Tier]
    var hasEntries: Bool
    var intro: String
    var isPublic: Bool
    var backURL: String
}
