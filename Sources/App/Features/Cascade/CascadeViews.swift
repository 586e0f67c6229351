/// View models of the cascade's templates (Resources/Templates/cascade).
struct CascadeOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

struct CascadeListView: Sendable {
    struct Row: Sendable {
        var id: Int
        var title: String
        var sender: String
        var target: String
        var state: String
        var stateKey: String
        var deadline: String
        var sentAt: String
        var flagged: Bool
    }
    var received: [Row]
    var hasReceived: Bool
    var sent: [Row]
    var hasSent: Bool
}

struct CascadeReceiptView: Sendable {
    var id: Int
    var version: Int
    var title: String
    var originItemId: Int
    var hasOriginItem: Bool
    var originPlanId: Int
    var originPlanTitle: String
    var sender: String
    var target: String
    var state: String
    var stateKey: String
    var instruction: String
    var leadUnitType: String
    var hasLeadUnitType: Bool
    var deadline: String
    var deadlineISO: String
    var sentBy: String
    var sentAt: String
    var signedBy: String
    var hasSigned: Bool
    var placedBy: String
    var hasPlaced: Bool
    var placedItemId: Int
    var hasPlacedItem: Bool
    var cancelledReason: String
    var isCancelled: Bool
    var flagged: Bool
    var canSign: Bool
    var canPlace: Bool
    var canCancel: Bool
    var plans: [CascadeOption]
    var units: [CascadeOption]
    var participants: [CascadeOption]
    var parentItemId: String
    var newPlanTitle: String
    var responsibleLeader: String
    var responsiblePerson: String
    var handler: String
    var startDate: String
    var placeDeadline: String
    var errors: [String]
    var hasErrors: Bool
    /// The latest deadline the copy may take now, and the date granted on request (申请延期) when there is one.
    var limit: String
    var limitISO: String
    var hasLimit: Bool
    var granted: String
    var hasGranted: Bool
    struct Extension: Sendable {
        var requested: String
        var limitBefore: String
        var reason: String
        var state: String
        var stateKey: String
        var requestedBy: String
        var requestedAt: String
        var decidedBy: String
        var hasDecision: Bool
        var comment: String
        var hasComment: Bool
    }
    var extensions: [Extension]
    var hasExtensions: Bool
    var canRequest: Bool
    var canDecide: Bool
    var pendingId: Int
    var pendingVersion: Int
    var requestDeadline: String
    var requestReason: String
    var decisionComment: String
    var extensionErrors: [String]
    var hasExtensionErrors: Bool
}

struct CascadeSectionView: Sendable {
    struct Origin: Sendable {
        var itemId: Int
        var title: String
        var sender: String
        var receiptId: Int
        var limit: String
        var hasLimit: Bool
        var changed: Bool
        var cancelled: Bool
        /// The limit is a date granted on request.
        var granted: Bool
    }
    struct Copy: Sendable {
        var target: String
        var link: String
        var state: String
        var stateKey: String
        var percent: String
        var light: String
        var lightName: String
        var deadline: String
        var flagged: Bool
        var cancelled: Bool
        var receiptId: Int
        /// A pending request for more time, the date asked for.
        var extensionAsked: String
        var hasExtensionAsked: Bool
    }
    var itemId: Int
    var origins: [Origin]
    var hasOrigins: Bool
    var copies: [Copy]
    var hasCopies: Bool
    var canSend: Bool
    var targets: [CascadeOption]
    var instruction: String
    var deadline: String
    var leadUnitType: String
    var weight: String
    var errors: [String]
    var hasErrors: Bool
}

struct CascadeMatrixView: Sendable {
    struct Column: Sendable {
        var name: String
        var mean: String
    }
    struct Cell: Sendable {
        var empty: Bool
        var link: String
        var percent: String
        var light: String
        var lightName: String
        var state: String
        var stateKey: String
        var placed: Bool
    }
    struct Row: Sendable {
        var itemId: Int
        var number: String
        var title: String
        var percent: String
        var percentValue: Double
        var cells: [Cell]
    }
    var sender: String
    var jurisdictionId: Int
    var columns: [Column]
    /// The `<tbody>` rows, built in Swift (`rowsHTML(_:)`): through Mustache a province's 21 × 132 cells were most of
    /// the page's CPU time (`reform cascade-bench`, BENCHMARKS.md).
    var rowsHTML: String
    var hasRows: Bool
    var plans: [CascadeOption]
    var states: [CascadeOption]
    var lights: [CascadeOption]
    var xlsxURL: String
}

extension CascadeMatrixView {
    /// The matrix's rows as the template's `{{#rows}}` section wrote them.
    static func rowsHTML(_ rows: [Row]) -> String {
        var h = HTMLText(capacity: rows.count * (300 + (rows.first?.cells.count ?? 0) * 160))
        for r in rows {
            h.raw("<tr><td class=\"nowrap\">")
            h.append(escaping: r.number)
            h.raw("</td><td><a href=\"/items/")
            h.append(r.itemId)
            h.raw("\">")
            h.append(escaping: r.title)
            h.raw("</a></td>\n    ")
            for c in r.cells {
                h.raw("<td class=\"cell nowrap\">")
                if !c.empty {
                    h.raw("<a href=\"")
                    h.append(escaping: c.link)
                    h.raw("\" title=\"")
                    h.append(escaping: c.state)
                    h.raw(" ")
                    h.append(escaping: c.lightName)
                    h.raw("\">")
                    if c.placed {
                        h.raw("<span class=\"dot ")
                        h.append(escaping: c.light)
                        h.raw("\"></span>")
                        h.append(escaping: c.percent)
                    } else {
                        h.raw("<span class=\"badge cascade-")
                        h.append(escaping: c.stateKey)
                        h.raw("\">")
                        h.append(escaping: c.state)
                        h.raw("</span>")
                    }
                    h.raw("</a>")
                }
                h.raw("</td>")
            }
            h.raw("\n    <td class=\"nowrap\"><span class=\"meter\" style=\"--p:")
            h.append(r.percentValue)
            h.raw("\"></span> ")
            h.append(escaping: r.percent)
            h.raw("</td></tr>")
        }
        return h.html
    }
}
