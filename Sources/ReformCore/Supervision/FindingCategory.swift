/// What kind of problem an inspection found (问题类别), counted on the dashboard by unit and category.
public enum FindingCategory: String, Codable, Sendable, CaseIterable {
    /// 进度滞后: behind its deadline or schedule.
    case progressLag = "progress_lag"
    /// 落实不到位: done on paper, not in fact (空转, 打折扣).
    case poorImplementation = "poor_implementation"
    /// 报送不实: reports or evidence that do not match what was found.
    case inaccurateReporting = "inaccurate_reporting"
    /// 机制不健全: no responsible person, no ledger, no follow-up mechanism.
    case weakMechanism = "weak_mechanism"
    /// 协同不足: units pushing work onto each other (推诿扯皮).
    case poorCoordination = "poor_coordination"
    /// 成效不明显: done, but the expected effect is not there.
    case weakResults = "weak_results"
    /// 其他
    case other
}
