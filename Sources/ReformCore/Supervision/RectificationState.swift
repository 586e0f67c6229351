/// Where a rectification (整改) stands: 待签收 → 整改中 → 待核查 → 已销号, or back to 整改中.
public enum RectificationState: String, Codable, Sendable, CaseIterable {
    /// 已下达, waiting for the lead unit to sign for it.
    case assigned
    /// 整改中: the unit files rectification reports (also after a return or a reopening).
    case rectifying
    /// 待核查: the unit says it is done; the inspector verifies (核查).
    case awaitingVerification = "awaiting_verification"
    /// 已销号.
    case closed

    public var isOpen: Bool { self != .closed }
    /// The unit may file reports and ask for more time.
    public var isWithUnit: Bool { self == .assigned || self == .rectifying }
}
