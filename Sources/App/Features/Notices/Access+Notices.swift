import ReformCore

/// Who reads and acts on notices. The office (or an admin) of a jurisdiction containing the notice drafts, issues and
/// reads every notice there; inspectors and viewers of it read the issued ones; a unit's liaison or head reads only
/// the issued notices addressed to the unit (anything else is "not found") and signs for them.
extension Access {
    static func canIssueNotices(_ p: Principal) -> Bool { p.role == .admin || p.role == .office }

    static func seesNotice(jurisdictionPath path: String, issued: Bool, recipientUnitIds: [Int], _ p: Principal) -> Bool {
        if p.role.isUnitRole {
            guard issued, let unit = p.unitId else { return false }
            return recipientUnitIds.contains(unit)
        }
        guard p.sees(jurisdictionPath: path) else { return false }
        return issued || canIssueNotices(p)
    }

    /// Drafting and issuing: the office of a jurisdiction containing the notice, or an admin.
    static func managesNotice(jurisdictionPath path: String, _ p: Principal) -> Bool {
        canIssueNotices(p) && p.sees(jurisdictionPath: path)
    }

    /// The recipient unit `p` signs for: its own, when the notice is addressed to it.
    static func receiptUnit(recipientUnitIds: [Int], _ p: Principal) -> Int? {
        guard p.role.isUnitRole, let unit = p.unitId, recipientUnitIds.contains(unit) else { return nil }
        return unit
    }
}
