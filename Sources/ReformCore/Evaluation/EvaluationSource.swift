/// Who gave a score in an evaluation round (成效评估): the subject's own unit or office (自评), the reform office that
/// runs the round (改革办评估), or an outside reviewer (评审专家).
public enum EvaluationSource: String, Codable, Sendable, CaseIterable {
    case selfAssessment = "self"
    case office
    case reviewer

    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let s = EvaluationSource(rawValue: t.lowercased()) {
            self = s
            return
        }
        switch t {
        case "自评", "自评分", "Self-assessment", "self-assessment": self = .selfAssessment
        case "改革办", "改革办评估", "改革办评分", "Office", "office score": self = .office
        case "评审专家", "专家", "专家评审", "Reviewer", "Reviewers": self = .reviewer
        default: return nil
        }
    }
}

/// A tier of the best-case selection (案例评选): 最佳案例 (best) and 优秀案例 (excellent).
public enum EvaluationTier: String, Codable, Sendable, CaseIterable {
    case best
    case excellent
    case none

    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces) {
        case "best", "最佳", "最佳案例": self = .best
        case "excellent", "优秀", "优秀案例": self = .excellent
        case "none", "未入选": self = .none
        default: return nil
        }
    }
}

/// A round's state: scores are taken while it is open; a closed round's result is final and its notice can be read.
public enum EvaluationState: String, Codable, Sendable, CaseIterable {
    case scoring
    case closed
}
