/// How serious a problem is (问题程度); only problems carry one.
public enum FindingSeverity: String, Codable, Sendable, CaseIterable, Comparable {
    /// 一般
    case minor
    /// 较重
    case moderate
    /// 严重
    case serious

    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
