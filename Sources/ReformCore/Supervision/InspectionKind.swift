/// The form of an inspection round (督查形式).
public enum InspectionKind: String, Codable, Sendable, CaseIterable {
    /// 全面督查: every task in scope.
    case comprehensive
    /// 专项督查: one field, plan or subject.
    case special
    /// 专项调研: a survey that may still record findings.
    case survey
}
