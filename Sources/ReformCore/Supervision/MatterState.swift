/// Where a supervision matter stands in its chain (督办流程). Each state waits for the next of the eight steps:
/// 立项 → 领导审核 → 下发通知 → 签收 → 办理 → 反馈 → 复核 → 办结(销号).
public enum MatterState: String, Codable, Sendable, CaseIterable {
    /// 已立项: raised by the office, waiting for the leader's review.
    case registered
    /// 领导已审核: waiting for the notice (督办通知) to go out.
    case approved
    /// 已下发: the notice is out, waiting for the lead unit to sign for it.
    case notified
    /// 已签收: signed for, handling not yet recorded.
    case signed
    /// 办理中: the units are working on it (also after a send-back or a reopening).
    case handling
    /// 已反馈: the lead unit reported the result, waiting for review (复核).
    case fedBack = "fed_back"
    /// 已复核: the result holds, waiting for the office to close it.
    case verified
    /// 已办结(销号).
    case closed
    /// 已撤销: withdrawn with a reason before it was done (the leader declined it, the item was cancelled).
    case cancelled

    /// Still under supervision: counts in the ledger's open matters, has a light and gets reminders.
    public var isOpen: Bool { self != .closed && self != .cancelled }

    /// The deadline presses on the units (the notice is out and the result not yet fed back): they may ask for
    /// more time, and reminders go to them.
    public var isWithUnits: Bool { self == .notified || self == .signed || self == .handling }
}
