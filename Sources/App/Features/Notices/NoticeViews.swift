/// The notices list (`notices/notices`) and the unsigned list (`notices/unsigned`).
struct NoticeListView {
    struct Row {
        var id: Int
        var documentNumber: String
        var hasNumber: Bool
        var title: String
        var kind: String
        var state: String
        var stateKey: String
        var issuedOn: String
        var recipients: String
        var receipts: String
        var isDemo: Bool
    }
    struct Option {
        var value: String
        var label: String
    }
    struct Practice {
        var link: String
        var unit: String
        var text: String
    }

    var heading: String
    var rows: [Row]
    var hasRows: Bool
    var canIssue: Bool
    var kinds: [Option]
    var practices: [Practice]
    var hasPractices: Bool
}

/// A notice's page (`notices/notice`).
struct NoticePageView {
    struct Recipient {
        var name: String
        var signed: Bool
        var signedAt: String
        var signedBy: String
    }

    var id: Int
    var version: Int
    var title: String
    var kind: String
    var state: String
    var stateKey: String
    var isDraft: Bool
    var documentNumber: String
    var issuer: String
    var body: [String]
    var signature: String
    var issuedOn: String
    var issuedBy: String
    var sourceLink: String
    var sourceLabel: String
    var recipients: [Recipient]
    var needsReceipt: Bool
    var signedText: String
    var canIssue: Bool
    var isCommendation: Bool
    var canSign: Bool
    var error: String
    var hasError: Bool
}

/// The A4 print page with the red header (`notices/notice_print`), a page of its own without the layout.
struct NoticePrintView {
    var issuer: String
    var documentNumber: String
    var hasNumber: Bool
    var title: String
    var recipients: String
    var paragraphs: [String]
    var signature: String
    var date: String
    var isDraft: Bool
}

/// The numbering sequences and the form for a new one (`notices/sequences`).
struct NoticeSequencesView {
    struct Row {
        var jurisdiction: String
        var name: String
        var pattern: String
        var kinds: String
    }
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    var rows: [Row]
    var hasRows: Bool
    var jurisdictions: [Option]
    var suffixes: [Option]
    var kinds: [Option]
    var name: String
    var prefix: String
    var issues: [String]
    var hasIssues: Bool
}
