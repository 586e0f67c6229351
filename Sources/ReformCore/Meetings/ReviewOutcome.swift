/// What a meeting did with a document it reviewed (审议): seed 003's documents were "reviewed and approved in principle"
/// (审议并原则通过).
public enum ReviewOutcome: String, Codable, Sendable, CaseIterable {
    /// 通过
    case approved
    /// 原则通过: approved, to be revised as the meeting said before it is issued.
    case approvedInPrinciple = "approved_in_principle"
    /// 暂缓 (审议): put off to a later meeting.
    case deferred
    /// 未通过
    case rejected
}
