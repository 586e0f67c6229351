/// What a lead unit says of a measure at the year-end check (年底对账).
public enum YearEndOutcome: String, Codable, Sendable, CaseIterable {
    /// 已完成.
    case done
    /// 结转: carried over into next year's work points with a new deadline in that year and a reason.
    case carried
    /// 取消: cancelled, with a reason.
    case cancelled
}

/// Where a row of the check stands: waiting for its unit (pending, or returned by the office), waiting for the office
/// (answered), or confirmed by the office.
public enum YearEndRowState: String, Codable, Sendable, CaseIterable {
    case pending
    case answered
    case returned
    case confirmed
}

public enum YearEndAction: String, Codable, Sendable, CaseIterable {
    /// The unit (or the office for it) states the outcome.
    case answer
    /// The office accepts the answer.
    case confirm
    /// The office sends the answer back to the unit, with a reason.
    case `return`
}

/// The row's state machine. A unit may change its answer until the office has reviewed it; the office may return a row it
/// confirmed as long as the check is open (nothing reaches the ledger before the lock), and nothing moves once it is locked.
public enum YearEndFlow {
    public static func next(_ state: YearEndRowState, _ action: YearEndAction, locked: Bool) -> YearEndRowState? {
        if locked { return nil }
        switch (state, action) {
        case (.pending, .answer), (.returned, .answer), (.answered, .answer): return .answered
        case (.answered, .confirm): return .confirmed
        case (.answered, .return), (.confirmed, .return): return .returned
        default: return nil
        }
    }

    /// A check can be locked once every row is confirmed (and it has rows).
    public static func canLock(_ states: [YearEndRowState]) -> Bool {
        !states.isEmpty && states.allSatisfy { $0 == .confirmed }
    }

    public static let reasonMaxLength = 500

    /// The issues of an answer for a check of `year`: a carried-over measure needs a new deadline in `year + 1` and a
    /// reason, a cancelled one a reason; a done one takes neither (a deadline given is an error, not silently dropped).
    public static func answerIssues(outcome raw: String, newDeadline: String, reason: String, year: Int) -> [ValidationIssue] {
        let trimmedReason = FormValue.trimmed(reason)
        let date = FormValue.trimmed(newDeadline)
        guard let outcome = YearEndOutcome(rawValue: FormValue.trimmed(raw)) else {
            return [ValidationIssue(field: "outcome", code: FormValue.trimmed(raw).isEmpty ? .required : .invalidChoice)]
        }
        var issues: [ValidationIssue] = []
        switch outcome {
        case .done:
            if !date.isEmpty { issues.append(ValidationIssue(field: "newDeadline", code: .invalidChoice)) }
        case .carried:
            if date.isEmpty {
                issues.append(ValidationIssue(field: "newDeadline", code: .required))
            } else if let d = FormValue.date(date) {
                if d.year != year + 1 { issues.append(ValidationIssue(field: "newDeadline", code: .notInYear, value: String(year + 1))) }
            } else {
                issues.append(Check.date(date, field: "newDeadline") ?? ValidationIssue(field: "newDeadline", code: .invalidDate))
            }
            if trimmedReason.isEmpty { issues.append(ValidationIssue(field: "reason", code: .required)) }
        case .cancelled:
            if !date.isEmpty { issues.append(ValidationIssue(field: "newDeadline", code: .invalidChoice)) }
            if trimmedReason.isEmpty { issues.append(ValidationIssue(field: "reason", code: .required)) }
        }
        if let i = Check.text(reason, field: "reason", max: reasonMaxLength) { issues.append(i) }
        return issues
    }

    /// The title of next year's work points made at the lock: the plan's own title with its year moved on when it names
    /// the year (…2020年工作要点 → …2021年工作要点), else "{year+1}年" before the jurisdiction's 工作要点.
    public static func nextPlanTitle(planTitle: String, jurisdictionName: String, year: Int) -> String {
        let this = "\(year)年", next = "\(year + 1)年"
        if planTitle.contains(this) { return planTitle.replacingOccurrences(of: this, with: next) }
        return "\(jurisdictionName)\(next)全面深化改革工作要点"
    }
}
