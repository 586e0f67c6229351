import Foundation

/// One change of an item's deadline (调整完成时限). The original deadline is never overwritten:
/// amendments record every delay so offices can count them.
public struct DeadlineAmendment: Codable, Sendable, Equatable {
    public var oldDeadline: LocalDate?
    public var newDeadline: LocalDate
    public var reason: String
    public var changedBy: String
    public var approvedBy: String?
    public var changedAt: Date

    public init(oldDeadline: LocalDate?, newDeadline: LocalDate, reason: String, changedBy: String, approvedBy: String? = nil, changedAt: Date) {
        self.oldDeadline = oldDeadline
        self.newDeadline = newDeadline
        self.reason = reason
        self.changedBy = changedBy
        self.approvedBy = approvedBy
        self.changedAt = changedAt
    }
}
