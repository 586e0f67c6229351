/// The register's page view models.
struct PowerCountRow: Sendable {
    var label: String
    var link: String
    var total: Int
    var handedOver: Int
    var inForce: Int
    var pending: Int
    var withdrawn: Int
}

struct PowerRegisterView: Sendable {
    struct Row: Sendable {
        var id: Int
        var decision: String
        var number: Int
        var name: String
        var type: String
        var method: String
        var grantingDepartment: String
        var jurisdiction: String
        var receivingDepartment: String
        var deadline: String
        var handedOverOn: String
        var termEnd: String
        var status: String
        var statusCode: String
        var isDemo: Bool
    }
    struct Decision: Sendable {
        var id: Int
        var label: String
        var decidedOn: String
        var deadline: String
        var link: String
        var canEdit: Bool
    }
    var rows: [Row]
    var hasRows: Bool
    var totalText: String
    var page: Int
    var prevURL: String
    var nextURL: String
    var hasPrev: Bool
    var hasNext: Bool
    var decisions: [AuthorizationOption]
    var types: [AuthorizationOption]
    var methods: [AuthorizationOption]
    var statuses: [AuthorizationOption]
    var jurisdictions: [AuthorizationOption]
    var q: String
    var asOf: String
    var asOfText: String
    var summary: String
    var byType: [PowerCountRow]
    var byMethod: [PowerCountRow]
    var exportXLSX: String
    var exportCSV: String
    var decisionList: [Decision]
    var hasDecisions: Bool
    var canAddDecision: Bool
    var decisionJurisdictions: [AuthorizationOption]
    var newDecision: [String: String]
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct PowerFormView: Sendable {
    var isNew: Bool
    var action: String
    var cancelURL: String
    var version: Int
    var decisionId: Int
    var decisionLabel: String
    var deadline: String
    var number: String
    var name: String
    var types: [AuthorizationOption]
    var methods: [AuthorizationOption]
    var grantingDepartment: String
    var jurisdictions: [AuthorizationOption]
    var receivingDepartment: String
    var legalBasis: String
    var remarks: String
    var errors: [String]
    var hasErrors: Bool
}

struct PowerItemView: Sendable {
    struct Line: Sendable {
        var date: String
        var label: String
        var note: String
        var actor: String
    }
    struct Term: Sendable {
        var start: String
        var end: String
        var basis: String
    }
    var id: Int
    var version: Int
    var title: String
    var decision: String
    var decisionURL: String
    var number: Int
    var name: String
    var type: String
    var method: String
    var isEntrusted: Bool
    var grantingDepartment: String
    var jurisdiction: String
    var receivingDepartment: String
    var legalBasis: String
    var decidedOn: String
    var deadline: String
    var deadlineNote: String
    var handedOverOn: String
    var term: String
    var status: String
    var statusCode: String
    var remarks: String
    var terms: [Term]
    var hasTerms: Bool
    var evaluations: [Line]
    var hasEvaluations: Bool
    var events: [Line]
    var agreements: [EvidenceLineView]
    var hasAgreements: Bool
    var reports: [EvidenceLineView]
    var hasReports: Bool
    var canEdit: Bool
    var canHandOver: Bool
    var canEvaluate: Bool
    var canRenew: Bool
    var canWithdraw: Bool
    /// An editor may delete a power entered by mistake, withdrawn or not.
    var canDelete: Bool
    var conclusions: [AuthorizationOption]
    var today: String
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct PowerImportView: Sendable {
    var decisionId: Int
    var decisionLabel: String
    var hasReport: Bool
    var problems: [AuthorizationImportView.Problem]
    var hasProblems: Bool
    var canCommit: Bool
    var filename: String
    var content: String
    var summary: String
}

/// The register's line on a jurisdiction's dashboard.
struct PowerDashboardView: Sendable {
    var hasAny: Bool
    var summary: String
    var state: String
    var link: String
}
