/// The register's page view models.
struct AuthorizationOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

/// A count row: a batch or an area with "X of N formally landed, Y progressing" and the number at each status.
struct AuthorizationCountRow: Sendable {
    var label: String
    var link: String
    var total: Int
    var landed: Int
    var progressing: Int
    var notLanded: Int
    var sentence: String
}

struct AuthorizationRegisterView: Sendable {
    struct Row: Sendable {
        var id: Int
        var batch: String
        var number: Int
        var area: String
        var content: String
        var grantingBody: String
        var jurisdiction: String
        var lawChange: String
        var mode: String
        var status: String
        var statusCode: String
        var statusOn: String
        var isDemo: Bool
    }
    struct Batch: Sendable {
        var id: Int
        var label: String
        var issuedOn: String
        var link: String
        var canEdit: Bool
    }
    var rows: [Row]
    var hasRows: Bool
    var total: Int
    var totalText: String
    var page: Int
    var prevURL: String
    var nextURL: String
    var hasPrev: Bool
    var hasNext: Bool
    var batches: [AuthorizationOption]
    var areas: [AuthorizationOption]
    var statuses: [AuthorizationOption]
    var jurisdictions: [AuthorizationOption]
    var lawChanges: [AuthorizationOption]
    var modes: [AuthorizationOption]
    var q: String
    var asOf: String
    var asOfText: String
    var summary: String
    var byBatch: [AuthorizationCountRow]
    /// "2,450 more batches not listed …" when the register has more than `AuthorizationCounts.batchRowsShown`.
    var byBatchMore: String
    var byArea: [AuthorizationCountRow]
    var chart: String
    var exportXLSX: String
    var exportCSV: String
    var batchList: [Batch]
    var hasBatches: Bool
    var canAddBatch: Bool
    var batchJurisdictions: [AuthorizationOption]
    var newBatch: [String: String]
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct AuthorizationFormView: Sendable {
    var isNew: Bool
    var action: String
    var cancelURL: String
    var id: Int
    var version: Int
    var batchId: Int
    var batchLabel: String
    var number: String
    var area: String
    var areas: [String]
    var content: String
    var grantingBody: String
    var jurisdictions: [AuthorizationOption]
    var legalBasis: String
    var needsLawChange: Bool
    var lawChange: String
    var modes: [AuthorizationOption]
    var statuses: [AuthorizationOption]
    var statusOn: String
    var remarks: String
    var planItemIds: String
    var errors: [String]
    var hasErrors: Bool
}

struct AuthorizationItemView: Sendable {
    struct Change: Sendable {
        var status: String
        var statusCode: String
        var date: String
        var note: String
        var actor: String
        var recorded: String
    }
    struct Link: Sendable {
        var url: String
        var title: String
    }
    var id: Int
    var version: Int
    var title: String
    var batch: String
    var batchURL: String
    var number: Int
    var area: String
    var content: String
    var grantingBody: String
    var jurisdiction: String
    var legalBasis: String
    var lawChange: String
    var mode: String
    var status: String
    var statusCode: String
    var statusOn: String
    var remarks: String
    var history: [Change]
    var links: [Link]
    var hasLinks: Bool
    var evidence: [EvidenceLineView]
    var hasEvidence: Bool
    var canEdit: Bool
    var statuses: [AuthorizationOption]
    var today: String
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct AuthorizationImportView: Sendable {
    struct Problem: Sendable {
        var place: String
        var message: String
    }
    var batchId: Int
    var batchLabel: String
    var hasReport: Bool
    var dryRun: Bool
    var rows: Int
    var created: Int
    var problems: [Problem]
    var hasProblems: Bool
    var canCommit: Bool
    var filename: String
    var content: String
    var summary: String
}

/// The register's part of a jurisdiction's dashboard.
struct AuthorizationDashboardView: Sendable {
    var hasAny: Bool
    var summary: String
    var byBatch: [AuthorizationCountRow]
    var byBatchMore: String
    var chart: String
    var link: String
}
