/// The library's page view models.
struct ReplicationOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

struct ReplicationLibraryView: Sendable {
    struct Row: Sendable {
        var id: Int
        var batch: Int
        var number: Int
        var title: String
        var origin: String
        var publishedOn: String
        var adoptions: Int
        var isDemo: Bool
    }
    struct Batch: Sendable {
        var label: String
        var count: Int
        var link: String
    }
    var rows: [Row]
    var hasRows: Bool
    var totalText: String
    var page: Int
    var prevURL: String
    var nextURL: String
    var hasPrev: Bool
    var hasNext: Bool
    var batches: [Batch]
    var batchOptions: [ReplicationOption]
    var origins: [ReplicationOption]
    var adoptedIns: [ReplicationOption]
    var years: [ReplicationOption]
    var q: String
    var exportXLSX: String
    var exportCSV: String
    var canCreate: Bool
    var editable: [ReplicationOption]
    var values: [String: String]
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct ReplicationExperienceView: Sendable {
    struct Adoption: Sendable {
        var id: Int
        var jurisdiction: String
        var adoptedOn: String
        var method: String
        var result: String
        var actor: String
        /// Whoever may record an adoption for its jurisdiction may remove it.
        var canDelete: Bool
    }
    struct Source: Sendable {
        var kind: String
        var title: String
        var link: String
    }
    struct MapEntry: Sendable {
        var name: String
        var mark: String
        var note: String
    }
    var id: Int
    var version: Int
    var title: String
    var batch: Int
    var batchLabel: String
    var number: Int
    var summary: String
    var origin: String
    var publisher: String
    var publishedOn: String
    var sources: [Source]
    var hasSources: Bool
    var adoptions: [Adoption]
    var hasAdoptions: Bool
    var map: String
    var mapEntries: [MapEntry]
    var canEdit: Bool
    /// An editor deletes an experience no jurisdiction has adopted; with adoptions the page says why it stays.
    var canDelete: Bool
    var deleteBlocked: Bool
    var values: [String: String]
    var editable: [ReplicationOption]
    var adopters: [ReplicationOption]
    var canAdopt: Bool
    var today: String
    var errors: [String]
    var hasErrors: Bool
    var isDemo: Bool
}

struct ReplicationImportView: Sendable {
    struct Problem: Sendable {
        var place: String
        var message: String
    }
    var hasReport: Bool
    var problems: [Problem]
    var hasProblems: Bool
    var canCommit: Bool
    var filename: String
    var content: String
    var summary: String
}
