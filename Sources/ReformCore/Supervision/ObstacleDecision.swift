/// What the office decides for an obstacle it collected (归口研究后的处理方式).
public enum ObstacleDecision: String, Codable, Sendable, CaseIterable {
    /// 本级协调解决: the office itself coordinates.
    case solveLocally = "solve_locally"
    /// 转部门办理: a department of the same jurisdiction answers.
    case handToDepartment = "hand_to_department"
    /// 提级上报 (专项专办 / 绿色通道): one level up the jurisdiction tree, see `Escalation`.
    case escalate
    /// 提请会商: a consultation meeting decides.
    case consult

    /// The state the obstacle is in once decided.
    public var state: ObstacleState {
        switch self {
        case .solveLocally: .inHand
        case .handToDepartment: .handedOver
        case .escalate: .escalated
        case .consult: .inConsultation
        }
    }
}
