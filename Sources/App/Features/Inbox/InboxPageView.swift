/// The inbox page (`inbox/inbox.mustache`): one section per inbox source that has one, in the features' order.
struct InboxPageView {
    struct Section {
        /// A `.list` section, drawn by the inbox page.
        struct List {
            var title: String
            var count: Int
            var rows: [InboxRow]
            var hasRows: Bool
        }
        var key: String
        /// A section the source rendered itself.
        var html: String?
        var list: List?
    }

    var sections: [Section]
}
