import Foundation
import ReformCore

/// An obstacle (堵点 / 难点 / 痛点) as stored.
public struct ObstacleRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var itemId: Int
    public var jurisdictionId: Int
    public var jurisdictionPath: String
    public var unitId: Int
    public var kind: String
    public var whatBlocks: String
    public var whatIsAsked: String
    public var askedOf: String
    public var state: String
    public var decision: String?
    public var departmentUnitId: Int?
    public var consultationId: Int?
    public var round: Int
    public var answer: String
    public var answeredBy: String
    public var answeredOn: String?
    public var raisedBy: String
    public var raisedOn: String
    public var isDemo: Bool
    public var version: Int
    public var createdAt: String
    public var updatedAt: String

    public var obstacleState: ObstacleState { ObstacleState(rawValue: state) ?? .raised }
}

/// One recorded step of an obstacle (提出, 研究处理, 上报, 答复, 办结, 再次提出, 撤回).
public struct ObstacleStepRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var obstacleId: Int
    public var action: String
    public var decision: String?
    public var actor: String
    public var actorName: String
    public var at: String
    public var comment: String
}

/// One hop of an obstacle's escalation chain, with the names of the levels it went between.
public struct EscalationRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var obstacleId: Int
    public var round: Int
    public var seq: Int
    public var fromJurisdictionId: Int
    public var fromPath: String
    public var toJurisdictionId: Int
    public var toPath: String
    public var toUnitId: Int?
    public var request: String
    public var sentOn: String
    public var respondBy: String
    public var state: String
    public var answer: String
    public var answeredOn: String?
    public var answeredBy: String
    public var sentBy: String
    public var fromName: String
    public var toName: String
    public var toUnitName: String?

    public var hopState: Escalation.Hop.State { Escalation.Hop.State(rawValue: state) ?? .pending }
    public var isPending: Bool { hopState == .pending }
}

/// A consultation meeting (会商) as stored.
public struct ConsultationRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionId: Int
    public var jurisdictionPath: String
    public var title: String
    public var heldOn: String
    public var participants: String
    public var minutes: String
    public var createdBy: String
    public var isDemo: Bool
    public var version: Int
    public var createdAt: String
    public var updatedAt: String
}

/// A decision of a consultation (议定事项) and what became of it: an answer to an obstacle, a matter, or a note.
public struct ConsultationDecisionRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var consultationId: Int
    public var obstacleId: Int?
    public var text: String
    public var outcome: String
    public var outcomeId: Int?
    public var recordedBy: String
    public var recordedAt: String
}
