/// Where a progress report stands in its review (报送 → 单位审核 → 改革办审核).
public enum ReportState: String, Codable, Sendable, CaseIterable {
    case draft
    case submitted
    /// Approved by the unit head (单位负责人审核通过), waiting for the office.
    case unitApproved = "unit_approved"
    case accepted
    /// Sent back with a comment (退回修改); the unit edits and submits again.
    case returned
    /// The office asks for evidence (要求补充佐证材料); the unit adds files and submits again.
    case evidenceRequested = "evidence_requested"

    /// The unit may still change the report's text, values and files.
    public var isEditable: Bool { self == .draft || self == .returned || self == .evidenceRequested }

    /// Counts as filed for the schedule: once submitted, a report is on time even if later sent back.
    public var isFiled: Bool { self != .draft }

    /// Waiting on someone other than the unit's filer.
    public var isInReview: Bool { self == .submitted || self == .unitApproved }
}
