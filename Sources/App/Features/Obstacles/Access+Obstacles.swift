import ReformCore

/// How a user stands to an obstacle (docs/supervision-design.md, "Permissions"). The office (or admin) of a jurisdiction
/// containing the item is `.office`; a liaison or head of the raising unit `.leadUnit`, of the unit it was handed to
/// `.department`; the office of the jurisdiction a pending escalation waits on, or the unit named on it, `.higherLevel`.
extension Access {
    static func obstacleActors(_ o: ObstacleRecord, pending: EscalationRecord?, _ p: Principal) -> Set<SupervisionActor> {
        if p.role == .admin { return [.office, .leadUnit, .department, .higherLevel] }
        var actors: Set<SupervisionActor> = []
        if p.role == .office, p.sees(jurisdictionPath: o.jurisdictionPath) { actors.insert(.office) }
        if p.role.isUnitRole, let unit = p.unitId {
            if unit == o.unitId { actors.insert(.leadUnit) }
            if unit == o.departmentUnitId { actors.insert(.department) }
            if let pending, pending.toUnitId == unit { actors.insert(.higherLevel) }
        }
        if let pending, p.role == .office, p.jurisdictionId == pending.toJurisdictionId { actors.insert(.higherLevel) }
        return actors
    }

    /// Offices, inspectors and viewers read the obstacles of their subtree; a unit reads its own: those it raised, was
    /// handed, or was asked on an escalation.
    static func seesObstacle(_ o: ObstacleRecord, escalatedToUnits: [Int], _ p: Principal) -> Bool {
        if p.role == .admin { return true }
        if p.role.isUnitRole {
            guard let unit = p.unitId else { return false }
            return unit == o.unitId || unit == o.departmentUnitId || escalatedToUnits.contains(unit)
        }
        return p.sees(jurisdictionPath: o.jurisdictionPath)
    }

    /// Raising an obstacle on an item: a liaison or head of its lead or a participating unit (or an admin).
    static func canRaiseObstacle(leadUnitId: Int?, participantUnitIds: [Int], _ p: Principal) -> Bool {
        if p.role == .admin { return leadUnitId != nil }
        guard p.role.isUnitRole, let unit = p.unitId else { return false }
        return unit == leadUnitId || participantUnitIds.contains(unit)
    }

    /// The standing a step is taken as: the first of the user's standings the step admits.
    static func obstacleActor(for action: ObstacleAction, from state: ObstacleState, among actors: Set<SupervisionActor>) -> SupervisionActor? {
        SupervisionActor.allCases.first { actors.contains($0) && action.actors(from: state).contains($0) }
    }

    /// The steps the user may take now (the decision aside: any decision counts), the buttons the page shows.
    static func obstacleActions(state: ObstacleState, actors: Set<SupervisionActor>) -> [ObstacleAction] {
        ObstacleAction.allCases.filter { action in
            let possible =
                action == .decide
                ? state != .escalated && ObstacleDecision.allCases.contains { ObstacleFlow.next(state, .decide, decision: $0) != nil }
                : ObstacleFlow.next(state, action) != nil
            return possible && obstacleActor(for: action, from: state, among: actors) != nil
        }
    }

    /// Escalating now: from an open, unanswered state by the office of the item (the first hop), or by the level holding it.
    static func canEscalate(state: ObstacleState, actors: Set<SupervisionActor>) -> Bool {
        switch state {
        case .escalated: actors.contains(.higherLevel)
        case .raised, .inHand, .handedOver, .inConsultation: actors.contains(.office)
        default: false
        }
    }
}
