/// The public pages' view models.
struct PublicLink: Sendable {
    var label: String
    var url: String
    var current: Bool = false
}

struct PublicDownload: Sendable {
    var label: String
    var url: String
}

struct PublicPlanSummary: Sendable {
    var title: String
    var url: String
    var docNumber: String?
    var sentence: String
    var percent: String
    var isDemo: Bool
}

struct PublicTerritory: Sendable {
    var name: String
    var depth: Int
    var plans: [PublicPlanSummary]
    var hasPlans: Bool
}

struct PublicHomeView: Sendable {
    var territories: [PublicTerritory]
    var hasPlans: Bool
    var authorizationSentence: String
    var hasAuthorizations: Bool
    var updates: [PublicUpdateView]
    var hasUpdates: Bool
    var downloads: [PublicDownload]
    var extraSections: [String]
}

struct PublicUpdateView: Sendable {
    var date: String
    var isoDate: String
    var body: String
    var itemTitle: String
    var itemURL: String
    var planTitle: String
}

struct PublicItemRow: Sendable {
    var number: String
    var title: String
    var url: String
    var depth: Int
    var isField: Bool
    var leadUnit: String
    var deadline: String
    var statusWord: String
    var status: String
    var percent: String
    var names: String
}

struct PublicFieldSection: Sendable {
    var title: String
    var anchor: String
    var sentence: String
    var rows: [PublicItemRow]
}

struct PublicPlanView: Sendable {
    var title: String
    var meta: [PublicFact]
    var sentence: String
    var statusChart: String
    var fieldChart: String
    var fields: [PublicLink]
    var sections: [PublicFieldSection]
    var hasSections: Bool
    var showsNames: Bool
    var updates: [PublicUpdateView]
    var hasUpdates: Bool
    var downloads: [PublicDownload]
}

struct PublicFact: Sendable {
    var label: String
    var value: String
}

struct PublicAuthorizationRow: Sendable {
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
}

struct PublicItemView: Sendable {
    var title: String
    var planTitle: String
    var planURL: String
    var breadcrumbs: [PublicLink]
    var facts: [PublicFact]
    var status: String
    var statusWord: String
    var percent: String
    var children: [PublicItemRow]
    var hasChildren: Bool
    var updates: [PublicUpdateView]
    var hasUpdates: Bool
    var authorizations: [PublicAuthorizationRow]
    var hasAuthorizations: Bool
    var extraSections: [String]
}

struct PublicBatchSection: Sendable {
    var title: String
    var sentence: String
    var rows: [PublicAuthorizationRow]
}

struct PublicAuthorizationsView: Sendable {
    var sentence: String
    var chart: String
    var batches: [PublicBatchSection]
    var hasBatches: Bool
    var downloads: [PublicDownload]
}

struct PublicDataView: Sendable {
    var datasets: [PublicDataset]
    var licenseName: String
    var licenseURL: String
}

struct PublicDataset: Sendable {
    var title: String
    var downloads: [PublicDownload]
}
