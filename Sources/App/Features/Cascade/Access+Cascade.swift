import ReformCore

/// Who may do what in the cascade (docs/cascade-design.md, "Access").
extension Access {
    /// Sending an item or plan down, and withdrawing what was sent: whoever edits the origin's plan.
    static func canSendCascade(fromPath path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    /// Receipts are read by the offices, inspectors and viewers of the receiving jurisdiction and every level above it
    /// (the sender among them); unit roles see placed copies as ordinary items, not the receipts.
    static func seesReceipt(targetPath: String, _ p: Principal) -> Bool {
        !p.role.isUnitRole && p.sees(jurisdictionPath: targetPath)
    }

    /// Signing for and placing: the receiving office itself (or an admin), not a level above it.
    static func canReceive(targetJurisdictionId: Int, _ p: Principal) -> Bool {
        p.role == .admin || (p.role == .office && p.jurisdictionId == targetJurisdictionId)
    }

    /// The matrix and the sent list of a jurisdiction: its offices, inspectors, viewers and those above.
    static func seesCascadeOf(path: String, _ p: Principal) -> Bool { !p.role.isUnitRole && p.sees(jurisdictionPath: path) }

    /// Deciding a request for more time: whoever may withdraw what was sent (the sender's office, one above it, an admin).
    static func canDecideExtension(senderPath: String, _ p: Principal) -> Bool { canSendCascade(fromPath: senderPath, p) }
}
