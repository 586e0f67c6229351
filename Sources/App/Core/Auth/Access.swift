/// Who may see and change what: the one place the policy lives, used by the pages and the API alike.
///
/// - Everyone sees their jurisdiction and everything below it (`Principal.sees`); an admin sees everything.
/// - admin: everything, including users, jurisdictions and units.
/// - office (改革办): plans, items, amendments, imports and units of its jurisdiction's subtree; the audit search.
/// - liaison (联络员) and unit head (单位负责人): the progress of items their unit leads or takes part in
///   (`progressFields`), not the plan's structure, units, deadlines or amendments.
/// - inspector (督查) and viewer: read only.
///
/// An object outside the user's view is "not found" (404: its existence is not revealed); an object in view that the
/// role may not change is "forbidden" (403).
enum Access {
    /// What a user may change on an item.
    enum ItemEdit: Sendable, Equatable {
        case none
        /// Only `progressFields`.
        case progress
        /// Every field, children, amendments and deletion.
        case full
    }

    /// The fields of an item a liaison or unit head may set directly: who handles it and a remark. Status and percent
    /// are not among them: they change only when the office accepts a progress report (the reporting loop), so what the
    /// ledger shows has always been reviewed.
    static let progressFields: Set<String> = ["handler", "remarks"]

    static func sees(_ p: Principal, path: String) -> Bool { p.sees(jurisdictionPath: path) }

    static func canEditJurisdictions(_ p: Principal) -> Bool { p.role == .admin }

    /// Creating units at all (the jurisdiction chosen must still be `canEditUnits(in:)`).
    static func canCreateUnits(_ p: Principal) -> Bool { p.role == .admin || p.role == .office }

    static func canEditUnits(in path: String, _ p: Principal) -> Bool {
        p.role == .admin || (p.role == .office && p.sees(jurisdictionPath: path))
    }

    static func canCreatePlans(_ p: Principal) -> Bool { p.role == .admin || p.role == .office }

    /// Plans, their items' structure, amendments and imports into them.
    static func canEditPlans(in path: String, _ p: Principal) -> Bool {
        p.role == .admin || (p.role == .office && p.sees(jurisdictionPath: path))
    }

    static func itemEdit(jurisdictionPath path: String, leadUnitId: Int?, participantUnitIds: [Int], _ p: Principal) -> ItemEdit {
        if canEditPlans(in: path, p) { return .full }
        guard p.role.isUnitRole, let unit = p.unitId, unitIsInvolved(unit, leadUnitId, participantUnitIds) else { return .none }
        return .progress
    }

    private static func unitIsInvolved(_ unit: Int, _ lead: Int?, _ participants: [Int]) -> Bool {
        lead == unit || participants.contains(unit)
    }

    /// An item is visible when its jurisdiction is, or (for a unit role) when the user's unit works on it: a city
    /// department named on a district's plan sees that item.
    static func seesItem(jurisdictionPath path: String, leadUnitId: Int?, participantUnitIds: [Int], _ p: Principal) -> Bool {
        if p.sees(jurisdictionPath: path) { return true }
        guard p.role.isUnitRole, let unit = p.unitId else { return false }
        return unitIsInvolved(unit, leadUnitId, participantUnitIds)
    }

    static func canImport(_ p: Principal) -> Bool { p.role == .admin || p.role == .office }

    static func canSearchAudit(_ p: Principal) -> Bool { p.role == .admin || p.role == .office }

    static func canManageUsers(_ p: Principal) -> Bool { p.role == .admin }

    /// Prometheus metrics describe the whole server, not one jurisdiction.
    static func canReadMetrics(_ p: Principal) -> Bool { p.role == .admin }

    // MARK: Enforcement helpers

    /// Throws 403 naming the refused action (L10n `deny.<action>`) unless `allowed`.
    static func require(_ allowed: Bool, _ action: String) throws {
        if !allowed { throw AppError.forbidden(action: action) }
    }

    /// Throws 404 for an object outside the user's view, as if it did not exist.
    static func requireVisible(_ visible: Bool, entity: String, id: Int) throws {
        if !visible { throw AppError.notFound(entity: entity, id: String(id)) }
    }
}

extension AppRequestContext {
    /// The signed-in user; the authentication middleware guarantees one on every non-public route.
    func requirePrincipal() throws -> Principal {
        guard let principal else { throw AppError.unauthenticated }
        return principal
    }
}
