import Foundation

/// The state machine of a supervision matter (督办事项):
/// 立项 → 领导审核 → 下发通知 → 签收 → 办理 (repeatable) → 反馈 → 复核 → 办结(销号);
/// 复核 may send it back to 办理 with a reason; the office may reopen a closed matter, with a reason, into 办理;
/// before it is fed back the matter may be withdrawn (撤销) with a reason. Asking for more time is an
/// `ExtensionRequest` beside the chain: it changes the deadline, not the state.
public enum MatterChain {
    public typealias Refusal = WorkflowRefusal<MatterState?, MatterAction>

    /// The state after `action` from `state` (nil: the matter does not exist yet), whoever takes it.
    public static func next(_ state: MatterState?, _ action: MatterAction) -> MatterState? {
        switch (state, action) {
        case (nil, .register): .registered
        case (.registered, .approve): .approved
        case (.approved, .issueNotice): .notified
        case (.notified, .sign): .signed
        case (.signed, .handle), (.handling, .handle): .handling
        case (.handling, .feedBack): .fedBack
        case (.fedBack, .verify): .verified
        case (.fedBack, .sendBack): .handling
        case (.verified, .close): .closed
        case (.closed, .reopen): .handling
        case (.registered, .cancel), (.approved, .cancel), (.notified, .cancel), (.signed, .cancel), (.handling, .cancel): .cancelled
        default: nil
        }
    }

    /// Takes a step: the new state, or why it is refused (the state first, then the actor, then the comment).
    public static func take(_ action: MatterAction, from state: MatterState?, by actor: SupervisionActor, comment: String) throws(Refusal)
        -> MatterState
    {
        guard let new = next(state, action) else { throw Refusal(from: state, action: action, reason: .illegalTransition) }
        guard action.actors(from: state).contains(actor) else { throw Refusal(from: state, action: action, reason: .notPermitted) }
        if action.requiresComment(by: actor), comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw Refusal(from: state, action: action, reason: .commentRequired)
        }
        return new
    }

    /// The steps `actor` may take from `state` (the buttons a page shows).
    public static func actions(from state: MatterState?, for actor: SupervisionActor) -> [MatterAction] {
        MatterAction.allCases.filter { next(state, $0) != nil && $0.actors(from: state).contains(actor) }
    }

    /// The state a recorded chain leads to, checking every step as it was taken; nil for no steps. A stored
    /// matter's state column must equal this (the service's consistency check and the demo data's).
    public static func replay(_ steps: [MatterStep]) throws(Refusal) -> MatterState? {
        var state: MatterState?
        for step in steps {
            state = try take(step.action, from: state, by: step.actor, comment: step.comment)
        }
        return state
    }

    /// The eight steps for the chain's display, each with the latest time it was taken (nil: not yet, or undone
    /// by a send-back or reopening that came after it).
    public static func progress(_ steps: [MatterStep]) -> [(action: MatterAction, taken: MatterStep?)] {
        var latest: [MatterAction: MatterStep] = [:]
        for step in steps {
            switch step.action {
            // Back to 办理: what came after it has to be done again.
            case .sendBack, .reopen:
                for later in [MatterAction.feedBack, .verify, .close] { latest[later] = nil }
            default:
                if step.action.step != nil { latest[step.action] = step }
            }
        }
        return MatterAction.chain.map { ($0, latest[$0]) }
    }

    /// How many times review sent the matter back (退回次数), for the ranking's "review returns".
    public static func sendBackCount(_ steps: [MatterStep]) -> Int { steps.count(where: { $0.action == .sendBack }) }
}
