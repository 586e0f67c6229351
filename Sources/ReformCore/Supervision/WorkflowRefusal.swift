/// Why a supervision step was refused: the page or API names the reason, the service records nothing.
public struct WorkflowRefusal<State: Sendable & Equatable, Action: Sendable & Equatable>: Error, Equatable, Sendable {
    public enum Reason: String, Sendable, Equatable {
        /// The record's state does not allow the step (maps to 409: someone else moved it first).
        case illegalTransition = "illegal_transition"
        /// The step is not this actor's to take (403).
        case notPermitted = "not_permitted"
        /// The step must say why (422 on the comment field).
        case commentRequired = "comment_required"
    }

    public let from: State
    public let action: Action
    public let reason: Reason

    public init(from: State, action: Action, reason: Reason) {
        self.from = from
        self.action = action
        self.reason = reason
    }
}
