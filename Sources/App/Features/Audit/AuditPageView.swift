/// The audit search (`audit/audit.mustache`): the filters as set and one row per entry.
struct AuditPageView {
    struct Row {
        struct Change {
            var field: String
            var before: String
            var after: String
            var hasBefore: Bool
        }
        var at: String
        var actor: String
        var action: String
        var entity: String
        var entityId: Int
        var version: Int
        var entityName: String
        var changes: [Change]
        /// The record's page, when it has one.
        var link: String?
    }
    struct Entity {
        var value: String
        var label: String
        var selected: Bool
    }

    var rows: [Row]
    var hasRows: Bool
    var actor: String
    var q: String
    var from: String
    var to: String
    var entities: [Entity]
    var pageText: String
    var hasPrev: Bool
    var hasNext: Bool
    var prevURL: String?
    var nextURL: String?
}
