import ReformCore

/// The record-level rule of inspections and rectification (docs/supervision-design.md, "Permissions"), as pure
/// predicates: the guard loads the records, these say who stands how to them.
extension Access {
    /// Who may set up an inspection at all (in a jurisdiction they see): the office, an inspector, an admin.
    static func canCreateInspections(_ p: Principal) -> Bool { p.role == .admin || p.role == .office || p.role == .inspector }

    /// An inspection is read by those who see its jurisdiction and by its team.
    static func canReadInspection(path: String, isMember: Bool, _ p: Principal) -> Bool { p.sees(jurisdictionPath: path) || isMember }

    /// Findings are recorded by the team and by the office of a jurisdiction containing the inspection.
    static func canRecordFindings(path: String, isMember: Bool, _ p: Principal) -> Bool {
        let actors = supervisionActors(p, inspectionPath: path, isMember: isMember, leadUnitId: nil)
        return actors.contains(.office) || actors.contains(.inspector)
    }

    /// A finding or rectification is read by whoever reads its inspection, except that a unit reads only its own: the
    /// unit the finding concerns or the unit that leads the rectification.
    static func canReadFinding(path: String, isMember: Bool, unitIds: [Int], _ p: Principal) -> Bool {
        if p.role.isUnitRole { return p.unitId.map { unitIds.contains($0) } ?? false }
        return canReadInspection(path: path, isMember: isMember, p)
    }

    /// How the user stands to a rectification (or to an inspection, without a lead unit): the office of a
    /// jurisdiction containing the inspection (and an admin) → office; an inspector on the team → inspector; a liaison or
    /// head of the lead unit → lead unit.
    static func supervisionActors(_ p: Principal, inspectionPath: String, isMember: Bool, leadUnitId: Int?) -> Set<SupervisionActor> {
        var actors: Set<SupervisionActor> = []
        if p.role == .admin || (p.role == .office && p.sees(jurisdictionPath: inspectionPath)) { actors.insert(.office) }
        if p.role == .inspector, isMember { actors.insert(.inspector) }
        if p.role.isUnitRole, let unit = p.unitId, unit == leadUnitId { actors.insert(.leadUnit) }
        return actors
    }

    /// The steps the user may take on a rectification in `state`, whichever way they stand to it.
    static func rectificationActions(_ state: RectificationState, actors: Set<SupervisionActor>) -> [RectificationAction] {
        RectificationAction.allCases.filter { action in actors.contains { RectificationFlow.actions(from: state, for: $0).contains(action) } }
    }
}
