/// A step of a matter's chain, and who may take it. The first eight are the chain itself (`step` 1…8); the others
/// turn it back (复核退回, 重新打开) or end it early (撤销).
public enum MatterAction: String, Codable, Sendable, CaseIterable {
    /// 立项
    case register
    /// 领导审核
    case approve
    /// 下发通知
    case issueNotice = "issue_notice"
    /// 签收
    case sign
    /// 办理: the units record what they did; taken again while handling goes on.
    case handle
    /// 反馈
    case feedBack = "feed_back"
    /// 复核
    case verify
    /// 办结(销号)
    case close
    /// 复核退回: back to 办理.
    case sendBack = "send_back"
    /// 重新打开 a closed matter.
    case reopen
    /// 撤销
    case cancel

    /// The eight steps of the chain, in order (for the chain's display).
    public static let chain: [MatterAction] = [.register, .approve, .issueNotice, .sign, .handle, .feedBack, .verify, .close]

    /// 1…8 for the chain's steps, nil for the others.
    public var step: Int? { Self.chain.firstIndex(of: self).map { $0 + 1 } }

    /// Who may take this step from `state`. The office records the leader's review when the leader has no account
    /// (the usual case: the leader signs the paper 呈批件); it must then say whose decision it records.
    public func actors(from state: MatterState?) -> Set<SupervisionActor> {
        switch self {
        case .register, .issueNotice, .close, .reopen: [.office]
        case .approve: [.leader, .office]
        case .sign, .feedBack: [.leadUnit]
        case .handle: [.leadUnit, .coUnit]
        case .verify, .sendBack: [.office, .inspector]
        // Until the notice is out the leader may decline the matter; after that only the office withdraws it.
        case .cancel: state == .registered ? [.office, .leader] : [.office]
        }
    }

    /// Sending back, reopening and withdrawing must say why; so must the office recording the leader's review.
    public func requiresComment(by actor: SupervisionActor) -> Bool {
        switch self {
        case .sendBack, .reopen, .cancel: true
        case .approve: actor == .office
        default: false
        }
    }
}
