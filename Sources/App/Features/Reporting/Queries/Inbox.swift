/// What one user must do now, by tab: sign for tasks, file reports (due, overdue, or sent back), approve
/// the unit's reports (unit head), review approved reports (office).
public struct Inbox: Sendable {
    public enum Tab: String, Sendable, CaseIterable { case sign, report, approve, review }

    public struct Entry: Codable, Sendable, Equatable {
        public var itemId: Int
        public var itemNumber: String
        public var itemTitle: String
        public var unitId: Int
        public var unitName: String
        public var assignmentId: Int?
        public var assignmentVersion: Int?
        public var reportId: Int?
        public var period: String?
        public var dueDate: String?
        public var state: String?
        /// An assignment past its signing days, or a report past its due date.
        public var late: Bool
        public var at: String?
    }

    public var toSign: [Entry]
    public var toReport: [Entry]
    public var toApprove: [Entry]
    public var toReview: [Entry]

    public func entries(_ tab: Tab) -> [Entry] {
        switch tab {
        case .sign: toSign
        case .report: toReport
        case .approve: toApprove
        case .review: toReview
        }
    }

    public var total: Int { toSign.count + toReport.count + toApprove.count + toReview.count }
}
