/// How hard the office presses a matter (督办级别).
public enum MatterLevel: String, Codable, Sendable, CaseIterable, Comparable {
    /// 一般督办
    case general
    /// 重点督办
    case key
    /// 专项督办: a matter with its own handling, often the leader's own instruction.
    case special

    public static func < (lhs: MatterLevel, rhs: MatterLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
