/// One unit's link in an item's assignment chain (交办 → 签收 → 指派), as read.
public struct AssignmentRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var itemId: Int
    public var unitId: Int
    /// "lead" or "participant".
    public var unitRole: String
    public var assignedBy: String
    public var assignedAt: String
    public var note: String
    public var signedBy: String?
    public var signedAt: String?
    public var handlerName: String?
    public var handlerUserId: Int?
    public var handlerAssignedBy: String?
    public var assignedToHandlerAt: String?
    public var firstReportDue: String?
    public var nextReportDue: String?
    public var version: Int

    public var isSigned: Bool { signedAt != nil }
}
