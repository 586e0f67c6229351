/// A step of a report's review, and who takes it.
public enum ReportAction: String, Codable, Sendable, CaseIterable {
    case submit
    case approve
    case accept
    case `return`
    case requestEvidence = "request_evidence"

    /// Who in the chain takes a step: the filing unit's liaison (or its head), the unit head, or the office.
    public enum Actor: Sendable, Equatable { case filer, unitHead, office }

    /// Sending back and asking for evidence must say why.
    public var requiresComment: Bool { self == .return || self == .requestEvidence }

    /// Who may take this step from `state` (a return is the unit head's before approval, the office's after).
    public func actor(from state: ReportState) -> Actor {
        switch self {
        case .submit: .filer
        case .approve: .unitHead
        case .accept, .requestEvidence: .office
        case .return: state == .submitted ? .unitHead : .office
        }
    }
}
