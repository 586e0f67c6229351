import Hummingbird

/// What a feature adds to the app. A feature is one folder under `Features/` with one type conforming to this; the
/// list in `AppFeatures.all` is the only place the rest of the app names it. Features are used through their types
/// (`SendableMetatype`: the list of them is shared by every request).
protocol Feature: SendableMetatype {
    /// Registers the feature's pages on `routes.pages` and its JSON operations on `routes.api` (/api/v1).
    static func register(_ routes: FeatureRoutes)
    /// Sections the feature adds to the item page.
    static var itemPageSections: [ItemPageSection] { get }
    /// The feature's strings (see `StringTable`).
    static var strings: StringTable { get }
    /// What the feature puts in users' inboxes (counted in the page header, listed on the inbox page).
    static var inboxSources: [InboxSource] { get }
    /// The feature's part of the OpenAPI document (its paths and the schemas only it uses), nil without API operations.
    static var apiDocument: String? { get }
    /// The kinds of background job the feature runs (see `JobWorker`).
    static var jobHandlers: [JobHandler] { get }
    /// Where the feature's records name stored files (`FileStore` keys): the sweep of unreferenced files
    /// (`StoredFileSweep`) keeps every file named here. A feature that keeps files must list them, or lose them.
    static var storedFileReferences: [StoredFileReference] { get }
    /// What outside reviewers (`Role.reviewer`) may reach of the feature, and the feature's "is this user assigned" lookup.
    static var reviewerGates: [ReviewerAccess] { get }
}

extension Feature {
    static var strings: StringTable { .empty }
    static var apiDocument: String? { nil }
    static var inboxSources: [InboxSource] { [] }
    static var itemPageSections: [ItemPageSection] { [] }
    static var jobHandlers: [JobHandler] { [] }
    static var storedFileReferences: [StoredFileReference] { [] }
    static var reviewerGates: [ReviewerAccess] { [] }
}

/// Where a feature registers its routes.
struct FeatureRoutes {
    let services: AppServices
    /// Pages, downloads and anything else outside /api/v1.
    let pages: Router<AppRequestContext>
    /// /api/v1.
    let api: RouterGroup<AppRequestContext>
    /// Every feature's inbox sources, for the inbox page.
    let inboxSources: [InboxSource]
}
