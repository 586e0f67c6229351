import Foundation
import ReformCore

/// A supervision matter (督办事项) as stored.
public struct MatterRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionId: Int
    public var jurisdictionPath: String
    public var subject: String
    public var level: String
    public var sourceKind: String
    public var instructionText: String
    public var instructedBy: String
    public var instructedOn: String?
    public var meetingReference: String
    public var findingId: Int?
    public var leadUnitId: Int
    public var responsibleLeader: String
    public var originalDeadline: String
    public var deadline: String
    public var warnFrom: String
    public var delayCount: Int
    public var requiredResult: String
    public var state: String
    public var openedOn: String
    public var closedOn: String?
    public var createdBy: String
    public var isDemo: Bool
    public var version: Int
    public var createdAt: String
    public var updatedAt: String

    public var matterState: MatterState { MatterState(rawValue: state) ?? .registered }
    public var matterLevel: MatterLevel { MatterLevel(rawValue: level) ?? .general }
    public var source: MatterSourceKind? { MatterSourceKind(rawValue: sourceKind) }
    public var deadlineDate: LocalDate? { LocalDate(iso: deadline) }

    /// The matter's light against the deadline in force (`SupervisionLight`).
    public func light(today: LocalDate) -> ScheduleLight {
        guard let d = deadlineDate else { return .none }
        return SupervisionLight.light(matterState, deadline: d, today: today, warnDays: MatterService.warnDays)
    }
}

/// A matter's unit: the lead unit (牵头) or a co-unit (协办).
public struct MatterUnitRecord: Codable, Sendable, Equatable {
    public var matterId: Int
    public var unitId: Int
    public var role: String
    public var name: String
    public var shortNames: String

    public var isLead: Bool { role == "lead" }
    public var displayName: String { UnitNames.display(name: name, shortNames: shortNames) }
}

/// One recorded step of a matter's chain.
public struct MatterStepRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var matterId: Int
    public var action: String
    public var actor: String
    public var userId: Int?
    public var actorName: String
    public var at: String
    public var comment: String

    /// The step as the chain's rules read it; nil for a row whose action or actor is unknown.
    public var step: MatterStep? {
        guard let a = MatterAction(rawValue: action), let who = SupervisionActor(rawValue: actor), let when = Timestamp.date(at) else { return nil }
        return MatterStep(action: a, actor: who, actorName: actorName, at: when, comment: comment)
    }
}

/// A request for more time on a matter (申请延期) and its decision.
public struct MatterExtensionRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var matterId: Int
    public var currentDeadline: String
    public var requestedDeadline: String
    public var reason: String
    public var state: String
    public var requestedBy: String
    public var requestedAt: String
    public var decidedBy: String?
    public var decidedAt: String?
    public var decisionComment: String
    public var version: Int

    public var isPending: Bool { state == ExtensionRequest.State.pending.rawValue }
}

/// A deadline change approved from an extension request (延期记录), with `DeadlineAmendment`'s columns.
public struct MatterAmendmentRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var matterId: Int
    public var oldDeadline: String?
    public var newDeadline: String
    public var reason: String
    public var changedBy: String
    public var approvedBy: String?
    public var changedAt: String
}
