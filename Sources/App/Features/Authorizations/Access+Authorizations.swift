import ReformCore

/// Who may do what with the authorization register: everyone reads the items whose receiving jurisdiction they see; the
/// office that keeps a batch (its jurisdiction's, or one above) adds and imports items; an item is edited, and its
/// landing recorded, by the office of its receiving jurisdiction or one above it.
extension Access {
    static func seesAuthorization(_ path: String, _ p: Principal) -> Bool { p.sees(jurisdictionPath: path) }

    static func canEditAuthorizations(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    /// The subtree the register covers for a user: nil (everything) for an administrator.
    static func authorizationScope(_ p: Principal) -> String? { p.isNationwide ? nil : p.jurisdictionPath }
}
