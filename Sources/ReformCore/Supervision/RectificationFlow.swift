/// The state machine of a rectification (限时整改 → 核查 → 销号): the lead unit signs, files reports, and asks for
/// closure; the inspector (or the office) verifies and closes it or returns it with a reason; a closed one can be
/// reopened with a reason. More time is an `ExtensionRequest`, decided by the inspector or the office.
public enum RectificationFlow {
    public typealias Refusal = WorkflowRefusal<RectificationState, RectificationAction>

    /// Who decides a unit's request for more time.
    public static let extensionDeciders: Set<SupervisionActor> = [.inspector, .office]

    public static func next(_ state: RectificationState, _ action: RectificationAction) -> RectificationState? {
        switch (state, action) {
        case (.assigned, .sign), (.rectifying, .report): .rectifying
        case (.rectifying, .submit): .awaitingVerification
        case (.awaitingVerification, .close): .closed
        case (.awaitingVerification, .return), (.closed, .reopen): .rectifying
        default: nil
        }
    }

    public static func take(_ action: RectificationAction, from state: RectificationState, by actor: SupervisionActor, comment: String)
        throws(Refusal) -> RectificationState
    {
        guard let new = next(state, action) else { throw Refusal(from: state, action: action, reason: .illegalTransition) }
        guard action.actors.contains(actor) else { throw Refusal(from: state, action: action, reason: .notPermitted) }
        if action.requiresComment, FormValue.trimmed(comment).isEmpty { throw Refusal(from: state, action: action, reason: .commentRequired) }
        return new
    }

    public static func actions(from state: RectificationState, for actor: SupervisionActor) -> [RectificationAction] {
        RectificationAction.allCases.filter { next(state, $0) != nil && $0.actors.contains(actor) }
    }
}
