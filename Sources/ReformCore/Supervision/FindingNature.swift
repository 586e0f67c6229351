/// Whether a finding is a problem to rectify or good practice to commend (问题 / 先进典型).
public enum FindingNature: String, Codable, Sendable, CaseIterable {
    /// 发现问题: gets a category and a severity, and usually a rectification.
    case problem
    /// 先进典型: no rectification; may feed a commendation (通报表扬).
    case goodPractice = "good_practice"

    public var needsRectification: Bool { self == .problem }
}
