import Foundation

/// A unit's request for more time on a matter or a rectification (申请延期). The office (for a rectification, the
/// inspector too) approves or refuses it; an approval becomes a `DeadlineAmendment`, so the delays are counted
/// and the original deadline kept, as for plan items.
public struct ExtensionRequest: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable, CaseIterable { case pending, approved, refused }

    public var currentDeadline: LocalDate
    public var requestedDeadline: LocalDate
    public var reason: String
    public var requestedBy: String
    public var requestedAt: Date
    public var state: State

    public init(currentDeadline: LocalDate, requestedDeadline: LocalDate, reason: String, requestedBy: String, requestedAt: Date) {
        self.currentDeadline = currentDeadline
        self.requestedDeadline = requestedDeadline
        self.reason = reason
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.state = .pending
    }

    /// Checks a request against the deadline in force: only a later date, with a reason, one request at a time.
    public static func validate(current: LocalDate, requested: LocalDate?, reason: String, pendingExists: Bool) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if pendingExists { issues.append(ValidationIssue(field: "requestedDeadline", code: .duplicate)) }
        if let requested {
            if requested == current {
                issues.append(ValidationIssue(field: "requestedDeadline", code: .unchanged))
            } else if requested < current {
                issues.append(ValidationIssue(field: "requestedDeadline", code: .dateOrder))
            }
        } else {
            issues.append(ValidationIssue(field: "requestedDeadline", code: .required))
        }
        if let issue = Check.text(reason, field: "reason", max: Amendments.reasonMaxLength, required: true) { issues.append(issue) }
        return issues
    }

    /// Approves (the amendment to record) or refuses (nil) a pending request. `deciders` are the actors the
    /// record's workflow lets decide; a refusal must say why.
    public mutating func decide(
        approve: Bool, by actor: SupervisionActor, deciders: Set<SupervisionActor>, deciderName: String, comment: String, at: Date
    ) throws(WorkflowRefusal<State, Bool>) -> DeadlineAmendment? {
        guard state == .pending else { throw WorkflowRefusal(from: state, action: approve, reason: .illegalTransition) }
        guard deciders.contains(actor) else { throw WorkflowRefusal(from: state, action: approve, reason: .notPermitted) }
        guard approve || !FormValue.trimmed(comment).isEmpty else { throw WorkflowRefusal(from: state, action: approve, reason: .commentRequired) }
        state = approve ? .approved : .refused
        guard approve else { return nil }
        return DeadlineAmendment(
            oldDeadline: currentDeadline, newDeadline: requestedDeadline, reason: reason, changedBy: requestedBy, approvedBy: deciderName,
            changedAt: at)
    }
}
