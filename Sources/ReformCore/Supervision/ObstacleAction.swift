/// A step of an obstacle, and who may take it.
public enum ObstacleAction: String, Codable, Sendable, CaseIterable {
    /// The office's decision; the decision itself is an `ObstacleDecision`.
    case decide
    /// 答复: the answer to what was asked.
    case answer
    /// 办结: the raising unit accepts the answer (or the office closes it).
    case close
    /// 再次提出: the answer does not solve it; back to the office's queue, with a reason.
    case reopen
    /// 撤回
    case withdraw

    /// Who may take this step from `state`: an answer comes from whoever holds the obstacle.
    public func actors(from state: ObstacleState) -> Set<SupervisionActor> {
        switch self {
        case .decide: [.office]
        case .answer:
            switch state {
            case .handedOver: [.department]
            case .escalated: [.higherLevel]
            default: [.office]
            }
        case .close: [.leadUnit, .office]
        case .reopen, .withdraw: [.leadUnit]
        }
    }

    public var requiresComment: Bool { self == .answer || self == .reopen }
}
