import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Fresh meeting records for the matrix: a body of 龙华区 and a meeting of it with a report heard, a document reviewed and a
/// decision; for the cascade, a decision that already became an item of 龙华区's plan, and a street below 龙华区 to send to.
extension PermissionWorld {
    var meetingOffice: Principal {
        Principal(userId: 0, username: "m-setup", displayName: "龙华区委改革办", role: .office, jurisdictionId: longhua.id, jurisdictionPath: longhua.path)
    }

    func freshMeetingBody() async throws -> MeetingBodyRecord {
        try await services.meetings.createBody(
            jurisdictionId: longhua.id, kind: MeetingBodyKind.specialGroup.rawValue, name: "专项小组\(unique())", by: meetingOffice)
    }

    /// A meeting with a decision; the decision's agenda id.
    func freshMeeting() async throws -> (meeting: MeetingRecord, decision: Int) {
        let body = try await freshMeetingBody()
        let m = try await services.meetings.create(
            MeetingDraft(
                bodyId: body.id, ordinal: "1", heldOn: "2026-11-01", chair: "区委书记", attendees: "", place: "", summary: "",
                agenda: [
                    .init(id: nil, kind: "report", title: "一网通办进展", outcome: "", planId: nil, links: [.init(kind: "item", id: task.id)]),
                    .init(id: nil, kind: "review", title: "工作要点", outcome: "approved", planId: plan.id, links: []),
                    .init(id: nil, kind: "decision", title: "加快推进企业开办", outcome: "", planId: nil, links: [])
                ]),
            by: meetingOffice)
        let decision = try #require(try await MeetingQueries.agenda(of: m.id, on: sql).first { $0.kind == "decision" })
        return (m, decision.id)
    }

    /// A meeting whose decision became an item of 龙华区's plan (due in 60 days), and a street of 龙华区 to cascade it to.
    func freshMeetingWithItem() async throws -> (meeting: MeetingRecord, decision: Int, item: ItemRecord, street: JurisdictionRecord) {
        let (m, decision) = try await freshMeeting()
        let item = try await services.meetings.decisionToItem(
            meetingId: m.id, agendaId: decision,
            .init(planId: plan.id, parentItemId: nil, title: "", leadUnitId: bureau.id, deadline: TestClock.today.adding(days: 60).iso),
            by: meetingOffice)
        return (m, decision, item, try await freshJurisdiction())
    }
}
