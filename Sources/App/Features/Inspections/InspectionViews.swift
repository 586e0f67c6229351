/// What the inspection pages' templates read (`inspections/*.mustache`).
struct InspectionOption {
    var value: String
    var label: String
    var selected: Bool
}

/// One finding as the inspection page and the good-practice list show it.
struct FindingLineView {
    var id: Int
    var unitName: String
    var nature: String
    var isGoodPractice: Bool
    var category: String
    var severity: String
    var description: String
    var rectificationId: Int?
    var rectificationState: String
    var stateKey: String
}

struct InspectionListView {
    struct Row {
        var id: Int
        var title: String
        var kind: String
        var jurisdiction: String
        var dates: String
        var isDemo: Bool
    }
    var rows: [Row]
    var hasRows: Bool
    var canCreate: Bool
    var goodPractice: [FindingLineView]
    var hasGoodPractice: Bool
}

struct InspectionFormView {
    var errors: [String]
    var hasErrors: Bool
    var kinds: [InspectionOption]
    var title: String
    var jurisdictions: [InspectionOption]
    var scopeKinds: [InspectionOption]
    var plans: [InspectionOption]
    var fields: [InspectionOption]
    var units: [InspectionOption]
    var inspectors: [InspectionOption]
    var startsOn: String
    var endsOn: String
}

struct FindingFormView {
    var errors: [String]
    var hasErrors: Bool
    var natures: [InspectionOption]
    var units: [InspectionOption]
    var items: [InspectionOption]
    var hasItems: Bool
    var categories: [InspectionOption]
    var severities: [InspectionOption]
    var description: String
    var leadUnits: [InspectionOption]
    var deadline: String
    var measures: String
    var evidenceRequired: String
}

struct InspectionPageView {
    var id: Int
    var title: String
    var kind: String
    var jurisdiction: String
    var scope: String
    var dates: String
    var createdBy: String
    var team: [String]
    var units: [String]
    var hasUnits: Bool
    var findings: [FindingLineView]
    var hasFindings: Bool
    var form: FindingFormView?
    var ledgerURL: String
}

struct EvidenceLineView {
    var url: String
    var name: String
    var size: String
    var uploadedBy: String
}

struct FindingPageView {
    struct Item {
        var id: Int
        var label: String
    }
    var id: Int
    var inspectionId: Int
    var inspectionTitle: String
    var unitName: String
    var nature: String
    var isGoodPractice: Bool
    var category: String
    var severity: String
    var description: String
    var createdBy: String
    var createdAt: String
    var items: [Item]
    var hasItems: Bool
    var evidence: [EvidenceLineView]
    var hasEvidence: Bool
    var rectificationId: Int?
}
