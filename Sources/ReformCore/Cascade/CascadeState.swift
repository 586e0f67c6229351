/// Where a receipt of a cascaded task stands at the receiving jurisdiction (docs/cascade-design.md, "States").
public enum CascadeState: String, Codable, Sendable, CaseIterable {
    /// 已下达: sent, not yet signed for.
    case sent
    /// 已签收: signed for, not yet placed in a plan.
    case signed
    /// 已落实: placed as an item of one of the receiver's plans.
    case placed
    /// 已撤回: withdrawn by the sender; its copy no longer counts at the origin.
    case cancelled
}

/// A step on a receipt.
public enum CascadeAction: String, Codable, Sendable, CaseIterable {
    case sign, place, cancel
}
