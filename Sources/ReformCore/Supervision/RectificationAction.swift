/// A step of a rectification, and who may take it.
public enum RectificationAction: String, Codable, Sendable, CaseIterable {
    /// 签收
    case sign
    /// 报送整改进展: an interim report; the rectification stays in hand.
    case report
    /// 申请销号: the final report with the evidence required.
    case submit
    /// 核查通过, 销号
    case close
    /// 核查退回: back to 整改中, with a reason.
    case `return`
    /// 重新打开: the problem came back (问题反弹), with a reason.
    case reopen

    public var actors: Set<SupervisionActor> {
        switch self {
        case .sign, .report, .submit: [.leadUnit]
        case .close, .return: [.inspector, .office]
        case .reopen: [.inspector, .office]
        }
    }

    public var requiresComment: Bool { self == .return || self == .reopen }

    /// Filing a report (interim or final) goes with a `RectificationReportDraft`.
    public var carriesReport: Bool { self == .report || self == .submit }
}
