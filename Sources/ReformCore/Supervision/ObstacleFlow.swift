/// The state machine of an obstacle (堵点难点痛点): the unit raises it, the office decides (and may decide again
/// while no answer has come), the holder answers, the unit accepts or raises it again.
public enum ObstacleFlow {
    public typealias Refusal = WorkflowRefusal<ObstacleState, ObstacleAction>

    /// `decision` is read only for `.decide`, and required there.
    public static func next(_ state: ObstacleState, _ action: ObstacleAction, decision: ObstacleDecision? = nil) -> ObstacleState? {
        switch (state, action) {
        case (.raised, .decide):
            return decision?.state
        case (_, .decide) where state.isDecided:
            // Changing the decision must change something; escalating again is the escalation's own step.
            guard let decision, decision.state != state else { return nil }
            return decision.state
        case (_, .answer) where state.isDecided: return .answered
        case (.answered, .close): return .closed
        case (.answered, .reopen): return .raised
        case (.raised, .withdraw): return .withdrawn
        default: return nil
        }
    }

    public static func take(
        _ action: ObstacleAction, decision: ObstacleDecision? = nil, from state: ObstacleState, by actor: SupervisionActor, comment: String
    ) throws(Refusal) -> ObstacleState {
        guard let new = next(state, action, decision: decision) else { throw Refusal(from: state, action: action, reason: .illegalTransition) }
        guard action.actors(from: state).contains(actor) else { throw Refusal(from: state, action: action, reason: .notPermitted) }
        if action.requiresComment, FormValue.trimmed(comment).isEmpty { throw Refusal(from: state, action: action, reason: .commentRequired) }
        return new
    }
}
