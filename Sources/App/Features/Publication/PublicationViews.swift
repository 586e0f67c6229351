/// The office's publication pages' view models.
struct PublicationPlanRow: Sendable {
    var title: String
    var url: String
    var jurisdiction: String
    var published: Bool
    var publicURL: String
    var names: String
}

struct PublicationBatchRow: Sendable {
    var id: Int
    var title: String
    var published: Bool
    var canEdit: Bool
}

struct PublicationIndexView: Sendable {
    var plans: [PublicationPlanRow]
    var hasPlans: Bool
    var batches: [PublicationBatchRow]
    var hasBatches: Bool
}

struct PublicationOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

struct PublicationWordField: Sendable {
    var name: String
    var label: String
    var value: String
}

struct PublicationItemRow: Sendable {
    var id: Int
    var number: String
    var title: String
    var depth: Int
    var held: Bool
    var hiddenByParent: Bool
    var reason: String
}

struct PublicationUpdateRow: Sendable {
    var id: Int
    var date: String
    var itemTitle: String
    var body: String
    var author: String
}

struct PublicationPlanView: Sendable {
    var planId: Int
    var title: String
    var planURL: String
    var publicURL: String
    var published: Bool
    var version: Int
    var canEdit: Bool
    var names: [PublicationOption]
    var words: [PublicationWordField]
    var items: [PublicationItemRow]
    var itemOptions: [PublicationOption]
    var updates: [PublicationUpdateRow]
    var hasUpdates: Bool
    var today: String
    var errors: [String]
    var hasErrors: Bool
}
