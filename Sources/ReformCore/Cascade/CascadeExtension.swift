/// A receiving office's request for a later deadline than its copy's limit (申请延期), decided by the sender's office:
/// pending → accepted (the receipt's limit becomes the requested date) or refused. Who may do which is the App's `Access`.
public enum CascadeExtensionState: String, Codable, Sendable, CaseIterable {
    case pending, accepted, refused
}

public enum CascadeExtensionDecision: String, Codable, Sendable, CaseIterable {
    case accept, refuse

    /// The state a pending request moves to; nil for a request already decided.
    public func next(from state: CascadeExtensionState) -> CascadeExtensionState? {
        guard state == .pending else { return nil }
        return self == .accept ? .accepted : .refused
    }
}
