import ReformCore
import SQLKit

/// Obstacles, escalations and consultations through the guard: 404 outside the reader's view, 403 when the step is not
/// theirs, both before the body is read.
extension AccessGuard {
    /// An obstacle in view, every hop of its chains, and how the user stands to it.
    func readObstacle(_ id: Int) async throws -> (obstacle: ObstacleRecord, hops: [EscalationRecord], actors: Set<SupervisionActor>) {
        let o = try await ObstacleQueries.require(id, on: sql)
        let hops = try await ObstacleQueries.escalations(of: [id], on: sql)
        try Access.requireVisible(
            Access.seesObstacle(o, escalatedToUnits: hops.compactMap(\.toUnitId), principal), entity: "obstacle", id: id)
        let pending = hops.last { $0.round == o.round && $0.isPending }
        return (o, hops, Access.obstacleActors(o, pending: pending, principal))
    }

    /// An obstacle the user may take some step on now: 403 when its state offers steps and none is theirs.
    func actOnObstacle(_ id: Int) async throws -> ObstacleRecord {
        let (o, _, actors) = try await readObstacle(id)
        let offered = Access.obstacleActions(state: o.obstacleState, actors: Set(SupervisionActor.allCases))
        if !offered.isEmpty, Access.obstacleActions(state: o.obstacleState, actors: actors).isEmpty {
            throw AppError.forbidden(action: "obstacle_step")
        }
        return o
    }

    /// Escalating: the office of the item for the first hop, the level holding it for the next.
    func escalateObstacle(_ id: Int) async throws -> ObstacleRecord {
        let (o, _, actors) = try await readObstacle(id)
        if ObstacleService.openStates.contains(o.obstacleState), !Access.canEscalate(state: o.obstacleState, actors: actors) {
            throw AppError.forbidden(action: "obstacle_escalate")
        }
        return o
    }

    /// Answering an escalation: the level it waits on.
    func answerEscalation(_ escalationId: Int) async throws -> EscalationRecord {
        guard let hop = try await ObstacleQueries.escalation(escalationId, on: sql) else {
            throw AppError.notFound(entity: "escalation", id: String(escalationId))
        }
        let (o, _, actors) = try await readObstacle(hop.obstacleId)
        if hop.isPending, hop.round == o.round, !actors.contains(.higherLevel) { throw AppError.forbidden(action: "obstacle_step") }
        return hop
    }

    /// Raising an obstacle on an item: its lead or a participating unit.
    func raiseObstacle(onItem id: Int) async throws -> ItemRecord {
        let (item, participants) = try await readItem(id)
        try Access.require(Access.canRaiseObstacle(leadUnitId: item.leadUnitId, participantUnitIds: participants, principal), "raise_obstacle")
        return item
    }

    /// A consultation in view: offices, inspectors and viewers of a jurisdiction containing it.
    func readConsultation(_ id: Int) async throws -> ConsultationRecord {
        let c = try await ObstacleQueries.consultation(id, on: sql)
        try Access.requireVisible(!principal.role.isUnitRole && principal.sees(jurisdictionPath: c.jurisdictionPath), entity: "consultation", id: id)
        return c
    }

    /// Holding a consultation or recording its decisions: an office (or admin).
    func holdConsultation(_ id: Int? = nil) async throws {
        if let id { _ = try await readConsultation(id) }
        try Access.require(ConsultationService.canHold(principal), "consultation")
    }
}
