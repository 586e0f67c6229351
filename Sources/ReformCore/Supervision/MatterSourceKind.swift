/// Where a matter (督办事项) comes from (督办来源).
public enum MatterSourceKind: String, Codable, Sendable, CaseIterable {
    /// An item past its deadline (逾期事项).
    case itemLate = "item_late"
    /// An item not moving (推进缓慢 / 停滞), e.g. reports saying the same for months.
    case itemStuck = "item_stuck"
    /// The office judged an item red (研判为红) and raised a matter from it.
    case redJudgement = "red_judgement"
    /// A leader's written instruction (领导批示): its text, who, when.
    case leaderInstruction = "leader_instruction"
    /// A decision of a meeting (会议议定事项): commission meeting, 专题会, 会商.
    case meetingDecision = "meeting_decision"
    /// A finding of an inspection (督查发现问题).
    case inspectionFinding = "inspection_finding"

    /// The sources that are about plan items and so need at least one linked item.
    public var needsItems: Bool { self == .itemLate || self == .itemStuck || self == .redJudgement }
}
