/// A rectification report (整改情况报告); `isFinal` asked for closure.
public struct RectificationReportRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var rectificationId: Int
    public var isFinal: Bool
    public var narrative: String
    public var percent: Double
    public var filedBy: String
    public var filedAt: String
}
