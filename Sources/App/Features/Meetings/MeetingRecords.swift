import ReformCore

/// A body that meets: a jurisdiction's reform commission or one of its special groups.
package struct MeetingBodyRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var kind: String
    package var name: String
    package var version: Int

    var bodyKind: MeetingBodyKind { MeetingBodyKind(rawValue: kind) ?? .commission }
}

/// A meeting with its body's name.
package struct MeetingRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var bodyId: Int
    package var bodyName: String
    package var bodyKind: String
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var ordinal: Int
    package var heldOn: String
    package var chair: String
    package var attendees: String
    package var place: String
    package var summary: String
    package var isDemo: Bool
    package var version: Int
    package var createdAt: String
    package var updatedAt: String
}

/// One agenda item: a report heard, a document reviewed (with its outcome and the plan it approved) or a decision.
package struct AgendaItemRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var meetingId: Int
    package var position: Int
    package var kind: String
    package var title: String
    package var outcome: String
    package var planId: Int?

    var agendaKind: AgendaKind { AgendaKind(rawValue: kind) ?? .decision }
}

/// What an agenda item links to, with the target's title when it still exists (nil once deleted).
package struct MeetingLinkRecord: Codable, Sendable, Equatable {
    package var agendaItemId: Int
    package var role: String
    package var targetKind: String
    package var targetId: Int
    package var targetTitle: String?
    package var targetPath: String?
}

/// A cascade sent from an item a decision became: the derived third kind of result.
package struct MeetingCascadeRecord: Codable, Sendable, Equatable {
    package var agendaItemId: Int
    package var itemId: Int
    package var sendId: Int
    package var receipts: Int
    package var sentAt: String
}

/// A meeting that reviewed and approved a plan, as the plan's page shows it.
package struct PlanApprovalRecord: Codable, Sendable, Equatable {
    package var meetingId: Int
    package var bodyName: String
    package var ordinal: Int
    package var heldOn: String
    package var outcome: String
}

/// A meeting that links to a record, as the record's page names it.
package struct MeetingLinkedRecord: Codable, Sendable, Equatable {
    package var meetingId: Int
    package var agendaItemId: Int
    package var bodyName: String
    package var ordinal: Int
    package var heldOn: String
    package var jurisdictionPath: String
    package var role: String
}
