struct GrassrootsRegisterView: Sendable {
    struct Row: Sendable {
        var id: Int
        var call: String
        var district: String
        var title: String
        var leadUnit: String
        var contact: String
        var state: String
        var stateCode: String
        var planItemId: String
        var hasPlanItem: Bool
        var isDemo: Bool
    }
    struct Call: Sendable {
        var id: Int
        var label: String
        var quota: String
        var declareBy: String
        var link: String
        var planLink: String
        var canDeclare: Bool
    }
    struct DistrictRow: Sendable {
        var name: String
        var link: String
        var declared: Int
        var selected: Int
        var notSelected: Int
    }
    var rows: [Row]
    var hasRows: Bool
    var totalText: String
    var page: Int
    var prevURL: String
    var nextURL: String
    var hasPrev: Bool
    var hasNext: Bool
    var calls: [AuthorizationOption]
    var districts: [AuthorizationOption]
    var states: [AuthorizationOption]
    var q: String
    var byDistrict: [DistrictRow]
    var hasCounts: Bool
    var exportXLSX: String
    var exportCSV: String
    var callList: [Call]
    var hasCalls: Bool
    var canAddCall: Bool
    var callJurisdictions: [AuthorizationOption]
    var newCall: [String: String]
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct GrassrootsFormView: Sendable {
    var isNew: Bool
    var action: String
    var cancelURL: String
    var version: Int
    var callId: Int
    var callLabel: String
    var districts: [AuthorizationOption]
    var title: String
    var summary: String
    var leadUnit: String
    var expectedResult: String
    var contact: String
    var errors: [String]
    var hasErrors: Bool
}

struct GrassrootsProjectView: Sendable {
    var id: Int
    var version: Int
    var title: String
    var call: String
    var callURL: String
    var quota: String
    var district: String
    var summary: String
    var leadUnit: String
    var expectedResult: String
    var contact: String
    var state: String
    var stateCode: String
    var reviewNote: String
    var reviewedOn: String
    var planItemURL: String
    var hasPlanItem: Bool
    var canEdit: Bool
    var canReview: Bool
    /// Its district's editors, until it is tracked as a plan item.
    var canDelete: Bool
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct GrassrootsImportView: Sendable {
    var callId: Int
    var callLabel: String
    var hasReport: Bool
    var problems: [AuthorizationImportView.Problem]
    var hasProblems: Bool
    var canCommit: Bool
    var filename: String
    var content: String
    var summary: String
}
