/// Where an obstacle stands: raised → (the office decides) in hand / handed over / escalated / in consultation →
/// answered → closed.
public enum ObstacleState: String, Codable, Sendable, CaseIterable {
    /// 待研究: in the office's queue (归口收集).
    case raised
    /// 本级协调中
    case inHand = "in_hand"
    /// 部门办理中
    case handedOver = "handed_over"
    /// 已上报: waiting on a higher level (the `Escalation` says which).
    case escalated
    /// 会商中
    case inConsultation = "in_consultation"
    /// 已答复: the answer is back on the item; the raising unit accepts it or asks again.
    case answered
    /// 已办结
    case closed
    /// 已撤回 by the unit before a decision.
    case withdrawn

    /// Decided and waiting for an answer: the office may still change its decision (e.g. escalate after a
    /// consultation found no answer at this level).
    public var isDecided: Bool { self == .inHand || self == .handedOver || self == .escalated || self == .inConsultation }
}
