/// The 409 page (`conflict.mustache`): what changed since the form was opened.
struct ConflictPageView {
    struct Change {
        var field: String
        var yours: String
        var current: String
        var by: String
        var at: String
    }

    var changes: [Change]
    var reloadURL: String
    var currentVersion: Int
}
