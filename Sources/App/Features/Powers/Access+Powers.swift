import ReformCore

/// Who may do what with delegated powers: everyone reads the powers whose receiving city they see; the office that keeps a
/// decision (the granting jurisdiction's, or one above) adds and imports its powers; a power's handover, evaluations,
/// renewal, withdrawal, agreement and edits are recorded by the office of its receiving city or one above it.
extension Access {
    static func seesPower(_ path: String, _ p: Principal) -> Bool { p.sees(jurisdictionPath: path) }

    static func canEditPowers(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    /// The subtree the register covers for a user: nil (everything) for an administrator.
    static func powerScope(_ p: Principal) -> String? { p.isNationwide ? nil : p.jurisdictionPath }
}
