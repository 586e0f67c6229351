import ReformCore

/// A year-end check (年底对账) with its plan's and jurisdiction's names.
package struct YearEndCheckRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var planId: Int
    package var planTitle: String
    package var jurisdictionId: Int
    package var jurisdictionName: String
    package var jurisdictionPath: String
    package var year: Int
    /// open | locked
    package var state: String
    package var openedBy: String
    package var openedAt: String
    package var lockedBy: String
    package var lockedAt: String?
    package var targetPlanId: Int?
    package var targetPlanTitle: String?
    package var isDemo: Bool
    package var version: Int

    package var isLocked: Bool { state == "locked" }
}

/// A measure of a check: its lead unit's answer and the office's review, with the item as it is now.
package struct YearEndRowRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var checkId: Int
    package var itemId: Int?
    package var sortKey: String
    package var number: String
    package var title: String
    package var unitId: Int?
    package var unitName: String?
    package var state: String
    package var outcome: String
    package var newDeadline: String?
    package var reason: String
    package var answeredBy: String
    package var answeredAt: String?
    package var reviewedBy: String
    package var reviewedAt: String?
    package var returnReason: String
    package var carriedItemId: Int?
    package var version: Int
    package var itemStatus: String?
    package var itemDeadline: String?

    package var rowState: YearEndRowState { YearEndRowState(rawValue: state) ?? .pending }
    package var rowOutcome: YearEndOutcome? { YearEndOutcome(rawValue: outcome) }
    /// "（三）推进… " as pages and errors name the row.
    package var label: String { (number.isEmpty ? "" : number + " ") + title }
}

/// A check's row as an item page shows it: on the measure checked, and on the item carried over from it.
struct YearEndItemLink: Codable, Sendable, Equatable {
    var checkId: Int
    var year: Int
    var planTitle: String
    var state: String
    var outcome: String
    var reason: String
    var newDeadline: String?
    var itemId: Int?
    var number: String
    var title: String
    var carriedItemId: Int?
    var carriedNumber: String?
    var carriedTitle: String?
    var carriedPlanTitle: String?
}

/// An inbox entry: a row awaiting its unit or the office.
struct YearEndInboxRow: Codable, Sendable, Equatable {
    var id: Int
    var checkId: Int
    var year: Int
    var planTitle: String
    var number: String
    var title: String
    var unitName: String?
    var state: String
    var outcome: String
}
