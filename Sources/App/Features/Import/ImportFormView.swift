/// The upload form (`import/import_new.mustache`): the source and where the items go.
struct ImportFormView {
    struct Jurisdiction {
        var id: Int
        var name: String
        var selected: Bool
    }
    struct Plan {
        var id: Int
        var title: String
        var selected: Bool
    }

    var isNewPlan: Bool
    var isExistingPlan: Bool
    var jurisdictions: [Jurisdiction]
    var plans: [Plan]
    var parentItemId: String
    var title: String
    var docNumber: String
    var issuer: String
    var issueDate: String
    var levelNames: String
    var text: String
    var messages: [String]
    var hasMessages: Bool
}
