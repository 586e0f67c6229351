/// The documents supervision issues (督办文书), each numbered from its own sequence per year.
public enum NoticeKind: String, Codable, Sendable, CaseIterable {
    /// 督办通知: sends a matter to its units.
    case supervisionNotice = "supervision_notice"
    /// 催办单: presses a unit on a matter, a rectification or an item that is late.
    case reminder
    /// 通报表扬
    case commendation
    /// 通报批评
    case criticism

    /// A notice of this kind expects each recipient to sign for it (签收回执); a commendation is read, not signed.
    public var needsReceipt: Bool { self != .commendation }
}
