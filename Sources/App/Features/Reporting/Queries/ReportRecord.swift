import ReformCore

/// A progress report with its review trail, as read.
public struct ReportRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var itemId: Int
    public var unitId: Int
    public var period: String
    public var dueDate: String
    public var state: String
    public var status: String
    public var percent: Double
    public var narrative: String
    public var problems: String
    public var nextSteps: String
    public var requestedDeadline: String?
    public var deadlineReason: String
    public var createdBy: String
    public var createdAt: String
    public var firstSubmittedAt: String?
    public var submittedBy: String?
    public var submittedAt: String?
    public var approvedBy: String?
    public var approvedAt: String?
    public var reviewedBy: String?
    public var reviewedAt: String?
    public var reviewComment: String?
    public var isDemo: Bool
    public var version: Int
    public var updatedAt: String

    public var reportState: ReportState { ReportState(rawValue: state) ?? .draft }
    public var reportingPeriod: ReportingPeriod? { ReportingPeriod(key: period) }
}
