/// The review state machine of a progress report:
/// draft → submitted → unit_approved → accepted | returned | evidence_requested; the unit head may also return a
/// submitted report; a returned or evidence-requested report is edited and submitted again. Accepted is final.
public enum ReportReview {
    public struct IllegalTransition: Error, Equatable, Sendable {
        public let from: ReportState
        public let action: ReportAction

        public init(from: ReportState, action: ReportAction) {
            self.from = from
            self.action = action
        }
    }

    /// The state after `action`, or an error naming the state that forbids it.
    public static func next(_ state: ReportState, _ action: ReportAction) throws(IllegalTransition) -> ReportState {
        switch (state, action) {
        case (.draft, .submit), (.returned, .submit), (.evidenceRequested, .submit): return .submitted
        case (.submitted, .approve): return .unitApproved
        case (.submitted, .return), (.unitApproved, .return): return .returned
        case (.unitApproved, .accept): return .accepted
        case (.unitApproved, .requestEvidence): return .evidenceRequested
        default: throw IllegalTransition(from: state, action: action)
        }
    }

    /// The actions open from a state (for the buttons a page shows).
    public static func actions(from state: ReportState) -> [ReportAction] {
        ReportAction.allCases.filter { (try? next(state, $0)) != nil }
    }
}
