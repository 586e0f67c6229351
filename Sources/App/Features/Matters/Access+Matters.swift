import ReformCore

/// Supervision's record-level rule (docs/supervision-design.md, "Permissions"): how a user stands to a matter. The
/// office (or an admin) of a jurisdiction containing the matter is `.office`; a liaison or head of the lead unit is
/// `.leadUnit`, of a co-unit `.coUnit`. The chain (`MatterAction.actors`) then says which steps each may take.
extension Access {
    static func matterActors(
        jurisdictionPath path: String, leadUnitId: Int, coUnitIds: [Int], _ p: Principal
    ) -> Set<SupervisionActor> {
        var actors: Set<SupervisionActor> = []
        if p.role == .admin { return [.office, .leadUnit, .coUnit] }
        if p.role == .office, p.sees(jurisdictionPath: path) { actors.insert(.office) }
        if p.role.isUnitRole, let unit = p.unitId {
            if unit == leadUnitId { actors.insert(.leadUnit) }
            if coUnitIds.contains(unit) { actors.insert(.coUnit) }
        }
        return actors
    }

    /// A matter is read by those whose jurisdiction covers it (as items are) and by the units on it.
    static func seesMatter(jurisdictionPath path: String, unitIds: [Int], _ p: Principal) -> Bool {
        if p.sees(jurisdictionPath: path) { return true }
        guard p.role.isUnitRole, let unit = p.unitId else { return false }
        return unitIds.contains(unit)
    }

    /// Raising a matter at all (the jurisdiction chosen is checked with the form): an office or an admin.
    static func canRaiseMatters(_ p: Principal) -> Bool { p.role == .admin || p.role == .office }

    /// The actor a step is taken as: the first of the user's standings the step admits (the office before the units).
    static func actor(for action: MatterAction, from state: MatterState?, among actors: Set<SupervisionActor>) -> SupervisionActor? {
        SupervisionActor.allCases.first { actors.contains($0) && action.actors(from: state).contains($0) }
    }

    /// The steps the user may take now: the buttons the matter page shows.
    static func matterActions(state: MatterState, actors: Set<SupervisionActor>) -> [MatterAction] {
        MatterAction.allCases.filter { action in
            MatterChain.next(state, action) != nil && actor(for: action, from: state, among: actors) != nil
        }
    }
}
