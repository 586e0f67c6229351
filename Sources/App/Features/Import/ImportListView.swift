/// One import batch as the list and the batch page show it.
struct ImportBatchSummaryView {
    var id: Int
    var filename: String
    var kind: String
    var status: String
    var statusKey: String
    var createdAt: String
    var actor: String
    var itemCount: Int
    var errorCount: Int
    var warningCount: Int
    var newUnitCount: Int
    var isCommitted: Bool
    var isDraft: Bool
    var committedAt: String?
    var undoneAt: String?
    /// The plan a committed batch wrote into.
    var planId: Int?
}

/// The import list (`import/imports.mustache`).
struct ImportListView {
    struct Row {
        var batch: ImportBatchSummaryView
        var planTitle: String?
    }

    var rows: [Row]
    var hasRows: Bool
    var canImport: Bool
}
