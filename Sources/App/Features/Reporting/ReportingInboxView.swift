/// Reporting's section of the inbox page (`reporting/inbox_section.mustache`): one tab per list, the open tab's
/// entries.
struct ReportingInboxView {
    struct Tab {
        var key: String
        var label: String
        var count: Int
        var active: Bool
    }
    struct Entry {
        var itemId: Int
        var item: String
        var unitName: String
        var late: Bool
        var link: String
        var period: String?
        var due: String?
        var state: String?
        var at: String?
        /// The assignment to sign for, on the sign tab.
        var signId: Int?
        var signVersion: Int?
    }

    var tabs: [Tab]
    var entries: [Entry]
    var hasEntries: Bool
    var isSign: Bool
    var hint: String
    var signedNotice: String?
}
