import Foundation
import ReformCore

@testable import App

/// Fresh matters for the matrix: on 发改局's task in 龙华区, led by 发改局 with 司法局 as co-unit, raised by 深圳市's office.
extension PermissionWorld {
    var matterOffice: Principal {
        Principal(userId: 0, username: "m-setup", displayName: "矩阵", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
    }

    var matterLiaison: Principal {
        Principal(
            userId: 0, username: "m-setup", displayName: "矩阵", role: .liaison, jurisdictionId: longhua.id, jurisdictionPath: longhua.path,
            unitId: bureau.id)
    }

    /// The 立项 form's fields for a matter of 发改局's on the task (or, for another city's office, of its own unit).
    func matterForm(for who: Who) -> [(String, String)] {
        let mine = who == .otherOffice
        var form: [(String, String)] = [
            ("subject", "督办事项\(unique())"), ("level", "key"), ("source", mine ? "meeting_decision" : "item_late"),
            ("meetingReference", mine ? "市委深改委第三次会议" : ""), ("leadUnitId", String(mine ? gzBureau.id : bureau.id)),
            ("responsibleLeader", "王副区长"), ("deadline", TestClock.today.adding(days: 30).iso), ("requiredResult", "按期完成并反馈")
        ]
        if !mine { form += [("coUnitIds", String(justice.id)), ("itemIds", String(task.id))] }
        return form
    }

    /// The same as JSON for the API.
    func matterJSON(for who: Who) -> String {
        let mine = who == .otherOffice
        let source = mine ? #""source":"meeting_decision","meetingReference":"市委深改委第三次会议""# : #""source":"item_late""#
        let units = mine ? #""leadUnitId":\#(gzBureau.id)"# : #""leadUnitId":\#(bureau.id),"coUnitIds":[\#(justice.id)],"itemIds":[\#(task.id)]"#
        return
            #"{"subject":"督办事项\#(unique())","level":"key",\#(source),\#(units),"deadline":"\#(TestClock.today.adding(days: 30).iso)","requiredResult":"按期完成"}"#
    }

    /// A new matter taken along the chain to `state` (registered … handling).
    func freshMatter(_ state: MatterState = .registered) async throws -> MatterRecord {
        var m = try await services.matters.create(
            MatterDraft(
                subject: "督办\(unique())", level: "key", source: "item_late", instructionText: "", instructedBy: "", instructedOn: "",
                meetingReference: "", findingId: nil, leadUnitId: bureau.id, coUnitIds: [justice.id], responsibleLeader: "王副区长",
                deadline: TestClock.today.adding(days: 30).iso, requiredResult: "按期完成", itemIds: [task.id]),
            by: matterOffice)
        let path: [(MatterAction, Principal, String)] = [
            (.approve, matterOffice, "区长批示同意"), (.issueNotice, matterOffice, ""), (.sign, matterLiaison, ""), (.handle, matterLiaison, "已部署")
        ]
        for (action, who, comment) in path where m.matterState != state {
            m = try await services.matters.act(m.id, action, comment: comment, baseVersion: m.version, by: who)
        }
        return m
    }

    /// A matter with the units and a request for more time waiting for the office.
    func freshMatterWithPendingExtension() async throws -> MatterRecord {
        let m = try await freshMatter(.handling)
        _ = try await services.matters.requestExtension(
            m.id, requestedDeadline: TestClock.today.adding(days: 60).iso, reason: "需等待上级批复", baseVersion: m.version, by: matterLiaison)
        return try await MatterQueries.require(m.id, on: sql)
    }
}
