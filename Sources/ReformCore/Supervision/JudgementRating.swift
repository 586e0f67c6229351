/// The office's judgement of how likely a task is to be delivered (研判), on a fixed four-step scale like the UK
/// delivery unit's: 绿 / 黄绿 / 黄红 / 红. Separate from the schedule light, which is arithmetic on dates.
public enum JudgementRating: String, Codable, Sendable, CaseIterable, Comparable {
    /// 绿: on track.
    case green
    /// 黄绿: problems, manageable.
    case amberGreen = "amber_green"
    /// 黄红: serious problems, needs attention now.
    case amberRed = "amber_red"
    /// 红: unlikely to be delivered without intervention; may raise a matter in one click.
    case red

    public static func < (lhs: JudgementRating, rhs: JudgementRating) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// A red judgement offers to raise a supervision matter (`MatterSourceKind.redJudgement`).
    public var raisesMatter: Bool { self == .red }
}
