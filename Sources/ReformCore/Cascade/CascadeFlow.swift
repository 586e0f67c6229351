/// The receipt's state machine: sent → signed → placed, placing also signs, and the sender may withdraw at any point
/// before it is withdrawn. Who may take a step is the App's `Access` to say; this says only what follows what.
public enum CascadeFlow {
    /// The state after `action`, or nil when the action is not possible from `state`.
    public static func next(_ state: CascadeState, _ action: CascadeAction) -> CascadeState? {
        switch (state, action) {
        case (.sent, .sign): .signed
        case (.sent, .place), (.signed, .place): .placed
        case (.sent, .cancel), (.signed, .cancel), (.placed, .cancel): .cancelled
        default: nil
        }
    }

    /// Steps that make sense from `state`, in display order.
    public static func actions(from state: CascadeState) -> [CascadeAction] {
        CascadeAction.allCases.filter { next(state, $0) != nil }
    }
}
