import ReformCore

/// The reporting loop's rules, beside the rest of the policy: the office (or an admin) of the item's jurisdiction
/// assigns, sets schedules and reviews; a liaison or the head of the assigned unit signs, names the handler and
/// files; only the unit's head approves its reports. Refusals name the action (L10n `deny.<action>`).
extension Access {
    static func canAssign(itemPath path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    static func canReview(itemPath path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    static func isUnitMember(_ unitId: Int, _ p: Principal) -> Bool { p.role == .admin || (p.role.isUnitRole && p.unitId == unitId) }

    static func isUnitHead(_ unitId: Int, _ p: Principal) -> Bool { p.role == .admin || (p.role == .unitHead && p.unitId == unitId) }

    static func requireOffice(_ p: Principal, jurisdictionPath: String, _ action: String) throws {
        try require(canEditPlans(in: jurisdictionPath, p), action)
    }

    static func requireUnitMember(_ p: Principal, unitId: Int, _ action: String) throws {
        try require(isUnitMember(unitId, p), action)
    }

    static func requireUnitHead(_ p: Principal, unitId: Int) throws {
        try require(isUnitHead(unitId, p), "approve_report")
    }

    /// The steps `p` may take on a report in `state` of `unitId` on an item at `itemPath`: the one list the report page
    /// shows as buttons and the API returns as `actions`.
    static func reportActions(state: ReportState, unitId: Int, itemPath: String, _ p: Principal?) -> [ReportAction] {
        guard let p else { return [] }
        return ReportReview.actions(from: state).filter { action in
            switch action.actor(from: state) {
            case .filer: isUnitMember(unitId, p)
            case .unitHead: isUnitHead(unitId, p)
            case .office: canReview(itemPath: itemPath, p)
            }
        }
    }

    /// A report (and its evidence) is its unit's work: read by that unit's liaison and head, and by those who oversee
    /// the item — an office, inspector, viewer or admin whose jurisdiction covers it. Another unit's liaison or head,
    /// a participating unit's included, does not read it, even where their jurisdiction covers the item: a unit sees
    /// its own work, not its neighbour's drafts and evidence. `AccessGuard.readReport` applies it on every path.
    static func canReadReport(unitId: Int, itemPath: String, _ p: Principal) -> Bool {
        if p.role.isUnitRole { return p.unitId == unitId }
        return p.sees(jurisdictionPath: itemPath)
    }
}
